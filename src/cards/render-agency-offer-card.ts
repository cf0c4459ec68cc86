import type { Agency, Board } from '../domain/board.js';
import type { AdaptiveCard } from './card-types.js';
import { card, executeAction, notice, text } from './elements.js';
import { Verbs } from './verbs.js';

/**
 * Answers `agency add … statutory` when a default statutory agency of the same kind (LA, POLICE,
 * ICB) has no members: one tap replaces it, and the quorum rule then names the board's own code.
 */
export const renderAgencyOfferCard = (input: {
  board: Board;
  message: string;
  added: Agency;
  replaceable: Agency;
}): AdaptiveCard => {
  const { added, replaceable } = input;
  return card(
    [
      notice(input.message, 'good'),
      text(
        `${replaceable.code} (${replaceable.name}) is one of the three statutory partners set up by default, and nobody belongs to it. While it stays, the meeting is quorate only when ${replaceable.code} is represented too.`,
      ),
      text(
        `Replace ${replaceable.code} by ${added.code}? The quorum rule will count ${added.code} instead. You can also keep both, or type "agency remove ${replaceable.code}" later.`,
        { isSubtle: true },
      ),
    ],
    [
      executeAction(`Replace ${replaceable.code} by ${added.code}`, Verbs.agencyReplace, {
        boardId: input.board.id,
        from: replaceable.code,
        to: added.code,
      }),
    ],
  );
};
