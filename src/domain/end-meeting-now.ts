import type { Meeting } from './meeting.js';
import { stampItemTimes } from './stamp-item-times.js';

/** Ends the meeting; the item it was on gets its actual end. */
export const endMeetingNow = (meeting: Meeting, now: Date): Meeting => {
  if (meeting.status === 'closed') return meeting;
  return stampItemTimes(meeting, { ...meeting, status: 'closed', endedAt: now.toISOString() }, now);
};
