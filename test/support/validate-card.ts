import * as AC from 'adaptivecards';
import type { AdaptiveCard } from '../../src/cards/card-types.js';

/** Problems the official parser finds in a card at schema version 1.5 (empty when valid). */
export const cardProblems = (card: AdaptiveCard): string[] => {
  const problems: string[] = [];
  if (card.version !== '1.5') problems.push(`declared version ${String(card.version)}`);
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, context);
  for (let i = 0; i < context.eventCount; i += 1) {
    const event = context.getEventAt(i);
    problems.push(`parse: ${event.message}`);
  }
  for (const event of parsed.validateProperties().validationEvents)
    problems.push(`validate: ${event.message}`);
  return problems;
};

type Node = Record<string, unknown>;

/** Every verb a card can send (Action.Execute verbs and `data.verb` of submits and fallbacks). */
export const verbsOf = (card: unknown): string[] => {
  const verbs: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const node = value as Node;
    if (typeof node.type === 'string' && node.type.startsWith('Action.')) {
      if (typeof node.verb === 'string') verbs.push(node.verb);
      const data = node.data as Node | undefined;
      if (typeof data?.verb === 'string') verbs.push(data.verb);
    }
    Object.values(node).forEach(visit);
  };
  visit(card);
  return [...new Set(verbs)];
};
