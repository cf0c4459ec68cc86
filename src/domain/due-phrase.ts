import * as chrono from 'chrono-node';
import { parseWhen } from './parse-when.js';
import type { CalendarDate } from './zoned-time.js';
import { MONTHS, addDays, calendarDate, isCalendarDate, zonedToUtc } from './zoned-time.js';
import {
  addMonths,
  afterWorkingDays,
  comingFriday,
  endOfFinancialYear,
  endOfMonth,
  endOfNextMonth,
  endOfQuarter,
  lastDay,
  pad,
  parts,
  weekday,
} from './calendar-ends.js';

/**
 * What a due-date phrase ("31/03/20", "end of January", "ASAP", "the LSCB") says:
 * - `date`: a date Quorate is sure of;
 * - `nextMeeting`: the board's next meeting;
 * - `asap`: as soon as possible (the board's ASAP rule gives the date);
 * - `unsure`: it looks like a date but could mean more than one, so a person is asked (with the
 *   best guess, when there is one);
 * - `text`: not a date at all ("by consensus", "by the LSCB"): it stays part of the action's text.
 */
export type DueReading =
  | { kind: 'date'; date: CalendarDate }
  | { kind: 'nextMeeting' }
  | { kind: 'asap' }
  | { kind: 'unsure'; guess?: CalendarDate }
  | { kind: 'text' };

const MONTH_WORD =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const WEEKDAY_WORD = '(monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

export const ASAP_PHRASE =
  /\b(?:asap|a\.s\.a\.p\.?|as soon as possible|as soon as practicable|urgently|immediately|as a matter of urgency)(?=$|[^a-z])/i;

/**
 * The words that make a phrase look like a date: a digit, a month or weekday, "end", "next
 * meeting/week/…", "tomorrow", "week", "ASAP", a season or holiday. "May" counts only written
 * with a capital or before a number (the verb "may" is common in actions).
 */
const DATE_WORDS = new RegExp(
  [
    '\\d',
    `\\b(?:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b`,
    '\\b(?:mon|tues?|weds?|thu(?:rs?)?|fri)(?:day)?\\b',
    '\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b',
    '\\b(?:tomorrow|today|tonight|asap|end|fortnight|fortnightly|weeks?|days?|months?|years?|quarters?|term|christmas|easter|summer|autumn|spring|winter|mid|midday)\\b',
    '\\bnext\\s+(?:\\w+\\s+)?(?:meeting|week|month|year|quarter|term|time|board|monday|tuesday|wednesday|thursday|friday)\\b',
    '\\bas soon as\\b',
    '\\b(?:close of play|cob|cop|eod|eow)\\b',
    '\\bw/c\\b',
    '\\bnew year\\b',
  ].join('|'),
  'i',
);
const CAPITAL_MAY = /\bMay\b|\bmay\s+\d/;

/** Whether a phrase looks like a date (see DATE_WORDS); only its first words when `start`. */
export const looksLikeDate = (
  phrase: string,
  where: 'anywhere' | 'start' = 'anywhere',
): boolean => {
  const text = where === 'start' ? phrase.trim().split(/\s+/).slice(0, 3).join(' ') : phrase;
  return DATE_WORDS.test(text) || CAPITAL_MAY.test(text);
};

const monthNumber = (word: string): number =>
  MONTHS.findIndex((m) => m.toLowerCase().startsWith(word.toLowerCase().slice(0, 3))) + 1;
const WEEKDAY_SHORT: Record<string, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  tues: 'Tuesday',
  wed: 'Wednesday',
  weds: 'Wednesday',
  thu: 'Thursday',
  thur: 'Thursday',
  thurs: 'Thursday',
  fri: 'Friday',
};

const clean = (phrase: string): string =>
  phrase
    .replace(
      /\b(mon|tues?|weds?|thu(?:rs?)?|fri)\b\.?/gi,
      (m, w: string) => WEEKDAY_SHORT[w.toLowerCase()] ?? m,
    )
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[(\s]+|[).,;:!\s]+$/g, '')
    .replace(/,?\s+(?:at the )?latest$/i, '')
    .trim();

const amount = (word: string): number | undefined =>
  /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word.toLowerCase()];

/** "2 weeks", "ten days", "a month", "a fortnight" after `from`. */
const after = (count: number, unit: string, from: CalendarDate): CalendarDate | undefined => {
  if (count < 1 || count > 366) return undefined;
  if (unit.startsWith('day')) return addDays(from, count);
  if (unit.startsWith('week')) return addDays(from, 7 * count);
  if (unit.startsWith('fortnight')) return addDays(from, 14 * count);
  return addMonths(from, count);
};

