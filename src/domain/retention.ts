import type { Action } from './action.js';
import type { Meeting } from './meeting.js';
import type { CalendarDate } from './zoned-time.js';

/**
 * The first day still kept: the same date `years` earlier (29 February becomes 28 February).
 * Records dated before it are past the board's retention period.
 */
export const retentionCutoff = (today: CalendarDate, years: number): CalendarDate => {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const year = y - Math.max(0, Math.floor(years));
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m === 2 && d === 29 && !leap ? 28 : d;
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

/** A meeting held (or planned and never held) before the cutoff; one under way is never expired. */
export const isMeetingExpired = (meeting: Meeting, cutoff: CalendarDate): boolean =>
  meeting.status !== 'in-progress' && meeting.date < cutoff;

/**
 * A completed or closed action last changed before the cutoff. An action still open is kept however
 * old it is: the board has not finished with it.
 */
export const isActionExpired = (action: Action, cutoff: CalendarDate): boolean =>
  (action.status === 'completed' || action.status === 'closed') &&
  action.updatedAt.slice(0, 10) < cutoff;
