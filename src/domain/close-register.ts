import { closeAttendance, emptyAttendance } from './attendance.js';
import type { Board } from './board.js';
import type { Meeting } from './meeting.js';

/** When a meeting closes: no record → DNA; outside membership → N/A (apologies already are SA). */
export const closeRegister = (board: Board, meeting: Meeting, now: string): Meeting => ({
  ...meeting,
  attendance: closeAttendance(board, meeting.attendance ?? emptyAttendance(), meeting.date, now),
});