const SPAN = new RegExp(
  `^(?:in|within)?\\s*(?:the\\s+next\\s+)?(\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+(working\\s+)?(days?|weeks?|months?|fortnights?)(?:'?s?\\s+time)?$`,
  'i',
);
const END_OF = new RegExp(
  `^(?:the\\s+)?end(?:\\s+of\\s+|\\s*-\\s*|\\s+)(?:the\\s+)?(this\\s+|next\\s+|financial\\s+|calendar\\s+|this\\s+financial\\s+)?(month|week|quarter|year|${MONTH_WORD}(?:\\s+(\\d{4}|'?\\d{2}))?|(\\d{4}))$`,
  'i',
);
const MONTH_YEAR = new RegExp(
  `^(?:during\\s+|in\\s+)?${MONTH_WORD}(?:\\s+(\\d{4}|'\\d{2}))?$`,
  'i',
);
const PART_OF_MONTH = new RegExp(
  `^(?:the\\s+)?(mid|early|beginning|start|late)(?:\\s+of|-)?\\s*(?:the\\s+)?${MONTH_WORD}(?:\\s+(\\d{4}))?$`,
  'i',
);
const DAY_ONLY = /^(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)$/i;
const NEXT_MEETING = /^(?:the\s+)?next\s+meeting$/i;
const NEXT_NAMED_MEETING = /^(?:the\s+)?next\s+[\w&' -]{1,40}\s+meeting$/i;
const LOOSE_RELATIVE = new RegExp(
  `^(?:the\\s+)?(?:next|this|the)\\s+(week|month|${WEEKDAY_WORD})$`,
  'i',
);
const QUARTER = /^(?:the\s+end\s+of\s+)?(?:q|quarter\s+)([1-4])(?:\s+(\d{4}))?$/i;
const YEAR_ONLY = /^(\d{4})$/;

/** The best guess for a phrase Quorate is not sure of, to pre-fill the date it asks for. */
const guess = (
  phrase: string,
  reference: CalendarDate,
  timeZone: string,
): CalendarDate | undefined => {
  const [ry, rm] = parts(reference);
  const day = DAY_ONLY.exec(phrase);
  if (day !== null) {
    const d = Number(day[1]);
    for (let ahead = 0; ahead < 12; ahead += 1) {
      const candidate = calendarDate(
        Math.floor((ry * 12 + rm - 1 + ahead) / 12),
        ((rm - 1 + ahead) % 12) + 1,
        d,
      );
      if (isCalendarDate(candidate) && candidate >= reference) return candidate;
    }
    return undefined;
  }
  const part = PART_OF_MONTH.exec(phrase);
  if (part !== null) {
    const end = endOfMonth(monthNumber(part[2] ?? ''), part[3], reference);
    const which = (part[1] ?? '').toLowerCase();
    const at = which === 'mid' ? 15 : which === 'early' ? 7 : which === 'late' ? 0 : 1;
    return at === 0 ? end : `${end.slice(0, 8)}${pad(at)}`;
  }
  const loose = LOOSE_RELATIVE.exec(phrase);
  if (loose !== null) {
    const unit = (loose[1] ?? '').toLowerCase();
    const next = /\bnext\b/i.test(phrase);
    if (unit === 'week') return addDays(comingFriday(reference), next ? 7 : 0);
    if (unit === 'month') return next ? endOfNextMonth(reference) : lastDay(ry, rm);
  }
  const quarter = QUARTER.exec(phrase);
  if (quarter !== null) {
    /** Boards count quarters in the financial year: Q1 is April to June. */
    const q = Number(quarter[1]);
    const month = q === 4 ? 3 : q * 3 + 3;
    return quarter[2] !== undefined
      ? lastDay(Number(quarter[2]) + (q === 4 ? 1 : 0), month)
      : endOfMonth(month, undefined, reference);
  }
  const year = YEAR_ONLY.exec(phrase);
  if (year !== null) return lastDay(Number(year[1]), 12);
  if (/\bchristmas\b/i.test(phrase))
    return endOfMonth(12, undefined, reference).replace(/31$/, '25');
  if (/\b(?:year[- ]end|end of (?:the )?year)\b/i.test(phrase))
    return endOfFinancialYear(reference);
  const working = SPAN.exec(phrase);
  if (working !== null && working[2] !== undefined)
    return afterWorkingDays(amount(working[1] ?? '') ?? 1, reference);
  const found = chrono.en.GB.parse(phrase, zonedToUtc(reference, '12:00', timeZone), {
    forwardDate: true,
  })[0];
  if (found === undefined) return undefined;
  const date = calendarDate(
    found.start.get('year') ?? 0,
    found.start.get('month') ?? 0,
    found.start.get('day') ?? 0,
  );
  return isCalendarDate(date) ? date : undefined;
};

const unsure = (phrase: string, reference: CalendarDate, timeZone: string): DueReading => {
  const best = guess(phrase, reference, timeZone);
  return best === undefined ? { kind: 'unsure' } : { kind: 'unsure', guess: best };
};

const UNSURE = Symbol('unsure');

/** A phrase that reads as a date on its own, or undefined. */
const sureDate = (
  phrase: string,
  reference: CalendarDate,
  timeZone: string,
): CalendarDate | typeof UNSURE | undefined => {
  const span = SPAN.exec(phrase);
  if (span !== null) {
    if (span[2] !== undefined) return UNSURE;
    const count = amount(span[1] ?? '');
    return count === undefined ? undefined : after(count, span[3] ?? '', reference);
  }
  const end = END_OF.exec(phrase);
  if (end !== null) {
    const which = (end[1] ?? '').trim().toLowerCase();
    const unit = (end[2] ?? '').toLowerCase();
    const [y, m] = parts(reference);
    if (end[5] !== undefined) return lastDay(Number(end[5]), 12);
    if (end[3] !== undefined)
      return which === ''
        ? endOfMonth(monthNumber(end[3]), end[4]?.replace("'", ''), reference)
        : UNSURE;
    if (unit === 'month')
      return which === '' || which === 'this'
        ? lastDay(y, m)
        : which === 'next'
          ? endOfNextMonth(reference)
          : UNSURE;
    if (unit === 'week')
      return which === '' || which === 'this'
        ? comingFriday(reference)
        : which === 'next'
          ? addDays(comingFriday(reference), 7)
          : UNSURE;
    if (unit === 'quarter')
      return which === '' || which === 'this'
        ? endOfQuarter(reference, 0)
        : which === 'next'
          ? endOfQuarter(reference, 1)
          : UNSURE;
    if (which.includes('financial')) return endOfFinancialYear(reference);
    if (which === '' || which === 'this' || which === 'calendar') return lastDay(y, 12);
    if (which === 'next') return lastDay(y + 1, 12);
    return UNSURE;
  }
  const month = MONTH_YEAR.exec(phrase);
  if (month !== null) {
    if (/^may$/i.test(phrase) && !/^May$/.test(phrase)) return undefined;
    return endOfMonth(monthNumber(month[1] ?? ''), month[2]?.replace("'", ''), reference);
  }
  if (DAY_ONLY.test(phrase) || LOOSE_RELATIVE.test(phrase) || PART_OF_MONTH.test(phrase))
    return UNSURE;
  const read = parseWhen(phrase, reference, timeZone);
  if (!read.ok || read.rest !== '') return undefined;
  const named = new RegExp(`\\b${WEEKDAY_WORD}\\b`, 'i').exec(phrase);
  if (named !== null && /\d/.test(phrase)) {
    const wanted = [
      'sunday',
      'monday',
      'tuesday',
      'wednesday',
      'thursday',
      'friday',
      'saturday',
    ].indexOf((named[1] ?? '').toLowerCase());
    if (weekday(read.when.date) !== wanted) return UNSURE;
  }
  /** "by Wednesday" said on a Wednesday: today, or a week today? */
  if (named !== null && !/\d/.test(phrase) && weekday(reference) === weekday(read.when.date))
    return UNSURE;
  return read.when.date;
};

/**
 * Reads a due-date phrase (the words after "by", "within", "before", "no later than"), relative to
 * `reference` (the meeting's date, or today). Quorate is sure of: UK dates ("31/03/20", "31 March",
 * "Friday"), "end of January", "the end of the month/quarter/year", "March 2027" (the end of that
 * month), "within 2 weeks", "in 10 days", "tomorrow", "next meeting". Anything else that looks like
 * a date ("31st", "next week", "mid-January", "next Friday" — this week's or next?) is `unsure`
 * with a best guess; a phrase with no date word is `text`. `before` a date is the day before it.
 */
export const readDuePhrase = (
  raw: string,
  reference: CalendarDate,
  timeZone: string,
  options: { before?: boolean } = {},
): DueReading => {
  const phrase = clean(raw);
  if (phrase === '') return { kind: 'text' };
  if (NEXT_MEETING.test(phrase)) return { kind: 'nextMeeting' };
  if (new RegExp(`^${ASAP_PHRASE.source}$`, 'i').test(phrase)) return { kind: 'asap' };
  if (!looksLikeDate(phrase)) return { kind: 'text' };
  if (NEXT_NAMED_MEETING.test(phrase)) return { kind: 'unsure' };
  const sure = sureDate(phrase, reference, timeZone);
  if (sure === undefined || sure === UNSURE) return unsure(phrase, reference, timeZone);
  /** "before 1st April" is 31 March; "before the end of the month" is the end of the month. */
  const dayBefore = options.before === true && !END_OF.test(phrase);
  return { kind: 'date', date: dayBefore ? addDays(sure, -1) : sure };
};
