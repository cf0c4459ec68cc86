import type { Action, ActionStatus } from './action.js';
import type { Meeting } from './meeting.js';
import { addDays, formatMinuteDate, utcToZoned, zonedToUtc } from './zoned-time.js';

/** One carried action as the minutes' action-log review shows it. */
export type ActionReviewRow = {
  action: Action;
  /** Updates recorded since the previous meeting (or the latest before it), oldest first: "20.02.20: Draft circulated". */
  updates: string[];
  /** "Ongoing – revised date 31.03.20", "Completed", "Open – due 10.08.22". */
  status: string;
};

const STATUS_WORDS: Record<ActionStatus, string> = {
  open: 'Open',
  ongoing: 'Ongoing',
  completed: 'Completed',
  closed: 'Closed',
  withdrawn: 'Withdrawn',
};

const isStatus = (value: string | undefined): value is ActionStatus =>
  value !== undefined && value in STATUS_WORDS;

/** Where the meeting's record ends: its end, else the end of its day in the board's zone. */
export const meetingCutoff = (meeting: Meeting): string =>
  meeting.endedAt ?? zonedToUtc(addDays(meeting.date, 1), '00:00', meeting.timeZone).toISOString();

/** The status an action had at an instant, read back from its history. */
export const statusAt = (action: Action, instant: string): ActionStatus => {
  let status = action.status;
  for (const event of [...action.history].reverse()) {
    if (event.at <= instant) break;
    if ((event.kind === 'status' || event.kind === 'update') && isStatus(event.from))
      status = event.from;
  }
  return status;
};

/** The due date an action had at an instant, and whether it had been revised by then. */
export const dueAt = (
  action: Action,
  instant: string,
): { due: string | undefined; revised: boolean } => {
  let due = action.due;
  for (const event of [...action.history].reverse()) {
    if (event.at <= instant) break;
    if (event.kind === 'due') due = event.from;
  }
  const revised = action.history.some(
    (e) => e.kind === 'due' && e.at <= instant && e.from !== undefined && e.from !== e.to,
  );
  return { due, revised };
};

/**
 * Carried into a meeting: raised before it (at an earlier meeting or imported from the board's
 * log) and still open or ongoing when it began. Withdrawn actions were captured in error.
 */
export const isCarriedInto = (action: Action, meeting: Meeting): boolean => {
  if (action.meetingId === meeting.id || action.createdAt >= meeting.startsAt) return false;
  const then = statusAt(action, meeting.startsAt);
  return then === 'open' || then === 'ongoing';
};

const dated = (at: string, text: string, timeZone: string): string =>
  `${formatMinuteDate(utcToZoned(new Date(at), timeZone).date)}: ${text}`;

/**
 * The action-log review of a meeting's minutes: each action carried into it, by number, with the
 * updates recorded since `sinceInstant` (the previous meeting's start; the latest earlier update
 * when there is none since) up to the meeting's end, and its status then — with the revised date
 * when its due date was moved ("Ongoing – revised date 31.03.20").
 */
export const actionReviewRows = (
  actions: readonly Action[],
  meeting: Meeting,
  sinceInstant?: string,
): ActionReviewRow[] => {
  const cutoff = meetingCutoff(meeting);
  return actions
    .filter((a) => isCarriedInto(a, meeting))
    .sort((a, b) => a.number - b.number)
    .map((action) => {
      const said = action.history.filter(
        (e) =>
          e.at <= cutoff &&
          e.text !== undefined &&
          (e.kind === 'update' || (e.kind === 'status' && e.to !== 'withdrawn')),
      );
      const since = said.filter((e) => sinceInstant === undefined || e.at > sinceInstant);
      const shown = since.length > 0 ? since : said.slice(-1);
      const status = statusAt(action, cutoff);
      const { due, revised } = dueAt(action, cutoff);
      const open = status === 'open' || status === 'ongoing';
      const when =
        !open || due === undefined
          ? ''
          : ` – ${revised ? 'revised date' : 'due'} ${formatMinuteDate(due)}`;
      return {
        action,
        updates: shown.map((e) => dated(e.at, e.text ?? '', meeting.timeZone)),
        status: `${STATUS_WORDS[status]}${when}`,
      };
    });
};
