import type { Board } from '../domain/board.js';
import type { Meeting } from '../domain/meeting.js';
import { evaluateQuorum } from '../domain/quorum.js';

/**
 * Whether what is recorded now in `meeting` needs ratification: the meeting is running, a register
 * is being kept, and it is not quorate (DESIGN.md §1 Quorum). Without a register quorum is unknown,
 * and nothing is flagged.
 */
export const needsRatification = (board: Board, meeting: Meeting | undefined): boolean =>
  meeting !== undefined &&
  meeting.status === 'in-progress' &&
  (meeting.attendance?.records.length ?? 0) > 0 &&
  !evaluateQuorum(board, meeting.attendance, meeting.date).quorate;
