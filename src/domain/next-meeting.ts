import type { MeetingId } from './ids.js';
import type { Meeting } from './meeting.js';
import type { CalendarDate } from './zoned-time.js';

/** The meeting an action due "at the next meeting" takes its date from. */
export type DueMeeting = { meetingId: MeetingId; date: CalendarDate };

/**
 * The board's next meeting after `after` (the meeting an action is recorded in): the one set with
 * `next meeting`, else the first planned meeting that starts later. With no meeting given, the
 * first planned meeting from `today` on.
 */
export const findNextMeeting = (
  meetings: readonly Meeting[],
  after: Meeting | undefined,
  today: CalendarDate,
): DueMeeting | undefined => {
  if (after?.nextMeeting !== undefined)
    return { meetingId: after.nextMeeting.meetingId, date: after.nextMeeting.date };
  const from = after?.startsAt;
  const next = meetings
    .filter(
      (m) =>
        m.status === 'planned' &&
        m.id !== after?.id &&
        (from === undefined ? m.date >= today : m.startsAt > from),
    )
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
  return next === undefined ? undefined : { meetingId: next.id, date: next.date };
};

/** The date of the board's next meeting: see `findNextMeeting`. */
export const nextMeetingDate = (
  meetings: readonly Meeting[],
  after: Meeting | undefined,
  today: CalendarDate,
): CalendarDate | undefined => findNextMeeting(meetings, after, today)?.date;
