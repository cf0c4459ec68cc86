import type { Meeting } from './meeting.js';
import type { WallTime } from './zoned-time.js';
import { addMinutes } from './zoned-time.js';

/** When each item is planned to start, from the meeting's start and each item's minutes. */
export const plannedStarts = (meeting: Meeting): Map<string, WallTime> => {
  const starts = new Map<string, WallTime>();
  if (meeting.start === undefined) return starts;
  let clock = meeting.start;
  for (const item of meeting.agenda) {
    starts.set(item.id, clock);
    clock = addMinutes(clock, item.minutes);
  }
  return starts;
};
