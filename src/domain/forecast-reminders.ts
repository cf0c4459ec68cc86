import type { Board } from './board.js';
import { reminderPolicyOf } from './board.js';
import type { Meeting } from './meeting.js';
import type { Reminder } from './reminder.js';
import { reminderId } from './reminder.js';
import type { ReminderPolicy } from './reminder-policy.js';
import { isoWeekday, sendTime, utcDay } from './reminder-policy.js';
import type { CalendarDate } from './zoned-time.js';
import { addDays } from './zoned-time.js';

/** The forecast goes out this many working days before the meeting. */
export const FORECAST_WORKING_DAYS = [3, 1] as const;

const isWorkingDay = (date: CalendarDate, policy: ReminderPolicy): boolean =>
  policy.workingDays.length === 0 || policy.workingDays.includes(isoWeekday(date));

/**
 * The date `count` working days (the board's reminder working days; Quorate knows no bank
 * holidays) before `date`: 1 working day before a Monday meeting is the Friday.
 */
export const workingDaysBefore = (
  date: CalendarDate,
  count: number,
  policy: ReminderPolicy,
): CalendarDate => {
  let day = date;
  for (let left = count, guard = 0; left > 0 && guard < 366; guard += 1) {
    day = addDays(day, -1);
    if (isWorkingDay(day, policy)) left -= 1;
  }
  return day;
};

/**
 * The quorum forecast's sends for a planned meeting: 3 and 1 working days before it, at the
 * board's reminder time; those already past are left out. Ids name the meeting, its date and the
 * threshold, so planning twice (or after a restart) stores each once, and a moved meeting gets
 * new ones while the old ones cancel themselves (`plannedFor` no longer matches).
 */
export const forecastReminders = (board: Board, meeting: Meeting, now: Date): Reminder[] => {
  if (meeting.status !== 'planned') return [];
  const policy = reminderPolicyOf(board);
  return FORECAST_WORKING_DAYS.flatMap((days) => {
    const localDate = workingDaysBefore(meeting.date, days, policy);
    const fireAt = sendTime(localDate, policy, board.rules.timeZone);
    if (fireAt.getTime() < now.getTime()) return [];
    const at = now.toISOString();
    return [
      {
        id: reminderId(['forecast', meeting.id, meeting.date, String(days)]),
        tenantId: board.tenantId,
        boardId: board.id,
        kind: 'forecast',
        dueDay: utcDay(fireAt),
        fireAt: fireAt.toISOString(),
        localDate,
        meetingId: meeting.id,
        plannedFor: meeting.date,
        daysFromDue: -days,
        status: 'pending',
        attempts: 0,
        deliveries: {},
        createdAt: at,
        updatedAt: at,
      } satisfies Reminder,
    ];
  });
};
