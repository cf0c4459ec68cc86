import type { Meeting } from './meeting.js';
import type { CalendarDate } from './zoned-time.js';

/**
 * The meeting commands act on: the one in progress, else the next planned one (today or later),
 * else the earliest planned one in the past (boards importing their history hold them in order).
 */
export const activeMeeting = (
  meetings: readonly Meeting[],
  today: CalendarDate,
): Meeting | undefined => {
  const inProgress = meetings.find((m) => m.status === 'in-progress');
  if (inProgress !== undefined) return inProgress;
  const planned = [...meetings]
    .filter((m) => m.status === 'planned')
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return planned.find((m) => m.date >= today) ?? planned[0];
};
