import type { Action } from './action.js';
import { isOpen } from './action.js';
import type { Board } from './board.js';
import { reminderPolicyOf } from './board.js';
import type { ActionId } from './ids.js';
import type { Meeting } from './meeting.js';
import { todayIn } from './parse-when.js';
import type { Reminder, ReminderKind } from './reminder.js';
import { reminderId } from './reminder.js';
import type { PlannedReminder } from './reminder-policy.js';
import {
  nextDigestDate,
  nextOverdueReminder,
  paperChaseDate,
  planActionReminders,
  planDateRequest,
  sendTime,
  utcDay,
} from './reminder-policy.js';
import type { CalendarDate } from './zoned-time.js';

/**
 * A reminder to store, pending. Its id is made of its kind, `idParts` and its local date, so
 * planning the same reminder twice stores one.
 */
const reminderDoc = (
  board: Board,
  when: { kind: ReminderKind; fireAt: Date; localDate: CalendarDate; now: Date },
  idParts: readonly string[],
  extra: Partial<Reminder>,
): Reminder => ({
  id: reminderId([when.kind, ...idParts, when.localDate]),
  tenantId: board.tenantId,
  boardId: board.id,
  kind: when.kind,
  dueDay: utcDay(when.fireAt),
  fireAt: when.fireAt.toISOString(),
  localDate: when.localDate,
  status: 'pending',
  attempts: 0,
  deliveries: {},
  createdAt: when.now.toISOString(),
  updatedAt: when.now.toISOString(),
  ...extra,
});

/** One reminder of an action's chase, against the due date it was planned for. */
const chaseDoc = (
  board: Board,
  { actionId, due }: { actionId: ActionId; due: CalendarDate },
  p: PlannedReminder,
  now: Date,
): Reminder =>
  reminderDoc(board, { ...p, now }, [actionId, due], {
    actionId,
    plannedFor: due,
    daysFromDue: p.daysFromDue,
  });

/**
 * An open action's next reminders: a dated action's next owner reminder and its escalation; an
 * undated one's request to its owners for a date, some days after it was recorded. Each sent owner
 * reminder plans the one after (`followingOwnerReminder`), so an action has at most two pending.
 */
export const actionReminders = (board: Board, action: Action, now: Date): Reminder[] => {
  if (!isOpen(action)) return [];
  const policy = reminderPolicyOf(board);
  const timeZone = board.rules.timeZone;
  if (action.due === undefined) {
    const recordedOn = todayIn(new Date(action.createdAt), timeZone);
    const ask = planDateRequest({ recordedOn, now, policy, timeZone });
    return ask === undefined
      ? []
      : [
          reminderDoc(board, { ...ask, kind: 'ask-date', now }, [action.id], {
            actionId: action.id,
          }),
        ];
  }
  const chase = { actionId: action.id, due: action.due };
  const plan = planActionReminders({ due: action.due, now, policy, timeZone });
  return [plan.find((p) => p.kind !== 'escalation'), plan.find((p) => p.kind === 'escalation')]
    .filter((p): p is PlannedReminder => p !== undefined)
    .map((p) => chaseDoc(board, chase, p, now));
};

/** The owner reminder after one just sent: the next before/due one, else the next overdue one. */
const followingOwnerReminder = (
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
  return next === undefined ? undefined : chaseDoc(board, { actionId: action.id, due }, next, now);
};

/** The board's weekly overdue digest for the coordinators, after `afterDate`. */
export const digestReminder = (
  board: Board,
  afterDate: CalendarDate,
  now: Date,
): Reminder | undefined => {
  const policy = reminderPolicyOf(board);
  const localDate = nextDigestDate(afterDate, policy);
  if (localDate === undefined) return undefined;
  const fireAt = sendTime(localDate, policy, board.rules.timeZone);
  return reminderDoc(board, { kind: 'digest', fireAt, localDate, now }, [board.id], {});
};

/** What follows a reminder once it is sent: an owner reminder's next, next week's digest. */
export const followUpsOf = (
  board: Board,
  sent: Reminder,
  action: Action | undefined,
  now: Date,
): Reminder[] => {
  const following =
    sent.kind === 'digest'
      ? digestReminder(board, sent.localDate, now)
      : action !== undefined &&
          (sent.kind === 'before' || sent.kind === 'due' || sent.kind === 'overdue')
        ? followingOwnerReminder(board, action, sent, now)
        : undefined;
  return following === undefined ? [] : [following];
};

/** The chase of a planned meeting's missing papers, before the paper deadline; none once past. */
export const paperChaserReminder = (
  board: Board,
  meeting: Meeting,
  now: Date,
): Reminder | undefined => {
  if (meeting.status !== 'planned') return undefined;
  const policy = reminderPolicyOf(board);
  const localDate = paperChaseDate(meeting.date, board.rules.paperDeadlineDays, policy);
  const fireAt = sendTime(localDate, policy, board.rules.timeZone);
  if (fireAt.getTime() < now.getTime()) return undefined;
  return reminderDoc(
    board,
    { kind: 'papers', fireAt, localDate, now },
    [meeting.id, meeting.date],
    { meetingId: meeting.id, plannedFor: meeting.date },
  );
};

/** Something to tell people at once; `key` makes a retried click plan one notice. */
export const noticeReminder = (
  board: Board,
  about: { action: Action; notice: NonNullable<Reminder['notice']>; key: string },
  now: Date,
): Reminder => {
  const { action, notice, key } = about;
  const localDate = todayIn(now, board.rules.timeZone);
  return reminderDoc(
    board,
    { kind: 'notice', fireAt: now, localDate, now },
    [notice.kind, action.id, key],
    { actionId: action.id, notice },
  );
};
