import { describe, expect, it } from 'vitest';
import { parseWhen } from '../../src/domain/parse-when.js';
import { parseMeetingSpec } from '../../src/domain/meeting-spec.js';
import {
  addDays,
  formatLongDate,
  formatMinuteDate,
  formatTime,
  isCalendarDate,
  utcToZoned,
  zonedToUtc,
} from '../../src/domain/zoned-time.js';

const LONDON = 'Europe/London';

describe('zonedToUtc / utcToZoned around the 2026 clock changes', () => {
  it.each([
    ['2026-03-28', '09:00', '2026-03-28T09:00:00.000Z'],
    ['2026-03-29', '00:30', '2026-03-29T00:30:00.000Z'],
    ['2026-03-29', '01:30', '2026-03-29T01:30:00.000Z'],
    ['2026-03-29', '02:30', '2026-03-29T01:30:00.000Z'],
    ['2026-03-29', '09:00', '2026-03-29T08:00:00.000Z'],
    ['2026-10-25', '00:30', '2026-10-24T23:30:00.000Z'],
    ['2026-10-25', '01:30', '2026-10-25T00:30:00.000Z'],
    ['2026-10-25', '09:00', '2026-10-25T09:00:00.000Z'],
    ['2022-07-13', '14:00', '2022-07-13T13:00:00.000Z'],
  ])('%s %s London is %s', (date, time, iso) => {
    expect(zonedToUtc(date, time, LONDON).toISOString()).toBe(iso);
  });

  it('round-trips every half hour across both changes', () => {
    for (const day of ['2026-03-29', '2026-10-25']) {
      for (let h = 3; h < 24; h += 1) {
        for (const m of ['00', '30']) {
          const time = `${String(h).padStart(2, '0')}:${m}`;
          expect(utcToZoned(zonedToUtc(day, time, LONDON), LONDON)).toEqual({ date: day, time });
        }
      }
    }
  });
});

describe('calendar helpers', () => {
  it.each([
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['26-01-01', false],
  ])('%s is a date: %s', (value, ok) => {
    expect(isCalendarDate(value)).toBe(ok);
  });

  it.each([
    ['2026-03-01', -7, '2026-02-22'],
    ['2024-03-07', -7, '2024-02-29'],
    ['2026-12-28', 7, '2027-01-04'],
  ])('%s %+i days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('formats like the minutes do', () => {
    expect(formatLongDate('2022-07-13')).toBe('Wednesday 13 July 2022');
    expect(formatMinuteDate('2019-10-23')).toBe('23.10.19');
    expect([
      formatTime('14:00'),
      formatTime('09:30'),
      formatTime('12:00'),
      formatTime('00:15'),
    ]).toEqual(['2pm', '9.30am', '12pm', '12.15am']);
  });
});

describe('parseWhen (UK dates)', () => {
  it.each([
    ['13/07/22', { date: '2022-07-13' }],
    ['10/08/22', { date: '2022-08-10' }],
    ['13 July 2022', { date: '2022-07-13' }],
    ['10th August 2-3pm', { date: '2022-08-10', start: '14:00', end: '15:00' }],
    ['13/07/22 14:00-15:30', { date: '2022-07-13', start: '14:00', end: '15:30' }],
    ['29 February 2024', { date: '2024-02-29' }],
    ['end of March 2020', { date: '2020-03-31' }],
    ['tomorrow', { date: '2022-07-02' }],
  ])('%s', (text, when) => {
    expect(parseWhen(text, '2022-07-01', LONDON)).toEqual({ ok: true, when, rest: '' });
  });

  it.each([
    ['31/02/22', '31/02/22 is not a real date'],
    ['29/02/2026', 'is not a real date'],
    ['someday', 'I could not read "someday" as a date'],
    ['', 'I need a date'],
  ])('refuses %j', (text, message) => {
    const result = parseWhen(text, '2022-07-01', LONDON);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });
});

describe('parseMeetingSpec', () => {
  it.each([
    [
      'Executive Planning Meeting on 13/07/22 2-3pm at MS Teams',
      {
        title: 'Executive Planning Meeting',
        when: { date: '2022-07-13', start: '14:00', end: '15:00' },
        venue: 'MS Teams',
      },
    ],
    [
      'Board on 4 February 2009 2pm-4pm at London Councils',
      {
        title: 'Board',
        when: { date: '2009-02-04', start: '14:00', end: '16:00' },
        venue: 'London Councils',
      },
    ],
    ['Focus on Neglect on 13/07/22', { title: 'Focus on Neglect', when: { date: '2022-07-13' } }],
    [
      'Meeting at the Town Hall on 13/07/22 at Mordiford Room, Hereford',
      {
        title: 'Meeting at the Town Hall',
        when: { date: '2022-07-13' },
        venue: 'Mordiford Room, Hereford',
      },
    ],
  ])('%s', (text, spec) => {
    expect(parseMeetingSpec(text, '2022-07-01', LONDON)).toEqual({ ok: true, spec });
  });

  it('says why a date cannot be read', () => {
    expect(parseMeetingSpec('Exec on 31/02/22', '2022-07-01', LONDON)).toEqual({
      ok: false,
      message: '31/02/22 is not a real date (dates are day/month/year, like 13/07/22).',
    });
  });
});
