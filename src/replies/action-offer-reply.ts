import { renderActionOfferCard } from '../cards/render-action-offer-card.js';
import { ownerLine } from '../cards/render-action-card.js';
import { renderOwnerProblemCard } from '../cards/render-capture-cards.js';
import { renderDidYouMeanCard } from '../cards/render-did-you-mean-card.js';
import { readActionOffer } from '../domain/action-offer.js';
import type { Reply } from './reply.js';
import { cardReply, replyOnDomainError } from './reply.js';
import type { Turn } from './turn.js';

/**
 * "JB to send the report", as minutes write an action (see `readActionOffer`): a one-tap card
 * offers to record it — nothing is saved until tapped, and the tap captures it once however often
 * it is tapped; a name two members share is asked about; a person named in full who is not on the
 * board gets the "action …" form to run; anything else is not an action, and gets `notUnderstood`.
 */
export const actionOfferReply = (
  turn: Turn,
  input: { spec: string; requestId: string },
  notUnderstood: () => Reply,
): Promise<Reply> =>
  replyOnDomainError(async () => {
    const resolved = await turn.board();
    if (resolved.kind !== 'board') return notUnderstood();
    const board = resolved.board;
    const guests = (await turn.meeting())?.attendance?.guests ?? [];
    const offer = readActionOffer(board, input.spec, guests);
    switch (offer.kind) {
      case 'none':
        return notUnderstood();
      case 'choose':
        return cardReply(
          renderOwnerProblemCard({ ...offer, requestId: `offer:${input.requestId}` }),
        );
      case 'outsiders':
        return cardReply(
          renderDidYouMeanCard({
            problem: `${offer.names.join(', ')} ${offer.names.length === 1 ? 'is' : 'are'} not on ${board.name}: to record this as an action for them, run it as "action …". Nothing was saved.`,
            command: `action ${input.spec}`,
            button: 'Record the action',
            requestId: input.requestId,
          }),
        );
      case 'offer':
        return cardReply(
          renderActionOfferCard({
            owners: ownerLine(offer.owners),
            spec: input.spec,
            requestId: `offer:${input.requestId}`,
          }),
        );
    }
  });
