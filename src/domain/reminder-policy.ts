import type { CalendarDate, WallTime } from './zoned-time.js';
import { addDays, zonedToUtc } from './zoned-time.js';

/** When a board chases its actions and papers (DESIGN.md §1, Reminders). */
export type ReminderPolicy = {
  /** Days before the due date, e.g. [7, 1]. */
  daysBefore: number[];
  onDueDate: boolean;
  /** Repeat while overdue, every this many days; 0: never. */
  overdueEveryDays: number;
  /** Tell the chair and coordinators once an action is this many days overdue; 0: never. */
  escalateAfterDays: number;
  sendAt: WallTime;
  /** ISO weekdays on which reminders go out: 1 = Monday … 7 = Sunday. */
  workingDays: number[];
  /** ISO weekday of the coordinators' overdue digest; 0: no digest. */
  digestWeekday: number;
  /** Presenters whose papers are missing are chased this many days before the paper deadline. */
  paperChaseDays: number;
  /**
   * An undated action's owners are asked for a date this many days after it was recorded; 0: never.
   * Absent on policies saved before it existed: the default applies.
   */
  askForDateAfterDays?: number;
};

export const DEFAULT_REMINDER_POLICY: ReminderPolicy = {
  daysBefore: [7, 1],
  onDueDate: true,
  overdueEveryDays: 7,
  escalateAfterDays: 14,
  sendAt: '09:00',
  workingDays: [1, 2, 3, 4, 5],
  digestWeekday: 1,
  paperChaseDays: 2,
  askForDateAfterDays: 7,
};

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export const isoWeekday = (date: CalendarDate): number => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return day === 0 ? 7 : day;
};

const isWorkingDay = (date: CalendarDate, policy: ReminderPolicy): boolean =>
  policy.workingDays.length === 0 || policy.workingDays.includes(isoWeekday(date));

/** The date itself when it is a working day, else the nearest one in `direction`. */
export const toWorkingDay = (
  date: CalendarDate,
  policy: ReminderPolicy,
  direction: -1 | 1,
): CalendarDate => {
  let day = date;
  for (let i = 0; i < 7 && !isWorkingDay(day, policy); i += 1) day = addDays(day, direction);
  return day;
};

export type ActionReminderKind = 'before' | 'due' | 'overdue' | 'escalation';

export type PlannedReminder = {
  kind: ActionReminderKind;
  /** The board-local day it goes out. */
  localDate: CalendarDate;
  /** Days from the due date: negative before it, 0 on it, positive overdue. */
  daysFromDue: number;
  fireAt: Date;
};

/** Whole days from one calendar date to another (negative when `to` is earlier). */
export const dayDiff = (from: CalendarDate, to: CalendarDate): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** The instant a reminder goes out on a board-local day: the policy's send time there. */
export const sendTime = (localDate: CalendarDate, policy: ReminderPolicy, timeZone: string): Date =>
  zonedToUtc(localDate, policy.sendAt, timeZone);

/** An action's due date and the board's rules, which every reminder of its chase is planned by. */
type Chase = { due: CalendarDate; policy: ReminderPolicy; timeZone: string };

const planned = (
  kind: ActionReminderKind,
  localDate: CalendarDate,
  { due, policy, timeZone }: Chase,
): PlannedReminder => ({
  kind,
  localDate,
  daysFromDue: dayDiff(due, localDate),
  fireAt: sendTime(localDate, policy, timeZone),
});

/**
 * The first overdue reminder after `afterDate` (board-local): due + k × every days, moved to the
 * next working day. The series continues one at a time: each sent overdue reminder plans the next.
 */
export const nextOverdueReminder = (
  due: CalendarDate,
  afterDate: CalendarDate,
  policy: ReminderPolicy,
  timeZone: string,
): PlannedReminder | undefined => {
  if (policy.overdueEveryDays <= 0) return undefined;
  for (let k = 1; k < 10_000; k += 1) {
    const date = toWorkingDay(addDays(due, k * policy.overdueEveryDays), policy, 1);
    if (date > afterDate) return planned('overdue', date, { due, policy, timeZone });
  }
  return undefined;
};

/**
 * An action's reminders still to come after `now`: before the due date (moved back to a working
 * day, so they arrive before it), on the due date (a weekend due date is chased on the Friday
 * before), the first overdue one and the escalation. Two on the same day collapse into the more
 * urgent one.
 */
export const planActionReminders = (input: {
  due: CalendarDate;
  now: Date;
  policy: ReminderPolicy;
  timeZone: string;
}): PlannedReminder[] => {
  const { due, policy } = input;
  const byDate = new Map<CalendarDate, PlannedReminder>();
  const before = [...new Set(policy.daysBefore.filter((d) => d > 0))].sort((a, b) => b - a);
  for (const days of before) {
    const date = toWorkingDay(addDays(due, -days), policy, -1);
    byDate.set(date, planned('before', date, input));
  }
  if (policy.onDueDate) {
    const date = toWorkingDay(due, policy, -1);
    byDate.set(date, planned('due', date, input));
  }
  const reminders = [...byDate.values()];
  const overdue = nextOverdueReminder(due, due, policy, input.timeZone);
  if (overdue !== undefined) reminders.push(overdue);
  if (policy.escalateAfterDays > 0) {
    const date = toWorkingDay(addDays(due, policy.escalateAfterDays), policy, 1);
    reminders.push(planned('escalation', date, input));
  }
  return reminders
    .filter((r) => r.fireAt.getTime() >= input.now.getTime())
    .sort((a, b) => a.fireAt.getTime() - b.fireAt.getTime());
};

/**
 * When an undated action's owners are asked for a date: `askForDateAfterDays` after the day it was
 * recorded (board-local), moved to the next working day. Undefined when the board asks never, or
 * that moment has passed (a late retry, an action reopened long after): the weekly digest still
 * lists it.
 */
export const planDateRequest = (input: {
  recordedOn: CalendarDate;
  now: Date;
  policy: ReminderPolicy;
  timeZone: string;
}): { localDate: CalendarDate; fireAt: Date } | undefined => {
  const { policy } = input;
  const after = policy.askForDateAfterDays ?? DEFAULT_REMINDER_POLICY.askForDateAfterDays ?? 0;
  if (after <= 0) return undefined;
  const localDate = toWorkingDay(addDays(input.recordedOn, after), policy, 1);
  const fireAt = sendTime(localDate, policy, input.timeZone);
  return fireAt.getTime() < input.now.getTime() ? undefined : { localDate, fireAt };
};

/** The next weekly digest strictly after `afterDate`, or undefined when digests are off. */
export const nextDigestDate = (
  afterDate: CalendarDate,
  policy: ReminderPolicy,
): CalendarDate | undefined => {
  if (policy.digestWeekday < 1 || policy.digestWeekday > 7) return undefined;
  let date = addDays(afterDate, 1);
  while (isoWeekday(date) !== policy.digestWeekday) date = addDays(date, 1);
  return date;
};

/** The day presenters with missing papers are chased: before the deadline, on a working day. */
export const paperChaseDate = (
  meetingDate: CalendarDate,
  paperDeadlineDays: number,
  policy: ReminderPolicy,
): CalendarDate =>
  toWorkingDay(addDays(meetingDate, -(paperDeadlineDays + policy.paperChaseDays)), policy, -1);

/** The UTC day of an instant: the partition a reminder lives in. */
export const utcDay = (instant: Date): string => instant.toISOString().slice(0, 10);
