import type { Board } from '../domain/board.js';
import type { FoundMeetings } from '../services/found-meetings.js';
import { findMeetingsOnce } from '../services/found-meetings.js';
import type { ReplyContext } from './reply-context.js';
import type { Turn } from './turn.js';

/**
 * The current meetings of `board`: the turn's own (read once per turn) when it is the turn's
 * board, else read for this board (an action card clicked outside its board's chat).
 */
export const meetingsOf = async (
  bot: ReplyContext,
  turn: Turn,
  board: Board,
): Promise<FoundMeetings> => {
  const resolved = await turn.board();
  return resolved.kind === 'board' && resolved.board.id === board.id
    ? turn
    : findMeetingsOnce(bot.deps, board);
};
