import * as chrono from 'chrono-node';
import type { CalendarDate, WallTime } from './zoned-time.js';
import { calendarDate, isCalendarDate, utcToZoned, zonedToUtc } from './zoned-time.js';

export type When = { date: CalendarDate; start?: WallTime; end?: WallTime };

export type WhenResult = { ok: true; when: When; rest: string } | { ok: false; message: string };

const pad = (n: number): string => String(n).padStart(2, '0');

const IMPOSSIBLE_DATE = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})\b/;

/**
 * Reads a date (and optional time or time range) the UK way — 10/08/22 is 10 August; month names,
 * weekdays, "tomorrow", "end of March" — relative to `reference` (a calendar date in the board's
 * zone). A date without a year or a weekday is the next one on or after the reference; past dates
 * with a year are accepted: boards record their history.
 */
export const parseWhen = (text: string, reference: CalendarDate, timeZone: string): WhenResult => {
  const trimmed = text.trim();
  if (trimmed === '')
    return { ok: false, message: 'I need a date, like "13 July 2022" or "13/07/22".' };
  const numeric = IMPOSSIBLE_DATE.exec(trimmed);
  if (numeric !== null) {
    const day = Number(numeric[1]);
    const month = Number(numeric[2]);
    const rawYear = Number(numeric[3]);
    const year = rawYear < 100 ? 2000 + rawYear : rawYear;
    if (!isCalendarDate(calendarDate(year, month, day))) {
      return {
        ok: false,
        message: `${numeric[0]} is not a real date (dates are day/month/year, like 13/07/22).`,
      };
    }
  }
  const refInstant = zonedToUtc(reference, '12:00', timeZone);
  const results = chrono.en.GB.parse(trimmed, refInstant, { forwardDate: true });
  const first = results[0];
  if (first === undefined || !(first.start.isCertain('day') || first.start.isCertain('weekday'))) {
    return {
      ok: false,
      message: `I could not read "${trimmed}" as a date. Try "13 July 2022", "13/07/22" or "next Wednesday".`,
    };
  }
  const date = calendarDate(
    first.start.get('year') ?? 0,
    first.start.get('month') ?? 0,
    first.start.get('day') ?? 0,
  );
  if (!isCalendarDate(date)) return { ok: false, message: `"${first.text}" is not a real date.` };
  const when: When = { date };
  if (first.start.isCertain('hour'))
    when.start = `${pad(first.start.get('hour') ?? 0)}:${pad(first.start.get('minute') ?? 0)}`;
  if (first.end?.isCertain('hour') === true)
    when.end = `${pad(first.end.get('hour') ?? 0)}:${pad(first.end.get('minute') ?? 0)}`;
  const rest = `${trimmed.slice(0, first.index)} ${trimmed.slice(first.index + first.text.length)}`
    .replace(/\s+/g, ' ')
    .trim();
  return { ok: true, when, rest };
};

/** Today's calendar date in a zone. */
export const todayIn = (now: Date, timeZone: string): CalendarDate =>
  utcToZoned(now, timeZone).date;
