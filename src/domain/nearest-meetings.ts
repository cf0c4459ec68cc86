import type { Meeting } from './meeting.js';
import type { CalendarDate } from './zoned-time.js';

const dayNumber = (date: CalendarDate): number => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
};

/**
 * The `count` meetings dated nearest to `date`, either side, in date order: what "no meeting on
 * that day" offers instead. Of two equally near, the earlier comes first.
 */
export const nearestMeetings = <M extends Pick<Meeting, 'date' | 'startsAt'>>(
  meetings: readonly M[],
  date: CalendarDate,
  count: number,
): M[] => {
  const target = dayNumber(date);
  return [...meetings]
    .sort(
      (a, b) =>
        Math.abs(dayNumber(a.date) - target) - Math.abs(dayNumber(b.date) - target) ||
        a.startsAt.localeCompare(b.startsAt),
    )
    .slice(0, count)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
};
