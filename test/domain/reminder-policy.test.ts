import { describe, expect, it } from 'vitest';
import type { ReminderPolicy } from '../../src/domain/reminder-policy.js';
import {
  DEFAULT_REMINDER_POLICY,
  nextDigestDate,
  nextOverdueReminder,
  paperChaseDate,
  planActionReminders,
} from '../../src/domain/reminder-policy.js';
import { addDays, utcToZoned } from '../../src/domain/zoned-time.js';

const LONDON = 'Europe/London';
const plan = (due: string, now = '2026-01-01T00:00:00Z', policy = DEFAULT_REMINDER_POLICY) =>
  planActionReminders({ due, now: new Date(now), policy, timeZone: LONDON }).map(
    (r) => `${r.kind} ${r.daysFromDue} ${r.localDate} ${r.fireAt.toISOString()}`,
  );

describe('planActionReminders (default policy: 7 and 1 days before, on the day, weekly overdue, escalation at 14)', () => {
  it.each([
    [
      'a Wednesday in winter',
      '2026-12-02',
      [
        'before -7 2026-11-25 2026-11-25T09:00:00.000Z',
        'before -1 2026-12-01 2026-12-01T09:00:00.000Z',
        'due 0 2026-12-02 2026-12-02T09:00:00.000Z',
        'overdue 7 2026-12-09 2026-12-09T09:00:00.000Z',
        'escalation 14 2026-12-16 2026-12-16T09:00:00.000Z',
      ],
    ],
    [
      'the Monday after the spring clock change (29 March 2026)',
      '2026-03-30',
      [
        'before -7 2026-03-23 2026-03-23T09:00:00.000Z',
        'before -3 2026-03-27 2026-03-27T09:00:00.000Z',
        'due 0 2026-03-30 2026-03-30T08:00:00.000Z',
        'overdue 7 2026-04-06 2026-04-06T08:00:00.000Z',
        'escalation 14 2026-04-13 2026-04-13T08:00:00.000Z',
      ],
    ],
    [
      'the Monday after the autumn clock change (25 October 2026)',
      '2026-10-26',
      [
        'before -7 2026-10-19 2026-10-19T08:00:00.000Z',
        'before -3 2026-10-23 2026-10-23T08:00:00.000Z',
        'due 0 2026-10-26 2026-10-26T09:00:00.000Z',
        'overdue 7 2026-11-02 2026-11-02T09:00:00.000Z',
        'escalation 14 2026-11-09 2026-11-09T09:00:00.000Z',
      ],
    ],
    [
      'a Saturday: the day-before and on-the-day reminders collapse into one on the Friday',
      '2026-11-28',
      [
        'before -8 2026-11-20 2026-11-20T09:00:00.000Z',
        'due -1 2026-11-27 2026-11-27T09:00:00.000Z',
        'overdue 9 2026-12-07 2026-12-07T09:00:00.000Z',
        'escalation 16 2026-12-14 2026-12-14T09:00:00.000Z',
      ],
    ],
    [
      'the last day of February in a leap year',
      '2028-02-29',
      [
        'before -7 2028-02-22 2028-02-22T09:00:00.000Z',
        'before -1 2028-02-28 2028-02-28T09:00:00.000Z',
        'due 0 2028-02-29 2028-02-29T09:00:00.000Z',
        'overdue 7 2028-03-07 2028-03-07T09:00:00.000Z',
        'escalation 14 2028-03-14 2028-03-14T09:00:00.000Z',
      ],
    ],
  ])('due %s', (_what, due, expected) => {
    expect(plan(due)).toEqual(expected);
  });

  it('leaves out reminders already past, keeping the one at this very minute', () => {
    expect(plan('2026-11-24', '2026-11-23T09:00:00Z')).toEqual([
      'before -1 2026-11-23 2026-11-23T09:00:00.000Z',
      'due 0 2026-11-24 2026-11-24T09:00:00.000Z',
      'overdue 7 2026-12-01 2026-12-01T09:00:00.000Z',
      'escalation 14 2026-12-08 2026-12-08T09:00:00.000Z',
    ]);
    expect(plan('2026-11-24', '2026-11-23T09:00:01Z')[0]).toBe(
      'due 0 2026-11-24 2026-11-24T09:00:00.000Z',
    );
  });

  it('honours a board’s own policy: every day of the week, no overdue chase, no escalation', () => {
    const policy: ReminderPolicy = {
      ...DEFAULT_REMINDER_POLICY,
      daysBefore: [3],
      workingDays: [],
      overdueEveryDays: 0,
      escalateAfterDays: 0,
      sendAt: '08:30',
    };
    expect(plan('2026-11-29', '2026-11-01T00:00:00Z', policy)).toEqual([
      'before -3 2026-11-26 2026-11-26T08:30:00.000Z',
      'due 0 2026-11-29 2026-11-29T08:30:00.000Z',
    ]);
  });
});

