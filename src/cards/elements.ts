import type { AdaptiveCard, CardAction, CardElement } from './card-types.js';
import type { Verb } from './verbs.js';

export const card = (body: CardElement[], actions: CardAction[] = []): AdaptiveCard => ({
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  body,
  ...(actions.length > 0 && { actions }),
  msteams: { width: 'Full' },
});

export const heading = (text: string, subtitle?: string): CardElement[] => [
  { type: 'TextBlock', text, size: 'Large', weight: 'Bolder', wrap: true, style: 'heading' },
  ...(subtitle === undefined
    ? []
    : [{ type: 'TextBlock', text: subtitle, isSubtle: true, spacing: 'None', wrap: true }]),
];

export const text = (value: string, options: Record<string, unknown> = {}): CardElement => ({
  type: 'TextBlock',
  text: value,
  wrap: true,
  ...options,
});

/** What the last click or command did, above the card it answered with; nothing when there is none. */
export const messageLine = (message: string | undefined): CardElement[] =>
  message === undefined ? [] : [text(message, { weight: 'Bolder', color: 'Accent' })];

/** What was wrong with the last attempt, at the top of a dialog; nothing when all was well. */
export const problemLine = (problem: string | undefined): CardElement[] =>
  problem === undefined ? [] : [text(problem, { color: 'Attention', weight: 'Bolder' })];

/** A choice input from `[title, value]` pairs; `options` (value, style, isRequired…) sit before the choices. */
export const choiceSet = (
  id: string,
  label: string,
  choices: readonly (readonly [string, string])[],
  options: Record<string, unknown> = {},
): CardElement => ({
  type: 'Input.ChoiceSet',
  id,
  label,
  ...options,
  choices: choices.map(([title, value]) => ({ title, value })),
});

export const subtle = (value: string): CardElement =>
  text(value, { isSubtle: true, spacing: 'None', size: 'Small' });

export const section = (title: string, items: CardElement[]): CardElement => ({
  type: 'Container',
  separator: true,
  spacing: 'Medium',
  items: [text(title, { weight: 'Bolder', size: 'Medium' }), ...items],
});

export const facts = (pairs: readonly (readonly [string, string])[]): CardElement => ({
  type: 'FactSet',
  facts: pairs.map(([title, value]) => ({ title, value })),
});

export const notice = (
  value: string,
  tone: 'good' | 'warning' | 'attention' | 'accent',
): CardElement => ({
  type: 'Container',
  style: tone,
  bleed: false,
  items: [text(value, { weight: 'Bolder' })],
});

type Data = Record<string, string | number | boolean>;

/**
 * `Action.Execute` (so Teams refreshes the card for everyone and the bot can answer with the
 * current card) with an `Action.Submit` fallback for clients without Universal Actions.
 */
export const executeAction = (title: string, verb: Verb, data: Data = {}): CardAction => ({
  type: 'Action.Execute',
  title,
  verb,
  data: { ...data, verb },
  fallback: { type: 'Action.Submit', title, data: { ...data, verb } },
});

/** A button that opens a dialog (task module) whose content the bot supplies. */
export const dialogAction = (title: string, verb: Verb, data: Data = {}): CardAction => ({
  type: 'Action.Submit',
  title,
  data: { ...data, verb, msteams: { type: 'task/fetch' } },
});

/** The submit button inside a dialog's card. */
export const submitAction = (title: string, verb: Verb, data: Data = {}): CardAction => ({
  type: 'Action.Submit',
  title,
  style: 'positive',
  data: { ...data, verb },
});
