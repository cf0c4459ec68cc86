import type { Board } from '../domain/board.js';
import type { Meeting } from '../domain/meeting.js';
import { nearestMeetings } from '../domain/nearest-meetings.js';
import { todayIn } from '../domain/parse-when.js';
import { readMinutesDate } from '../domain/read-minutes-date.js';
import type { CalendarDate } from '../domain/zoned-time.js';
import { addDays } from '../domain/zoned-time.js';
import { findLatestHeldMeeting } from './export-minutes.js';
import type { FoundMeetings } from './found-meetings.js';
import type { Deps } from './ports.js';

/** Which meeting `minutes <date>` found, or why none. */
export type MinutesMeeting =
  | { kind: 'found'; meeting: Meeting }
  /** No meeting held that day: the nearest held ones instead (none when the board held none). */
  | { kind: 'none'; date: CalendarDate; nearest: Meeting[] }
  /** Several held that day: the person says which (by its start time). */
  | { kind: 'several'; date: CalendarDate; meetings: Meeting[] }
  | { kind: 'problem'; message: string };

/** How far either side of the day asked for the nearest meetings are looked for. */
const NEAREST_WITHIN_DAYS = 400;
const NEAREST_SHOWN = 3;

/** Minutes exist for meetings that started: a planned meeting that never met has none. */
const held = (meeting: Meeting): boolean => meeting.status !== 'planned';

/**
 * The meeting whose minutes `minutes [<date>]` asks for: "last" (or nothing) is the meeting in
 * progress or the last held; a date is read as the rest of Quorate reads dates, leaning to the
 * past (domain/read-minutes-date.ts), and a time ("minutes 13/07/22 2pm") picks one of several.
 * One query for the day; one more only when nothing was held on it.
 */
export const findMinutesMeeting = async (
  deps: Pick<Deps, 'meetings' | 'clock'>,
  input: { board: Board; when: string; found?: FoundMeetings },
): Promise<MinutesMeeting | undefined> => {
  const { board } = input;
  const which = readMinutesDate(
    input.when,
    todayIn(deps.clock.now(), board.rules.timeZone),
    board.rules.timeZone,
  );
  if (which.kind === 'problem') return which;
  if (which.kind === 'last') {
    const meeting = await findLatestHeldMeeting(deps, board, input.found);
    return meeting === undefined ? undefined : { kind: 'found', meeting };
  }
  const onDay = (await deps.meetings.listOnDay(board.id, which.date)).filter(held);
  const atTime = which.start === undefined ? onDay : onDay.filter((m) => m.start === which.start);
  /** A time that matches none of the day's meetings is only a hint when there was one. */
  const [only] = atTime.length === 0 && onDay.length === 1 ? onDay : atTime;
  if (only !== undefined && atTime.length <= 1) return { kind: 'found', meeting: only };
  if (atTime.length > 1) return { kind: 'several', date: which.date, meetings: atTime };
  if (onDay.length > 1) return { kind: 'several', date: which.date, meetings: onDay };
  const around = await deps.meetings.listBetween(board.id, {
    from: addDays(which.date, -NEAREST_WITHIN_DAYS),
    to: addDays(which.date, NEAREST_WITHIN_DAYS),
  });
  return {
    kind: 'none',
    date: which.date,
    nearest: nearestMeetings(around.filter(held), which.date, NEAREST_SHOWN),
  };
};
