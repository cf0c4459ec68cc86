import type { Meeting } from './meeting.js';

export const endMeetingNow = (meeting: Meeting, now: Date): Meeting => {
  if (meeting.status === 'closed') return meeting;
  return { ...meeting, status: 'closed', endedAt: now.toISOString() };
};
