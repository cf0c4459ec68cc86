import { parseWhen } from './parse-when.js';
import type { CalendarDate } from './zoned-time.js';

export type CaptureParts = {
  owners: string;
  text: string;
  due?: CalendarDate;
  dueAtNextMeeting: boolean;
};

export type CaptureResult = { ok: true; parts: CaptureParts } | { ok: false; message: string };

const NEXT_MEETING = /^(?:the\s+)?next\s+meeting$/i;

/**
 * Reads a due-date phrase: a UK date, or "next meeting" (the board's next meeting after the one
 * the action is recorded in; undefined until that meeting is set).
 */
export const parseDue = (
  text: string,
  reference: CalendarDate,
  timeZone: string,
  nextMeetingDate: CalendarDate | undefined,
): { ok: true; due?: CalendarDate; atNextMeeting: boolean } | { ok: false; message: string } => {
  const trimmed = text.trim().replace(/[.]$/, '');
  if (NEXT_MEETING.test(trimmed))
    return {
      ok: true,
      atNextMeeting: true,
      ...(nextMeetingDate !== undefined && { due: nextMeetingDate }),
    };
  const parsed = parseWhen(trimmed, reference, timeZone);
  if (!parsed.ok) return parsed;
  if (parsed.rest !== '') return { ok: false, message: `I could not read "${trimmed}" as a date.` };
  return { ok: true, due: parsed.when.date, atNextMeeting: false };
};

/**
 * `<owners> to <text> [by <date>]`. The text may itself contain "by" ("decide by consensus"): only a
 * trailing "by …" that reads completely as a date is taken as the due date.
 */
export const parseCapture = (
  input: string,
  reference: CalendarDate,
  timeZone: string,
  nextMeetingDate: CalendarDate | undefined,
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
  let text = spec.slice(to.index + 3).trim();
  let due: CalendarDate | undefined;
  let dueAtNextMeeting = true;
  const bys = [...text.matchAll(/ by /gi)].map((m) => m.index);
  for (const at of bys) {
    const parsed = parseDue(text.slice(at + 4), reference, timeZone, nextMeetingDate);
    if (parsed.ok) {
      due = parsed.due;
      dueAtNextMeeting = parsed.atNextMeeting;
      text = text.slice(0, at).trim();
      break;
    }
  }
  if (text === '') return { ok: false, message: 'Write what is to be done after "to".' };
  if (text.length > 2000)
    return { ok: false, message: 'That action is too long (2,000 characters at most).' };
  if (due === undefined && dueAtNextMeeting)
    return {
      ok: true,
      parts: {
        owners,
        text,
        dueAtNextMeeting: true,
        ...(nextMeetingDate !== undefined && { due: nextMeetingDate }),
      },
    };
  return { ok: true, parts: { owners, text, dueAtNextMeeting, ...(due !== undefined && { due }) } };
};
