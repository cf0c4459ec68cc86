/** A calendar date, `yyyy-mm-dd`, meaningful only with the board's time zone. */
export type CalendarDate = string;
/** A wall-clock time, `HH:mm`. */
export type WallTime = string;

const pad = (n: number): string => String(n).padStart(2, '0');

export const isCalendarDate = (value: string): boolean => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

export const calendarDate = (year: number, month: number, day: number): CalendarDate =>
  `${year}-${pad(month)}-${pad(day)}`;

type ClockField = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second';

/** The wall clock of `timeZone` at `instant`, field by field as Intl gives it ('2026', '03', …). */
const wallClock = (instant: Date, timeZone: string): ((field: ClockField) => string) => {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  return (field) => parts.find((p) => p.type === field)?.value ?? '00';
};

/** The offset of `timeZone` from UTC at `instant`, in minutes (Europe/London: 0 or 60). */
const offsetMinutes = (instant: Date, timeZone: string): number => {
  const clock = wallClock(instant, timeZone);
  const get = (field: ClockField): number => Number(clock(field));
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
};

/**
 * The UTC instant of a wall-clock time on a date in a zone. A time skipped by the spring clock
 * change (01:30 on 29 March 2026 in London) moves forward an hour; a repeated autumn time takes
 * its first occurrence.
 */
export const zonedToUtc = (date: CalendarDate, time: WallTime, timeZone: string): Date => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const naive = Date.UTC(y, m - 1, d, hh, mm);
  const before = offsetMinutes(new Date(naive - 12 * 3_600_000), timeZone);
  const after = offsetMinutes(new Date(naive + 12 * 3_600_000), timeZone);
  const valid = [...new Set([before, after])]
    .map((offset) => naive - offset * 60_000)
    .filter((candidate) => {
      const local = utcToZoned(new Date(candidate), timeZone);
      return local.date === date && local.time === time;
    });
  if (valid.length > 0) return new Date(Math.min(...valid));
  return new Date(naive - before * 60_000);
};

/** The calendar date and wall time of an instant in a zone. */
export const utcToZoned = (
  instant: Date,
  timeZone: string,
): { date: CalendarDate; time: WallTime } => {
  const get = wallClock(instant, timeZone);
  return {
    date: `${get('year')}-${get('month')}-${get('day')}`,
    time: `${get('hour')}:${get('minute')}`,
  };
};

export const addDays = (date: CalendarDate, days: number): CalendarDate => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + days));
  return calendarDate(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
};

export const addMinutes = (time: WallTime, minutes: number): WallTime => {
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const total = (((hh * 60 + mm + minutes) % 1440) + 1440) % 1440;
  return `${pad(Math.floor(total / 60))}:${pad(total % 60)}`;
};

/** English month names, January first. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "Wednesday 13 July 2022" */
export const formatLongDate = (date: CalendarDate): string => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] ?? '';
  return `${weekday} ${d} ${MONTHS[m - 1] ?? ''} ${y}`;
};

/** "13.07.22", the form UK minutes use in action references. */
export const formatMinuteDate = (date: CalendarDate): string => {
  const [y, m, d] = date.split('-') as [string, string, string];
  return `${d}.${m}.${y.slice(2)}`;
};

/** "14:00" → "2pm", "14:30" → "2.30pm", as minutes write times. */
export const formatTime = (time: WallTime): string => {
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const suffix = hh >= 12 ? 'pm' : 'am';
  const hour = hh % 12 === 0 ? 12 : hh % 12;
  return mm === 0 ? `${hour}${suffix}` : `${hour}.${pad(mm)}${suffix}`;
};

/** An instant as the clock read in the zone: "2.05pm". */
export const instantTime = (iso: string, timeZone: string): string =>
  formatTime(utcToZoned(new Date(iso), timeZone).time);
