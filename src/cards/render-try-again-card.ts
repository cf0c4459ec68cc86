import type { AdaptiveCard, CardAction } from './card-types.js';
import { card, heading, notice } from './elements.js';

/** What the button of a try-again card sends: the click or dialog submit that was not confirmed. */
export type Retry =
  | { kind: 'execute'; verb: string; data: Record<string, unknown> }
  | { kind: 'submit'; data: Record<string, unknown> };

/**
 * Answer to an invoke whose outcome is unknown (storage slow or failing). It never says "nothing
 * was saved": the write may still land. The button repeats the same request; captures carry a
 * request id and card changes a revision, so a repeat of one that did land changes nothing.
 */
export const renderTryAgainCard = (message: string, retry?: Retry): AdaptiveCard => {
  const actions: CardAction[] =
    retry === undefined
      ? []
      : retry.kind === 'execute'
        ? [
            {
              type: 'Action.Execute',
              title: 'Try again',
              verb: retry.verb,
              data: retry.data,
              fallback: { type: 'Action.Submit', title: 'Try again', data: retry.data },
            },
          ]
        : [{ type: 'Action.Submit', title: 'Try again', data: retry.data }];
  return card([...heading('Not confirmed yet'), notice(message, 'warning')], actions);
};