describe('sending at a wall-clock time across the 2026 clock changes (every day a working day)', () => {
  const everyDay: ReminderPolicy = {
    ...DEFAULT_REMINDER_POLICY,
    daysBefore: [],
    workingDays: [],
    overdueEveryDays: 0,
    escalateAfterDays: 0,
  };
  it.each([
    ['spring', '2026-03-25', '09:00'],
    ['autumn', '2026-10-21', '09:00'],
    ['spring, at a time the change skips', '2026-03-25', '01:30'],
    ['autumn, at a time the change repeats', '2026-10-21', '01:30'],
  ])('%s: one reminder a day for nine days, none skipped, none doubled', (_what, first, sendAt) => {
    const policy = { ...everyDay, sendAt };
    const fires = Array.from({ length: 9 }, (_, i) => addDays(first, i)).map((due) => {
      const reminders = planActionReminders({
        due,
        now: new Date('2026-01-01T00:00:00Z'),
        policy,
        timeZone: LONDON,
      });
      expect(reminders).toHaveLength(1);
      return reminders[0]?.fireAt ?? new Date(0);
    });
    const local = fires.map((f) => utcToZoned(f, LONDON));
    expect(local.map((l) => l.date)).toEqual(
      Array.from({ length: 9 }, (_, i) => addDays(first, i)),
    );
    for (const l of local) {
      if (sendAt === '01:30' && l.date === '2026-03-29') expect(l.time).toBe('02:30');
      else expect(l.time).toBe(sendAt);
    }
    const gaps = fires
      .slice(1)
      .map((f, i) => (f.getTime() - (fires[i]?.getTime() ?? 0)) / 3_600_000);
    expect(gaps.every((g) => g >= 23 && g <= 25)).toBe(true);
    expect(new Set(fires.map((f) => f.toISOString())).size).toBe(9);
  });
});

describe('the overdue series, the digest and the paper chaser', () => {
  it('repeats weekly while overdue, on working days', () => {
    const chain: string[] = [];
    let after = '2026-12-02';
    for (let i = 0; i < 4; i += 1) {
      const next = nextOverdueReminder('2026-12-02', after, DEFAULT_REMINDER_POLICY, LONDON);
      if (next === undefined) break;
      chain.push(`${next.localDate} +${next.daysFromDue}`);
      after = next.localDate;
    }
    expect(chain).toEqual(['2026-12-09 +7', '2026-12-16 +14', '2026-12-23 +21', '2026-12-30 +28']);
    expect(
      nextOverdueReminder('2026-11-28', '2026-11-28', DEFAULT_REMINDER_POLICY, LONDON)?.localDate,
    ).toBe('2026-12-07');
  });

  it.each([
    ['2026-11-23', '2026-11-30'],
    ['2026-11-22', '2026-11-23'],
    ['2026-11-26', '2026-11-30'],
  ])('after %s the next Monday digest is %s', (after, expected) => {
    expect(nextDigestDate(after, DEFAULT_REMINDER_POLICY)).toBe(expected);
  });

  it('is off when the board turns the digest off', () => {
    expect(nextDigestDate('2026-11-23', { ...DEFAULT_REMINDER_POLICY, digestWeekday: 0 })).toBe(
      undefined,
    );
  });

  it.each([
    ['Thursday 10 December, papers 7 days before', '2026-12-10', 7, '2026-12-01'],
    [
      'Monday 7 December: the chase falls on a Saturday, so the Friday before',
      '2026-12-07',
      7,
      '2026-11-27',
    ],
    ['Tuesday 31 March 2026, 5 days', '2026-03-31', 5, '2026-03-24'],
  ])('chases papers for a meeting on %s', (_what, date, days, expected) => {
    expect(paperChaseDate(date, days, DEFAULT_REMINDER_POLICY)).toBe(expected);
  });
});
