import { managersSentence } from '../domain/board.js';
import type { UndoOutcome } from '../services/undo-last-change.js';
import { timeOfChange, undoLastChange, UNDO_WINDOW_HOURS } from '../services/undo-last-change.js';
import { withBoard } from './board-replies.js';
import type { Reply } from './reply.js';
import { textReply } from './reply.js';
import type { ReplyContext } from './reply-context.js';
import type { Turn } from './turn.js';

const sentence = (said: string): string => `${said.charAt(0).toUpperCase()}${said.slice(1)}`;

/** What `undo` answers: exactly what was undone, by whom and when, or why nothing was. */
export const undoMessage = (outcome: UndoOutcome, managers: string): string => {
  switch (outcome.kind) {
    case 'undone':
      return `Undone: ${outcome.said} (by ${outcome.by.name}, ${timeOfChange(outcome.at, outcome.timeZone)}). Type **undo** again to put it back.`;
    case 'repeated':
      return `Already done: ${outcome.said}.`;
    case 'already':
      return `${sentence(outcome.said)} is already reverted: nothing changed.`;
    case 'nothing':
      return outcome.manager
        ? `There is nothing to undo: you have made no change in the last ${UNDO_WINDOW_HOURS} hours, and no meeting is in progress with changes to undo.`
        : `There is nothing to undo: you have made no change in the last ${UNDO_WINDOW_HOURS} hours. Only ${managers} can undo other people’s changes, during the meeting.`;
    case 'conflict':
      return outcome.since === undefined
        ? `Cannot undo ${outcome.said}: it has been changed since. Correct it instead.`
        : `Cannot undo ${outcome.said}: it was changed since by ${outcome.since.by.name} (${outcome.since.said}). Undo that first.`;
  }
};

/** `undo`: the message's activity id makes a re-delivered `undo` undo once. */
export const undoReply = (bot: ReplyContext, turn: Turn, requestId?: string): Promise<Reply> =>
  withBoard(turn, async (board) => {
    const outcome = await undoLastChange(bot.deps, {
      board,
      actor: turn.actor,
      found: turn,
      ...(requestId !== undefined && { requestId }),
    });
    return textReply(undoMessage(outcome, managersSentence(board)));
  });
