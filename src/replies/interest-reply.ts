import { changeDeclaredInterest } from '../services/change-interest.js';
import { recordInterest, setInterestsItem } from '../services/declare-interest.js';
import { withBoard } from './board-replies.js';
import type { ReplyContext } from './reply-context.js';
import type { Reply } from './reply.js';
import { textReply } from './reply.js';
import { titleFor } from './restricted-answer.js';
import type { Turn } from './turn.js';

/**
 * `interest KC 3 Director of the provider under review`: recorded at the item; the answer names
 * the member and the item (as this conversation may read its title), not what was declared.
 */
export const interestReply = (
  bot: ReplyContext,
  turn: Turn,
  input: { who: string; item: string; text: string; key?: string },
): Promise<Reply> =>
  withBoard(turn, async (board) => {
    const { interest, item, meeting } = await recordInterest(bot.deps, {
      board,
      actor: turn.actor,
      found: turn,
      ...input,
    });
    return textReply(
      `Interest declared: ${interest.initials} (${interest.name}) at item ${item.number} (${titleFor(board, turn, item)}) of ${meeting.title}. Shown on the agenda and in the minutes; "undo" takes it back.`,
    );
  });

/** `interest item on|off`: the board's standing item for new meetings. */
export const interestItemReply = (bot: ReplyContext, turn: Turn, on: boolean): Promise<Reply> =>
  withBoard(turn, async (board) => {
    await setInterestsItem(bot.deps, { board, actor: turn.actor, on });
    return textReply(
      on
        ? 'New meetings will have a standing item "Declarations of interest" after the welcome.'
        : 'New meetings will not have a standing item "Declarations of interest".',
    );
  });

/** `interest remove KC 3` / `interest edit KC 3 <new wording>`: names the member and the item, not the text. */
export const interestChangeReply = (
  bot: ReplyContext,
  turn: Turn,
  input: { who: string; item: string; text?: string },
): Promise<Reply> =>
  withBoard(turn, async (board) => {
    const { interest, item, meeting, changed } = await changeDeclaredInterest(bot.deps, {
      board,
      actor: turn.actor,
      found: turn,
      ...input,
    });
    const where = `at item ${item.number} (${titleFor(board, turn, item)}) of ${meeting.title}`;
    if (input.text === undefined)
      return textReply(
        `Declaration of interest by ${interest.initials} (${interest.name}) ${where} removed. "undo" puts it back.`,
      );
    return textReply(
      changed
        ? `Declaration of interest by ${interest.initials} (${interest.name}) ${where} reworded. "undo" puts the old wording back.`
        : `The declaration of interest by ${interest.initials} (${interest.name}) ${where} already reads that way: nothing changed.`,
    );
  });
