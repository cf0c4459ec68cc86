import type { Meeting } from './meeting.js';
import { addDays, zonedToUtc } from './zoned-time.js';

/** UTC instants: `from` inclusive, `to` exclusive. */
export type MeetingWindow = { from: string; to: string };

const earlier = (a: string, b: string | undefined): string => (b !== undefined && b < a ? b : a);
const later = (a: string, b: string | undefined): string => (b !== undefined && b > a ? b : a);

/**
 * When a meeting's business happened: its calendar day in its time zone, stretched to when it was
 * actually started and ended (a meeting run on another day than planned). Updates given to carried
 * actions in this window are "this meeting's updates" in the action-log review.
 */
export const meetingWindow = (
  meeting: Pick<Meeting, 'date' | 'timeZone' | 'startedAt' | 'endedAt'>,
): MeetingWindow => {
  const dayStart = zonedToUtc(meeting.date, '00:00', meeting.timeZone).toISOString();
  const dayEnd = zonedToUtc(addDays(meeting.date, 1), '00:00', meeting.timeZone).toISOString();
  return { from: earlier(dayStart, meeting.startedAt), to: later(dayEnd, meeting.endedAt) };
};
