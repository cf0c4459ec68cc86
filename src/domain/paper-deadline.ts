import type { Meeting } from './meeting.js';
import { addDays, zonedToUtc } from './zoned-time.js';

/** Paper deadline: `days` before the meeting's start, in the board's zone. */
export const paperDeadline = (meeting: Meeting, days: number): Date =>
  zonedToUtc(addDays(meeting.date, -days), meeting.start ?? '00:00', meeting.timeZone);

export const isPaperLate = (meeting: Meeting, days: number, submittedAt: Date): boolean =>
  submittedAt.getTime() > paperDeadline(meeting, days).getTime();
