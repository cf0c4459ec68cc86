import { parseWhen } from './parse-when.js';
import type { DueReading } from './due-phrase.js';
import { ASAP_PHRASE, looksLikeDate, readDuePhrase } from './due-phrase.js';
import type { CalendarDate } from './zoned-time.js';
import { addDays } from './zoned-time.js';

/** A due date Quorate was not sure of: nothing is saved until a person picks a date or none. */
export type DueQuestion = {
  /** As typed, with its leading word: "by 31st", "within the month". */
  phrase: string;
  guess?: CalendarDate;
};

/** A person's answer to the date question: a date, or due at the next meeting. */
export type ChosenDue = { kind: 'date'; date: CalendarDate } | { kind: 'nextMeeting' };

export type CaptureParts = {
  owners: string;
  text: string;
  due?: CalendarDate;
  dueAtNextMeeting: boolean;
  /** "ASAP", "urgently"…: due after the board's ASAP days. */
  asap?: true;
  /** Set when the date must be asked for; `text` is then the action without the date phrase. */
  ask?: DueQuestion;
};

export type CaptureResult = { ok: true; parts: CaptureParts } | { ok: false; message: string };

/** Days after the meeting (or today) an "ASAP" action is due, unless the board says otherwise. */
export const DEFAULT_ASAP_DAYS = 7;

/**
 * Reads a due-date phrase: a UK date, or "next meeting" (the board's next meeting after the one
 * the action is recorded in; undefined until that meeting is set). Used where a person types a date
 * on its own ("due 3 …", a date box): a phrase Quorate is sure of first, then any single date.
 */
export const parseDue = (
  text: string,
  reference: CalendarDate,
  timeZone: string,
  nextMeetingDate: CalendarDate | undefined,
): { ok: true; due?: CalendarDate; atNextMeeting: boolean } | { ok: false; message: string } => {
  const trimmed = text.trim().replace(/[.]$/, '');
  const reading = readDuePhrase(trimmed, reference, timeZone);
  if (reading.kind === 'nextMeeting')
    return {
      ok: true,
      atNextMeeting: true,
      ...(nextMeetingDate !== undefined && { due: nextMeetingDate }),
    };
  if (reading.kind === 'date') return { ok: true, due: reading.date, atNextMeeting: false };
  const parsed = parseWhen(trimmed, reference, timeZone);
  if (!parsed.ok) return parsed;
  if (parsed.rest !== '') return { ok: false, message: `I could not read "${trimmed}" as a date.` };
  return { ok: true, due: parsed.when.date, atNextMeeting: false };
};

/** Where a due-date phrase may begin: its leading word, and where the phrase itself starts. */
type Candidate = { start: number; phraseAt: number; before: boolean; loose: boolean };

