import { looksLikeDate } from './due-phrase.js';
import { parseWhen } from './parse-when.js';
import type { CalendarDate, WallTime } from './zoned-time.js';
import { addDays, calendarDate, isCalendarDate } from './zoned-time.js';

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

/** A day and month written ("13 July", "18/11"): without a year, the last such day is meant. */
const WRITTEN_MONTH =
  /\b\d{1,2}[/.-]\d{1,2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
const WEEKDAY = /\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/i;

/** The day a past-leaning reader means by a day the forward-leaning one put after today. */
const lastSuch = (date: CalendarDate, text: string): CalendarDate => {
  if (WRITTEN_MONTH.test(text)) {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const yearEarlier = calendarDate(y - 1, m, d);
    /** 29 February a year earlier does not exist: the 28th stands for it. */
    return isCalendarDate(yearEarlier) ? yearEarlier : calendarDate(y - 1, m, d - 1);
  }
  return WEEKDAY.test(text) ? addDays(date, -7) : date;
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
  const read = parseWhen(trimmed, today, timeZone);
  if (!read.ok) return { kind: 'problem', message: read.message };
  const forward = read.when.date;
  const date =
    forward > today && !WRITTEN_YEAR.test(trimmed) ? lastSuch(forward, trimmed) : forward;
  return { kind: 'date', date, ...(read.when.start !== undefined && { start: read.when.start }) };
};
