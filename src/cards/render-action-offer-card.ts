import type { AdaptiveCard } from './card-types.js';
import { card, executeAction, heading, text } from './elements.js';
import { Verbs } from './verbs.js';

export type ActionOfferView = {
  /** "JB (Jacqui Burke)", "RS (Robert South), Police (agency)". */
  owners: string;
  /** The line as typed: it is captured exactly so when tapped. */
  spec: string;
  /** The message the card answers: a second tap shows the action the first one recorded. */
  requestId: string;
};

/**
 * A line written as minutes write actions ("JB to send the report"), without the word "action":
 * one tap records it, nothing is saved before. The number is only known once it is recorded (the
 * board's counter is not read for a forecast), so the card says "the next action".
 */
export const renderActionOfferCard = (view: ActionOfferView): AdaptiveCard =>
  card(
    [
      ...heading(
        `Record as the next action for ${view.owners}?`,
        'Nothing is saved until you tap.',
      ),
      text(`"${view.spec}"`, { isSubtle: true, wrap: true }),
    ],
    [
      executeAction('Record the action', Verbs.actionCaptureConfirm, {
        spec: view.spec,
        requestId: view.requestId,
      }),
    ],
  );