const TRIGGERS =
  /[\s(](?:(by|no later than|not later than|on or before|before|within)|(in)(?=\s+(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:working\s+)?(?:days?|weeks?|months?|fortnights?)\b))\s+/gi;
/** A date set off at the end without a leading word: "… – end of January", "…, 31/03/20". */
const SEPARATED = /(?:\s[-–—]\s*|[,;]\s*|\s\()(?=[^-–—,;(]*$)/g;

const candidates = (text: string): Candidate[] => {
  const found: Candidate[] = [];
  for (const m of text.matchAll(TRIGGERS)) {
    const word = (m[1] ?? m[2] ?? '').toLowerCase();
    found.push({
      start: m.index,
      phraseAt: m[1] === undefined ? m.index + 1 : m.index + m[0].length,
      before: word === 'before',
      loose: false,
    });
  }
  for (const m of text.matchAll(SEPARATED))
    found.push({ start: m.index, phraseAt: m.index + m[0].length, before: false, loose: true });
  return found.sort((a, b) => a.start - b.start);
};

/** The phrase as the question quotes it: without the separator before it or a lone ")" after. */
const shownPhrase = (raw: string): string => {
  const phrase = raw.replace(/^[\s,;(–—-]+/, '').trim();
  return phrase.includes('(') ? phrase : phrase.replace(/[)\s]+$/, '');
};

const trimEnd = (text: string): string => text.replace(/[\s,;:(–—-]+$/, '').trim();

/**
 * A date set off by commas inside the text: "circulate, by the end of the week, the revised memo"
 * is due on Friday and reads "circulate the revised memo".
 */
const setOff = (
  text: string,
  c: Candidate,
  reference: CalendarDate,
  timeZone: string,
): { text: string; reading: DueReading; phrase: string } | undefined => {
  const comma = /[,;]/.exec(text.slice(c.phraseAt));
  if (comma === null) return undefined;
  const end = c.phraseAt + comma.index;
  const reading = readDuePhrase(text.slice(c.phraseAt, end), reference, timeZone, {
    before: c.before,
  });
  if (reading.kind !== 'date' && reading.kind !== 'nextMeeting' && reading.kind !== 'asap')
    return undefined;
  const before = text.slice(0, c.start);
  const after = text.slice(end + 1).trim();
  const joined = /,\s*$/.test(before)
    ? `${trimEnd(before)} ${after}`
    : `${trimEnd(before)}, ${after}`;
  return { text: joined.trim(), reading, phrase: text.slice(c.start, end).trim() };
};

/**
 * Finds the due date in an action's text. A phrase after "by", "within", "before", "no later than",
 * "in <n> days/weeks" (or set off at the end by a dash, comma or bracket) that reads completely as a
 * date is the due date, and leaves the text. One that only looks like a date ("by 31st", "by next
 * week") is asked about, never dropped; one with no date word ("by consensus", "by the LSCB") is
 * text. "ASAP", "urgently", "immediately" make it due after the board's ASAP days.
 */
const findDue = (
  text: string,
  reference: CalendarDate,
  timeZone: string,
): { text: string; reading: DueReading; phrase?: string } => {
  const all = candidates(text);
  let asked: { text: string; reading: DueReading; phrase: string } | undefined;
  for (const c of all) {
    const phrase = text.slice(c.phraseAt);
    const reading = readDuePhrase(phrase, reference, timeZone, { before: c.before });
    const rest = trimEnd(text.slice(0, c.start));
    if (reading.kind === 'date' || reading.kind === 'nextMeeting' || reading.kind === 'asap')
      return { text: rest, reading, phrase: text.slice(c.start).trim() };
    const inset = c.loose ? undefined : setOff(text, c, reference, timeZone);
    if (inset !== undefined) return inset;
    if (reading.kind === 'unsure' && (!c.loose || looksLikeDate(phrase, 'start')))
      asked = {
        text: rest,
        reading,
        phrase: shownPhrase(text.slice(c.start)),
      };
  }
  return asked ?? { text, reading: { kind: 'text' } };
};

/**
 * `<owners> to <text> [by <date>]`. The text may itself contain "by" ("decide by consensus"): only a
 * trailing phrase that reads completely as a date is taken as the due date; one that only looks
 * like a date is asked about (`parts.ask`) and nothing may be saved until a person answers.
 */
export const parseCapture = (
  input: string,
  reference: CalendarDate,
  timeZone: string,
  nextMeetingDate: CalendarDate | undefined,
  options: { asapDays?: number; literal?: boolean } = {},
): CaptureResult => {
  const spec = input.replace(/\s+/g, ' ').trim();
  const to = / to /i.exec(` ${spec}`);
  if (to === null || to.index === 0) {
    return {
      ok: false,
      message: 'Write who does what: "action RS to comment on the proposal by 10/08/22".',
    };
  }
  const owners = spec.slice(0, to.index - 1 + 1).trim();
  const body = spec.slice(to.index + 3).trim();
  /** A person answered the date question: the text is as they confirmed it. */
  if (options.literal === true)
    return body === ''
      ? { ok: false, message: 'Write what is to be done after "to".' }
      : { ok: true, parts: { owners, text: body, dueAtNextMeeting: true } };
  const found = findDue(body, reference, timeZone);
  let { text } = found;
  const { reading } = found;
  const asapWord = reading.kind === 'text' ? ASAP_PHRASE.exec(text) : null;
  if (asapWord !== null && /^[\s.!,;:)]*$/.test(text.slice(asapWord.index + asapWord[0].length)))
    text = trimEnd(text.slice(0, asapWord.index).replace(/\s(?:by|-)$/i, ''));
  if (text === '') return { ok: false, message: 'Write what is to be done after "to".' };
  if (text.length > 2000)
    return { ok: false, message: 'That action is too long (2,000 characters at most).' };
  const atNext = {
    dueAtNextMeeting: true,
    ...(nextMeetingDate !== undefined && { due: nextMeetingDate }),
  };
  if (reading.kind === 'date')
    return { ok: true, parts: { owners, text, due: reading.date, dueAtNextMeeting: false } };
  if (reading.kind === 'asap' || asapWord !== null) {
    const days = options.asapDays ?? DEFAULT_ASAP_DAYS;
    return {
      ok: true,
      parts: { owners, text, due: addDays(reference, days), dueAtNextMeeting: false, asap: true },
    };
  }
  if (reading.kind === 'unsure') {
    const guess =
      reading.guess ?? (/meeting/i.test(found.phrase ?? '') ? nextMeetingDate : undefined);
    return {
      ok: true,
      parts: {
        owners,
        text,
        ...atNext,
        ask: { phrase: found.phrase ?? '', ...(guess !== undefined && { guess }) },
      },
    };
  }
  return { ok: true, parts: { owners, text, ...atNext } };
};
