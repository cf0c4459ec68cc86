import type { Board } from '../domain/board.js';
import { todayIn } from '../domain/parse-when.js';
import { forecastRecipients } from '../domain/forecast-recipients.js';
import { followUpsOf } from '../domain/planned-reminders.js';
import type { Reminder } from '../domain/reminder.js';
import type { ReminderFacts, ReminderRecipient } from '../domain/reminder-recipients.js';
import { reminderRecipients } from '../domain/reminder-recipients.js';
import type { ReminderDeps } from './ports.js';
import type { SweepCache } from './sweep-cache.js';

/** A reminder that came up: cancelled, or sent to these recipients, then followed by these. */
export type ReminderJob =
  | { kind: 'cancel'; outcome: string }
  | { kind: 'send'; board: Board; recipients: ReminderRecipient[]; followUps: Reminder[] };

/** Reads what the reminder's kind needs to decide on: its action, the actions, or its meeting. */
const readFacts = async (
  deps: ReminderDeps,
  cache: SweepCache,
  base: ReminderFacts,
): Promise<ReminderFacts> => {
  const { reminder, board } = base;
  switch (reminder.kind) {
    case 'digest':
      return { ...base, actions: await deps.actions.listOverdueOrUndated(board.id, base.today) };
    case 'papers':
    case 'forecast': {
      const meeting =
        reminder.meetingId === undefined
          ? undefined
          : await deps.meetings.findById(board.id, reminder.meetingId);
      return meeting === undefined ? base : { ...base, meeting };
    }
    case 'ask-date':
    case 'before':
    case 'due':
    case 'overdue':
    case 'escalation':
    case 'notice': {
      const action =
        reminder.actionId === undefined ? undefined : await cache.action(board, reminder.actionId);
      return action === undefined ? base : { ...base, action };
    }
  }
};

/**
 * Decides what a reminder still means now (domain/reminder-recipients.ts) from what it reads, and
 * what is to follow it once sent.
 */
export const planReminderJob = async (
  deps: ReminderDeps,
  cache: SweepCache,
  reminder: Reminder,
  now: Date,
): Promise<ReminderJob> => {
  const board = await cache.board(reminder);
  if (board === undefined) return { kind: 'cancel', outcome: 'board-gone' };
  const today = todayIn(now, board.rules.timeZone);
  const nextMeeting = await cache.nextMeeting(board, today);
  const facts = await readFacts(deps, cache, {
    reminder,
    board,
    today,
    ...(nextMeeting !== undefined && { nextMeeting }),
  });
  const decision =
    reminder.kind === 'forecast' ? forecastRecipients(facts) : reminderRecipients(facts);
  if (decision.kind === 'cancel') return decision;
  return {
    kind: 'send',
    board,
    recipients: decision.recipients,
    followUps: followUpsOf(board, reminder, facts.action, now),
  };
};
