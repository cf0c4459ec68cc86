import type { Action } from '../domain/action.js';
import { isOpen } from '../domain/action.js';
import type { Board } from '../domain/board.js';
import { reminderPolicyOf } from '../domain/board.js';
import type { Meeting } from '../domain/meeting.js';
import { todayIn } from '../domain/parse-when.js';
import type { NoticeKind, Reminder, ReminderKind } from '../domain/reminder.js';
import { reminderId } from '../domain/reminder.js';
import type { PlannedReminder } from '../domain/reminder-policy.js';
import {
  nextDigestDate,
  nextOverdueReminder,
  paperChaseDate,
  planActionReminders,
  planDateRequest,
  utcDay,
} from '../domain/reminder-policy.js';
import type { CalendarDate } from '../domain/zoned-time.js';
import { zonedToUtc } from '../domain/zoned-time.js';
import type { Deps } from './ports.js';

const reminderDoc = (
  board: Board,
  kind: ReminderKind,
  fireAt: Date,
  localDate: CalendarDate,
  idParts: readonly string[],
  extra: Partial<Reminder>,
  now: Date,
): Reminder => ({
  id: reminderId([kind, ...idParts, localDate]),
  tenantId: board.tenantId,
  boardId: board.id,
  kind,
  dueDay: utcDay(fireAt),
  fireAt: fireAt.toISOString(),
  localDate,
  status: 'pending',
  attempts: 0,
  deliveries: {},
  createdAt: now.toISOString(),
  updatedAt: now.toISOString(),
  ...extra,
});

const fromPlan = (board: Board, action: Action, due: CalendarDate, p: PlannedReminder, now: Date) =>
  reminderDoc(
    board,
    p.kind,
    p.fireAt,
    p.localDate,
    [action.id, due],
    { actionId: action.id, plannedFor: due, daysFromDue: p.daysFromDue },
    now,
  );

/**
 * Plans an open action's chase. A dated action: its next owner reminder and its escalation, as
 * documents with deterministic ids (planning twice stores one). Each sent owner reminder plans the
 * one after, so an action has at most two pending reminders however long it stays overdue. A
 * reminder planned for an old due date, or for an action since completed or closed, is cancelled
 * when it comes up. An undated action: one request to its owners for a date, some days after it
 * was recorded; dating the action cancels it.
 */
export const scheduleActionReminders = async (
  deps: Pick<Deps, 'reminders' | 'clock'>,
  board: Board,
  action: Action,
): Promise<number> => {
  if (!isOpen(action)) return 0;
  const now = deps.clock.now();
  const policy = reminderPolicyOf(board);
  const timeZone = board.rules.timeZone;
  const dueDate = action.due;
  if (dueDate === undefined) {
    const ask = planDateRequest({
      recordedOn: todayIn(new Date(action.createdAt), timeZone),
      now,
      policy,
      timeZone,
    });
    if (ask === undefined) return 0;
    return deps.reminders.plan([
      reminderDoc(
        board,
        'ask-date',
        ask.fireAt,
        ask.localDate,
        [action.id],
        { actionId: action.id },
        now,
      ),
    ]);
  }
  const plan = planActionReminders({ due: dueDate, now, policy, timeZone });
  const owner = plan.find((p) => p.kind !== 'escalation');
  const escalation = plan.find((p) => p.kind === 'escalation');
  const docs = [owner, escalation]
    .filter((p): p is PlannedReminder => p !== undefined)
    .map((p) => fromPlan(board, action, dueDate, p, now));
  return docs.length === 0 ? 0 : deps.reminders.plan(docs);
};

/** The owner reminder after one just sent: the next before/due one, else the next overdue one. */
export const followingOwnerReminder = (
  board: Board,
  action: Action,
  sent: Reminder,
  now: Date,
): Reminder | undefined => {
  const due = sent.plannedFor;
  if (due === undefined) return undefined;
  const policy = reminderPolicyOf(board);
  const next =
    planActionReminders({ due, now, policy, timeZone: board.rules.timeZone }).find(
      (p) => p.kind !== 'escalation' && p.kind !== 'overdue' && p.localDate > sent.localDate,
    ) ?? nextOverdueReminder(due, sent.localDate, policy, board.rules.timeZone);
  return next === undefined ? undefined : fromPlan(board, action, due, next, now);
};

/** The board's weekly overdue digest for the coordinators, after `afterDate`. */
export const digestReminder = (
  board: Board,
  afterDate: CalendarDate,
  now: Date,
): Reminder | undefined => {
  const policy = reminderPolicyOf(board);
  const date = nextDigestDate(afterDate, policy);
  if (date === undefined) return undefined;
  return reminderDoc(
    board,
    'digest',
    zonedToUtc(date, policy.sendAt, board.rules.timeZone),
    date,
    [board.id],
    {},
    now,
  );
};

export const scheduleDigest = async (
  deps: Pick<Deps, 'reminders' | 'clock'>,
  board: Board,
): Promise<number> => {
  const now = deps.clock.now();
  const digest = digestReminder(board, todayIn(now, board.rules.timeZone), now);
  return digest === undefined ? 0 : deps.reminders.plan([digest]);
};

/** Presenters whose papers are missing are chased before the paper deadline. */
export const schedulePaperChaser = async (
  deps: Pick<Deps, 'reminders' | 'clock'>,
  board: Board,
  meeting: Meeting,
): Promise<number> => {
  if (meeting.status !== 'planned') return 0;
  const now = deps.clock.now();
  const policy = reminderPolicyOf(board);
  const date = paperChaseDate(meeting.date, board.rules.paperDeadlineDays, policy);
  const fireAt = zonedToUtc(date, policy.sendAt, board.rules.timeZone);
  if (fireAt.getTime() < now.getTime()) return 0;
  return deps.reminders.plan([
    reminderDoc(
      board,
      'papers',
      fireAt,
      date,
      [meeting.id, meeting.date],
      { meetingId: meeting.id, plannedFor: meeting.date },
      now,
    ),
  ]);
};

/**
 * Something to tell people now (a proposed date, its answer, "not mine"), sent by the next sweep.
 * `key` makes a retried click plan one notice.
 */
export const planNotice = async (
  deps: Pick<Deps, 'reminders' | 'clock'>,
  board: Board,
  action: Action,
  notice: NonNullable<Reminder['notice']>,
  key: string,
): Promise<number> => {
  const now = deps.clock.now();
  const kind: NoticeKind = notice.kind;
  return deps.reminders.plan([
    reminderDoc(
      board,
      'notice',
      now,
      todayIn(now, board.rules.timeZone),
      [kind, action.id, key],
      { actionId: action.id, notice },
      now,
    ),
  ]);
};

/** A new or moved meeting: chase its papers before the new paper deadline. */
export const scheduleMeetingReminders = async (
  deps: Pick<Deps, 'reminders' | 'clock'>,
  board: Board,
  meeting: Meeting,
): Promise<void> => {
  await schedulePaperChaser(deps, board, meeting);
};
