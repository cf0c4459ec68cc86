import type { Board } from '../domain/board.js';
import type { Meeting } from '../domain/meeting.js';
import { evaluateQuorum, quorumScope, unauthorisedOnly } from '../domain/quorum.js';

/** A register is being kept for the running meeting: only then are quorum and deputies known. */
const keepingRegister = (meeting: Meeting | undefined): meeting is Meeting =>
  meeting !== undefined &&
  meeting.status === 'in-progress' &&
  (meeting.attendance?.records.length ?? 0) > 0;

/**
 * Whether what is recorded now in `meeting` needs ratification: the meeting is running, a register
 * is being kept, and it is not quorate (DESIGN.md §1 Quorum). Without a register quorum is unknown,
 * and nothing is flagged.
 */
export const needsRatification = (board: Board, meeting: Meeting | undefined): boolean =>
  keepingRegister(meeting) && !evaluateQuorum(board, meeting.attendance, meeting.date).quorate;

/**
 * The statutory agencies a decision taken now cannot bind: represented only by deputies their
 * delegates do not authorise. Whatever the board's rule or the chair's ruling, the flag is kept on
 * the decision as it was when it was taken.
 */
export const unauthorisedAgenciesNow = (board: Board, meeting: Meeting | undefined): string[] =>
  keepingRegister(meeting)
    ? unauthorisedOnly(quorumScope(board, meeting.attendance, meeting.date))
    : [];
