import type { Action } from '../domain/action.js';
import type { Board } from '../domain/board.js';
import { forecastReminders } from '../domain/forecast-reminders.js';
import type { Meeting } from '../domain/meeting.js';
import { todayIn } from '../domain/parse-when.js';
import {
  actionReminders,
  digestReminder,
  noticeReminder,
  paperChaserReminder,
} from '../domain/planned-reminders.js';
import type { Reminder } from '../domain/reminder.js';
import type { Deps } from './ports.js';

type PlanDeps = Pick<Deps, 'reminders' | 'clock'>;

/** Stores what was planned (deterministic ids: planning twice stores one); how many are new. */
const plan = (deps: PlanDeps, docs: readonly (Reminder | undefined)[]): Promise<number> => {
  const planned = docs.filter((d): d is Reminder => d !== undefined);
  return planned.length === 0 ? Promise.resolve(0) : deps.reminders.plan(planned);
};

/**
 * Plans an open action's chase (domain/planned-reminders.ts `actionReminders`). A reminder planned
 * for an old due date, or for an action since completed or closed, is cancelled when it comes up;
 * dating an undated action cancels its request for a date.
 */
export const scheduleActionReminders = async (
  deps: PlanDeps,
  board: Board,
  action: Action,
): Promise<number> => plan(deps, actionReminders(board, action, deps.clock.now()));

export const scheduleDigest = async (deps: PlanDeps, board: Board): Promise<number> => {
  const now = deps.clock.now();
  return plan(deps, [digestReminder(board, todayIn(now, board.rules.timeZone), now)]);
};

/** Presenters whose papers are missing are chased before the paper deadline. */
export const schedulePaperChaser = async (
  deps: PlanDeps,
  board: Board,
  meeting: Meeting,
): Promise<number> => plan(deps, [paperChaserReminder(board, meeting, deps.clock.now())]);

/**
 * Something to tell people now (a proposed date, its answer, "not mine"), sent by the next sweep.
 * `key` makes a retried click plan one notice.
 */
export const planNotice = async (
  deps: PlanDeps,
  board: Board,
  about: { action: Action; notice: NonNullable<Reminder['notice']>; key: string },
): Promise<number> => plan(deps, [noticeReminder(board, about, deps.clock.now())]);

/**
 * A new or moved meeting: chase its papers before the new paper deadline, and forecast its quorum
 * 3 and 1 working days before it (domain/forecast-reminders.ts).
 */
export const scheduleMeetingReminders = async (
  deps: PlanDeps,
  board: Board,
  meeting: Meeting,
): Promise<void> => {
  await plan(deps, [
    paperChaserReminder(board, meeting, deps.clock.now()),
    ...forecastReminders(board, meeting, deps.clock.now()),
  ]);
};
