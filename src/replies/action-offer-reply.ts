import { renderActionOfferCard } from '../cards/render-action-offer-card.js';
import { ownerLine } from '../cards/render-action-card.js';
import { renderOwnerProblemCard } from '../cards/render-capture-cards.js';
import { renderDidYouMeanCard } from '../cards/render-did-you-mean-card.js';
import { resolveOwners } from '../domain/resolve-owners.js';
import type { Reply } from './reply.js';
import { cardReply, replyOnDomainError } from './reply.js';
import type { Turn } from './turn.js';

const PERSON_NAME = /^[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}$/;

/**
 * "JB to send the report", as minutes write an action: when every owner is the board's (a member,
 * by initials, name, first name or surname; one of its agencies or groups; a guest of the meeting in
 * progress), a one-tap card offers to record it — nothing is saved until tapped, and the tap
 * captures it once however often it is tapped. A named outsider ("Shakira Gordon to attend…") gets
 * the "action …" form to run; anything else (initials of no member, "Welcome to…") is not an
 * action, and gets `notUnderstood`.
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
    const to = / to /i.exec(input.spec);
    if (to === null) return notUnderstood();
    const guests = (await turn.meeting())?.attendance?.guests ?? [];
    const owners = resolveOwners(board, input.spec.slice(0, to.index), [], { guests });
    /** A name two members share is asked about, one button each; other doubts mean no action. */
    if (!owners.ok)
      return owners.problems.every((p) => (p.choices ?? []).length > 1)
        ? cardReply(
            renderOwnerProblemCard({
              problems: owners.problems,
              owners: input.spec.slice(0, to.index).trim(),
              rest: input.spec.slice(to.index + 4).trim(),
              requestId: `offer:${input.requestId}`,
            }),
          )
        : notUnderstood();
    const outsiders = owners.owners.filter(
      (o) => o.kind === 'external' && !guests.some((g) => g.name === o.name),
    );
    /** Only a person's name is worth offering as "action …" ("The meeting to …" is no one). */
    if (outsiders.some((o) => !PERSON_NAME.test(o.name))) return notUnderstood();
    if (outsiders.length > 0)
      return cardReply(
        renderDidYouMeanCard({
          problem: `${outsiders.map((o) => o.name).join(', ')} ${outsiders.length === 1 ? 'is' : 'are'} not on ${board.name}: to record this as an action for them, run it as "action …". Nothing was saved.`,
          command: `action ${input.spec}`,
          button: 'Record the action',
          requestId: input.requestId,
        }),
      );
    return cardReply(
      renderActionOfferCard({
        owners: ownerLine(owners.owners),
        spec: input.spec,
        requestId: `offer:${input.requestId}`,
      }),
    );
  });
