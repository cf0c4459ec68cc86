import type { CalendarDate } from './zoned-time.js';
import { addDays, calendarDate } from './zoned-time.js';

/** Calendar arithmetic on board-local dates (no zone, no clock): the ends due dates fall on. */
export const pad = (n: number): string => String(n).padStart(2, '0');
export const parts = (date: CalendarDate): [number, number, number] => {
  const [y, m, d] = date.split('-').map(Number);
  return [y ?? 0, m ?? 0, d ?? 0];
};
export const lastDay = (year: number, month: number): CalendarDate =>
  calendarDate(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
export const weekday = (date: CalendarDate): number => {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
};
/** The first Friday on or after `date`. */
export const comingFriday = (date: CalendarDate): CalendarDate =>
  addDays(date, (5 - weekday(date) + 7) % 7);
export const addMonths = (date: CalendarDate, months: number): CalendarDate => {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const end = Number(lastDay(year, month).slice(8));
  return calendarDate(year, month, Math.min(d, end));
};
export const fullYear = (raw: string): number =>
  raw.length === 2 ? 2000 + Number(raw) : Number(raw);
/** The end of `month` in `year`, or the next end of that month on or after `reference`. */
export const endOfMonth = (month: number, year: string | undefined, reference: CalendarDate) => {
  if (year !== undefined) return lastDay(fullYear(year), month);
  const [ry, rm] = parts(reference);
  return lastDay(month >= rm ? ry : ry + 1, month);
};
export const endOfNextMonth = (reference: CalendarDate): CalendarDate => {
  const [y, m] = parts(addMonths(`${reference.slice(0, 8)}01`, 1));
  return lastDay(y, m);
};
export const endOfQuarter = (reference: CalendarDate, ahead: number): CalendarDate => {
  const [y, m] = parts(reference);
  const index = y * 4 + Math.floor((m - 1) / 3) + ahead;
  return lastDay(Math.floor(index / 4), (index % 4) * 3 + 3);
};
export const endOfFinancialYear = (reference: CalendarDate): CalendarDate => {
  const [y, m] = parts(reference);
  return lastDay(m <= 3 ? y : y + 1, 3);
};

/** Working days: weekends skipped, bank holidays unknown, so only ever a guess. */
export const afterWorkingDays = (count: number, from: CalendarDate): CalendarDate => {
  let date = from;
  for (let left = count; left > 0;) {
    date = addDays(date, 1);
    if (weekday(date) !== 0 && weekday(date) !== 6) left -= 1;
  }
  return date;
};
