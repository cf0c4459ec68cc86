import type { AgendaItem, Meeting } from './meeting.js';
import { instantTime, utcToZoned, zonedToUtc } from './zoned-time.js';

const MINUTE_MS = 60_000;

/** How far past its allocation the current item may run before the chair is nudged. */
export const NUDGE_AFTER_MINUTES = 5;

/**
 * Milliseconds spent on an item: earlier spells (the chair came back to it) plus the current or
 * last one, to its end or to `now`. Undefined when the item was never taken.
 */
export const elapsedMs = (item: AgendaItem, now: Date): number | undefined => {
  const actual = item.actual;
  if (actual === undefined) return undefined;
  const from = Date.parse(actual.resumedAt ?? actual.startedAt);
  const to = actual.endedAt === undefined ? now.getTime() : Date.parse(actual.endedAt);
  return Math.max(0, to - from) + (actual.earlierSeconds ?? 0) * 1000;
};

/** Whole minutes spent on an item (12 min 59 s is 12). */
export const elapsedMinutes = (item: AgendaItem, now: Date): number | undefined => {
  const ms = elapsedMs(item, now);
  return ms === undefined ? undefined : Math.floor(ms / MINUTE_MS);
};

/**
 * Whole minutes an item has run past its allocation: 0 while within it, undefined for an item with
 * no allocation (0 min) or never taken. "11 of 10 min" is 1 over.
 */
export const overrunMinutes = (item: AgendaItem, now: Date): number | undefined => {
  const elapsed = elapsedMinutes(item, now);
  if (elapsed === undefined || item.minutes <= 0) return undefined;
  return Math.max(0, elapsed - item.minutes);
};

/** "12 of 10 min", or "12 min" for an item with no allocation; undefined before it is taken. */
export const elapsedText = (item: AgendaItem, now: Date): string | undefined => {
  const elapsed = elapsedMinutes(item, now);
  if (elapsed === undefined) return undefined;
  return item.minutes > 0 ? `${elapsed} of ${item.minutes} min` : `${elapsed} min`;
};

/** "2.05pm" for an instant, in the meeting's time zone. */

/**
 * What the minutes and summary record of an item's timing: "10.05am–10.32am (27 min, planned 20)";
 * "10.05am– (…)" while it is still running; undefined for an item never taken. The minutes are the
 * time actually spent on it (earlier spells included), not the span between first start and end.
 */
export const itemTimingText = (item: AgendaItem, timeZone: string): string | undefined => {
  const actual = item.actual;
  if (actual === undefined) return undefined;
  const end = actual.endedAt === undefined ? '' : instantTime(actual.endedAt, timeZone);
  const spent =
    actual.endedAt === undefined ? undefined : elapsedMinutes(item, new Date(actual.endedAt));
  const parts = [
    ...(spent === undefined ? [] : [`${spent} min`]),
    ...(item.minutes > 0 ? [`planned ${item.minutes}`] : []),
  ];
  return `${instantTime(actual.startedAt, timeZone)}–${end}${parts.length === 0 ? '' : ` (${parts.join(', ')})`}`;
};

/** The meeting's planned end against where it is heading now. */
export type MeetingOverrun = {
  plannedEnd: Date;
  projectedEnd: Date;
  /** Positive: running over; 0 or less: on time or ahead. */
  minutesOver: number;
};

/**
 * Where the meeting is heading: now, plus what is left of the current item's allocation, plus the
 * allocations of the items not yet taken after it (items skipped earlier are not counted). The
 * plan is anchored at the planned start when the meeting began on its planned day, so a late
 * start shows as running over; a meeting started on another day is measured from its actual
 * start. The planned end is the meeting's end time where given, otherwise its start plus every
 * item's allocation. Undefined unless the meeting is in progress with a plan to measure against.
 */
export const meetingOverrun = (meeting: Meeting, now: Date): MeetingOverrun | undefined => {
  if (meeting.status !== 'in-progress' || meeting.startedAt === undefined) return undefined;
  const onPlannedDay =
    meeting.start !== undefined &&
    utcToZoned(new Date(meeting.startedAt), meeting.timeZone).date === meeting.date;
  const total = meeting.agenda.reduce((sum, i) => sum + Math.max(0, i.minutes), 0);
  let plannedEnd: Date | undefined;
  if (onPlannedDay && meeting.start !== undefined) {
    const start = zonedToUtc(meeting.date, meeting.start, meeting.timeZone);
    const end =
      meeting.end === undefined
        ? undefined
        : zonedToUtc(meeting.date, meeting.end, meeting.timeZone);
    plannedEnd =
      end !== undefined && end > start ? end : new Date(start.getTime() + total * MINUTE_MS);
  } else if (total > 0) {
    plannedEnd = new Date(Date.parse(meeting.startedAt) + total * MINUTE_MS);
  }
  if (plannedEnd === undefined) return undefined;
  const index = meeting.agenda.findIndex((i) => i.id === meeting.currentItemId);
  const current = meeting.agenda[index];
  const currentLeft =
    current === undefined
      ? 0
      : Math.max(0, current.minutes * MINUTE_MS - (elapsedMs(current, now) ?? 0));
  const laterLeft = meeting.agenda
    .slice(index + 1)
    .filter((i) => i.actual === undefined)
    .reduce((sum, i) => sum + Math.max(0, i.minutes) * MINUTE_MS, 0);
  const projectedEnd = new Date(now.getTime() + currentLeft + laterLeft);
  return {
    plannedEnd,
    projectedEnd,
    minutesOver: Math.round((projectedEnd.getTime() - plannedEnd.getTime()) / MINUTE_MS),
  };
};

/** "running 8 min over", "running to time", "running 5 min ahead". */
export const overrunText = (overrun: MeetingOverrun): string =>
  overrun.minutesOver > 0
    ? `running ${overrun.minutesOver} min over`
    : overrun.minutesOver < 0
      ? `running ${-overrun.minutesOver} min ahead`
      : 'running to time';

/**
 * The current item, when the chair should be nudged now: the meeting is in progress, the item has
 * an allocation, has run at least `NUDGE_AFTER_MINUTES` past it, and was not nudged already.
 */
export const itemDueForNudge = (meeting: Meeting, now: Date): AgendaItem | undefined => {
  if (meeting.status !== 'in-progress') return undefined;
  const item = meeting.agenda.find((i) => i.id === meeting.currentItemId);
  if (item?.actual === undefined || item.actual.nudgedAt !== undefined || item.minutes <= 0)
    return undefined;
  const spent = elapsedMs(item, now) ?? 0;
  return spent >= (item.minutes + NUDGE_AFTER_MINUTES) * MINUTE_MS ? item : undefined;
};
