import type { Meeting } from './meeting.js';

/** `meeting` naming `next` as its next meeting, with the date and times `next` has now. */
export const linkNextMeeting = (meeting: Meeting, next: Meeting, now: Date): Meeting => ({
  ...meeting,
  nextMeeting: {
    meetingId: next.id,
    date: next.date,
    ...(next.start !== undefined && { start: next.start }),
    ...(next.end !== undefined && { end: next.end }),
  },
  updatedAt: now.toISOString(),
});
