import type { Action } from './action.js';
import { isOverdue } from './action.js';
import type { AgencyFigures } from './attendance-report.js';
import { attendanceByAgency } from './attendance-report.js';
import type { Board } from './board.js';
import type { Meeting } from './meeting.js';
import type { CalendarDate } from './zoned-time.js';

export type AnnualReport = {
  /** "2022-23": 1 April 2022 to 31 March 2023. */
  year: string;
  from: CalendarDate;
  to: CalendarDate;
  meetingsHeld: number;
  agencies: AgencyFigures[];
  /** Share of represented meetings where only a deputy came, over all agencies. */
  deputyRate?: number;
  actions: { raised: number; completed: number; completedOnTime: number; overdue: number };
};

/** The reporting year containing `date` (April to March). */
export const reportingYearOf = (date: CalendarDate): string => {
  const year = Number(date.slice(0, 4));
  const start = Number(date.slice(5, 7)) >= 4 ? year : year - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
};

/** The dates of a reporting year ("2026-27": 1 April 2026 to 31 March 2027). */
export const reportingPeriod = (year: string): { from: CalendarDate; to: CalendarDate } => {
  const start = Number(year.slice(0, 4));
  return { from: `${start}-04-01`, to: `${start + 1}-03-31` };
};

/**
 * The reporting year's first and last days, and the day its overdue actions are counted on: the
 * year end, or today while the year is running.
 */
export const reportingRange = (
  year: string,
  today: CalendarDate,
): { from: CalendarDate; to: CalendarDate; asAt: CalendarDate } => {
  const { from, to } = reportingPeriod(year);
  return { from, to, asAt: today < to ? today : to };
};

/** The annual-report figures the statutory report asks for, counted in code (no GROUP BY locally). */
export const annualReport = (
  board: Board,
  meetings: readonly Meeting[],
  actions: readonly Action[],
  year: string,
  today: CalendarDate,
): AnnualReport => {
  const { from, to, asAt } = reportingRange(year, today);
  const held = meetings.filter((m) => m.status !== 'planned' && m.date >= from && m.date <= to);
  const agencies = attendanceByAgency(board, held, from, to);
  const represented = agencies.reduce((n, a) => n + a.represented, 0);
  const deputyOnly = agencies.reduce((n, a) => n + a.byDeputyOnly, 0);
  const inYear = (iso: string): boolean => iso.slice(0, 10) >= from && iso.slice(0, 10) <= to;
  /** Overdue is counted at the year end, or today while the year is running (statuses as they stand). */
  /** A withdrawn action was recorded in error: it was never raised. */
  const raised = actions.filter((a) => a.status !== 'withdrawn' && inYear(a.createdAt));
  const completion = (a: Action) =>
    [...a.history].reverse().find((e) => e.kind === 'status' && e.to === 'completed');
  const completed = actions.filter(
    (a) => a.status === 'completed' && inYear(completion(a)?.at ?? ''),
  );
  const onTime = completed.filter(
    (a) => a.due === undefined || (completion(a)?.at.slice(0, 10) ?? '') <= a.due,
  );
  return {
    year,
    from,
    to,
    meetingsHeld: held.length,
    agencies,
    ...(represented > 0 && { deputyRate: deputyOnly / represented }),
    actions: {
      raised: raised.length,
      completed: completed.length,
      completedOnTime: onTime.length,
      overdue: actions.filter((a) => a.createdAt.slice(0, 10) <= to && isOverdue(a, asAt)).length,
    },
  };
};
