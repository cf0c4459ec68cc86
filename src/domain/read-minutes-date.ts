import { looksLikeDate } from './due-phrase.js';
import { parseWhen } from './parse-when.js';
import type { CalendarDate, WallTime } from './zoned-time.js';
import { addDays } from './zoned-time.js';

/** Which meeting's minutes `minutes <…>` asks for. */
export type MinutesWhich =
  | { kind: 'last' }
  | { kind: 'date'; date: CalendarDate; start?: WallTime }
  | { kind: 'problem'; message: string };

/** The words that mean "the last meeting held" rather than a date. */
export const LAST_WORDS = /^(?:last|latest|previous|last meeting|previous meeting)$/i;

/** Whether `minutes <text>` names a meeting at all (a date or "last"), before a board is known. */
export const namesMinutesMeeting = (text: string): boolean =>
  LAST_WORDS.test(text.trim()) || looksLikeDate(text);

/** A year written in the text: "2022", or the third part of "18/11/19" or "18.11.19". */
const WRITTEN_YEAR = /\b\d{4}\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/;

/** A day and month written without a year: "18/11", "13 July", "13th of July". */
const NUMERIC_DAY_MONTH = /\b(\d{1,2})[/.-](\d{1,2})\b(?![/.-]\d)/;
const WORDED_DAY_MONTH =
  /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
const WEEKDAY = /\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/i;

/** The text with `year` written after its day and month; undefined when it has none. */
const withYear = (text: string, year: number): string | undefined => {
  if (NUMERIC_DAY_MONTH.test(text)) return text.replace(NUMERIC_DAY_MONTH, `$1/$2/${year}`);
  const worded = WORDED_DAY_MONTH.exec(text);
  if (worded === null) return undefined;
  const end = worded.index + worded[0].length;
  return `${text.slice(0, end)} ${year}${text.slice(end)}`;
};

/**
 * A day and month without a year is the last such day on or before today: this year's, or an
 * earlier year's (29 February: the last leap year's).
 */
const lastDayMonth = (
  text: string,
  today: CalendarDate,
  timeZone: string,
): { date: CalendarDate; start?: WallTime } | undefined => {
  const year = Number(today.slice(0, 4));
  for (let back = 0; back <= 4; back += 1) {
    const dated = withYear(text, year - back);
    if (dated === undefined) return undefined;
    const read = parseWhen(dated, today, timeZone);
    if (read.ok && read.when.date <= today) return read.when;
  }
  return undefined;
};

/**
 * Reads the meeting `minutes <text>` asks for, the way the rest of Quorate reads dates (UK order:
 * 18/11/19 is 18 November 2019). Minutes are of meetings held, so a date written without a year
 * ("minutes 13 July", "minutes Wednesday") is the last such day on or before today, not the next.
 */
export const readMinutesDate = (
  text: string,
  today: CalendarDate,
  timeZone: string,
): MinutesWhich => {
  const trimmed = text.trim();
  if (trimmed === '' || LAST_WORDS.test(trimmed)) return { kind: 'last' };
  const past = WRITTEN_YEAR.test(trimmed) ? undefined : lastDayMonth(trimmed, today, timeZone);
  if (past !== undefined)
    return {
      kind: 'date',
      date: past.date,
      ...(past.start !== undefined && { start: past.start }),
    };
  const read = parseWhen(trimmed, today, timeZone);
  if (!read.ok) return { kind: 'problem', message: read.message };
  const when = read.when;
  /** A weekday on its own ("minutes Wednesday") is the last one, not the coming one. */
  const date = when.date > today && WEEKDAY.test(trimmed) ? addDays(when.date, -7) : when.date;
  return { kind: 'date', date, ...(when.start !== undefined && { start: when.start }) };
};
