import { describe, expect, it } from 'vitest';
import type { Action } from '../../src/domain/action.js';
import { isOverdue, isUndated } from '../../src/domain/action.js';
import { applyActionChange } from '../../src/domain/apply-action-change.js';
import { dateFromMeeting, dueAtCapture } from '../../src/domain/date-from-meeting.js';
import { parseCapture } from '../../src/domain/action-capture.js';
import { actionId, boardId, meetingId, tenantId } from '../../src/domain/ids.js';
import type { Meeting } from '../../src/domain/meeting.js';
import { newMeeting } from '../../src/domain/new-meeting.js';
import type { DueMeeting } from '../../src/domain/next-meeting.js';
import { findNextMeeting } from '../../src/domain/next-meeting.js';
import type { ReminderPolicy } from '../../src/domain/reminder-policy.js';
import { DEFAULT_REMINDER_POLICY, planDateRequest } from '../../src/domain/reminder-policy.js';

const LONDON = 'Europe/London';
const M1 = meetingId('m-dec');
const M2 = meetingId('m-jan');
const DEC: DueMeeting = { meetingId: M1, date: '2026-12-18' };

const action = (overrides: Partial<Action> = {}): Action => ({
  id: actionId('a1'),
  boardId: boardId('b1'),
  tenantId: tenantId('t1'),
  number: 3,
  text: 'send the report',
  owners: [],
  status: 'open',
  subjectToRatification: false,
  history: [{ at: '2026-11-23T10:00:00.000Z', by: 'coordinator', kind: 'created' }],
  createdAt: '2026-11-23T10:00:00.000Z',
  createdBy: 'coordinator',
  updatedAt: '2026-11-23T10:00:00.000Z',
  revision: 1,
  ...overrides,
});

const meeting = (id: string, date: string, status: Meeting['status'] = 'planned'): Meeting => ({
  ...newMeeting({
    id: meetingId(id),
    boardId: boardId('b1'),
    tenantId: tenantId('t1'),
    title: 'Executive',
    date,
    start: '14:00',
    timeZone: LONDON,
    now: new Date('2026-11-01T00:00:00Z'),
    newId: () => `${id}-item-${Math.random()}`,
  }),
  status,
});

describe('the due date an action is recorded with', () => {
  const capture = (spec: string, next: DueMeeting | undefined) => {
    const parsed = parseCapture(spec, '2026-11-23', LONDON, next?.date);
    if (!parsed.ok) throw new Error(parsed.message);
    return dueAtCapture(parsed.parts, next);
  };
  it.each([
    ['JB to send the report', undefined, {}],
    ['JB to send the report', DEC, { due: '2026-12-18', dueMeetingId: M1 }],
    ['JB to send the report by next meeting', DEC, { due: '2026-12-18', dueMeetingId: M1 }],
    ['JB to send the report by next meeting', undefined, {}],
    ['JB to send the report by 30/11/26', DEC, { due: '2026-11-30' }],
    ['JB to send the report by 30/11/26', undefined, { due: '2026-11-30' }],
  ])('%s, next meeting %j → %j', (spec, next, expected) => {
    expect(capture(spec, next)).toEqual(expected);
  });
});

describe('which meeting is "the next meeting"', () => {
  const held = { ...meeting('m-nov', '2026-11-20', 'closed') };
  const dec = meeting('m-dec', '2026-12-18');
  const jan = meeting('m-jan', '2027-01-15');
  it.each([
    ['no meetings', [], undefined, undefined],
    ['only a meeting held', [held], undefined, undefined],
    ['the first planned from today', [held, jan, dec], undefined, 'm-dec'],
    ['a planned meeting today counts', [meeting('m-today', '2026-11-23')], undefined, 'm-today'],
    ['after a meeting: the first that starts later', [held, jan, dec], held, 'm-dec'],
    [
      'after a meeting: the one it set with "next meeting"',
      [held, jan, dec],
      { ...held, nextMeeting: { meetingId: M2, date: '2027-01-15' } },
      'm-jan',
    ],
  ] as const)('%s', (_what, meetings, after, expected) => {
    expect(findNextMeeting(meetings, after, '2026-11-23')?.meetingId).toBe(expected);
  });
});

describe('dating an action from its next meeting', () => {
  const now = new Date('2026-11-24T15:00:00Z');
  const date = (a: Action, m: DueMeeting, replaces?: typeof M1) =>
    dateFromMeeting(a, {
      meeting: m,
      by: 'chair',
      now,
      today: '2026-11-24',
      ...(replaces !== undefined && { replaces }),
    });
  const summary = (a: Action) => ({
    due: a.due,
    dueMeetingId: a.dueMeetingId,
    last: a.history.at(-1),
  });
  const dueEvent = (text: string, to: string, from?: string) => ({
    at: now.toISOString(),
    by: 'chair',
    kind: 'due',
    ...(from !== undefined && { from }),
    to,
    text,
  });

  it.each([
    [
      'undated, the next meeting is set',
      action(),
      DEC,
      undefined,
      {
        due: '2026-12-18',
        dueMeetingId: M1,
        last: dueEvent('the next meeting was set', '2026-12-18'),
      },
    ],
    [
      'following the meeting, which moves',
      action({ due: '2026-12-18', dueMeetingId: M1 }),
      { meetingId: M1, date: '2027-01-08' },
      undefined,
      {
        due: '2027-01-08',
        dueMeetingId: M1,
        last: dueEvent('the next meeting moved', '2027-01-08', '2026-12-18'),
      },
    ],
    [
      'following a meeting another now stands in for',
      action({ due: '2026-12-18', dueMeetingId: M1 }),
      { meetingId: M2, date: '2027-01-15' },
      M1,
      {
        due: '2027-01-15',
        dueMeetingId: M2,
        last: dueEvent('the next meeting moved', '2027-01-15', '2026-12-18'),
      },
    ],
  ] as const)('%s', (_what, before, m, replaces, expected) => {
    expect(summary(date(before, m, replaces))).toEqual(expected);
  });

  it.each([
    ['a date a person set', action({ due: '2026-11-30' }), DEC, undefined],
    [
      'following another meeting',
      action({ due: '2026-12-01', dueMeetingId: meetingId('m-extra') }),
      DEC,
      undefined,
    ],
    ['completed', action({ status: 'completed' }), DEC, undefined],
    ['closed', action({ status: 'closed', closedReason: 'superseded' }), DEC, undefined],
    [
      'undated, and the meeting is already past',
      action(),
      { meetingId: M1, date: '2026-11-20' },
      undefined,
    ],
    ['already on that date', action({ due: '2026-12-18', dueMeetingId: M1 }), DEC, undefined],
    [
      'a person set a date, then the meeting it replaced moves',
      action({ due: '2026-12-10' }),
      { meetingId: M2, date: '2027-01-15' },
      M1,
    ],
  ] as const)('leaves alone: %s', (_what, before, m, replaces) => {
    expect(date(before, m, replaces)).toBe(before);
  });

  it('a person setting the date, even the same one, stops it following the meeting', () => {
    const following = action({ due: '2026-12-18', dueMeetingId: M1 });
    const same = applyActionChange(following, { kind: 'due', date: '2026-12-18' }, 'chair', now);
    const other = applyActionChange(following, { kind: 'due', date: '2027-02-01' }, 'chair', now);
    expect([same.dueMeetingId, same.due, other.dueMeetingId, other.due]).toEqual([
      undefined,
      '2026-12-18',
      undefined,
      '2027-02-01',
    ]);
    expect(date(same, { meetingId: M1, date: '2027-01-08' })).toBe(same);
  });

  it('a person saying "next meeting" makes it follow that meeting again', () => {
    const pinned = action({ due: '2026-11-30' });
    const following = applyActionChange(
      pinned,
      { kind: 'due', date: '2026-12-18', meetingId: M1 },
      'chair',
      now,
    );
    expect([following.due, following.dueMeetingId, following.history.at(-1)?.text]).toEqual([
      '2026-12-18',
      M1,
      'the next meeting',
    ]);
    expect(date(following, { meetingId: M1, date: '2027-01-08' }).due).toBe('2027-01-08');
  });

  it('an accepted proposal is a date a person set', () => {
    const proposed = applyActionChange(
      action(),
      { kind: 'propose', date: '2026-12-04' },
      'owner',
      now,
    );
    const accepted = applyActionChange(
      proposed,
      { kind: 'decideProposal', accept: true },
      'chair',
      now,
    );
    const rejected = applyActionChange(
      { ...proposed, due: '2026-12-18', dueMeetingId: M1 },
      { kind: 'decideProposal', accept: false },
      'chair',
      now,
    );
    expect([accepted.due, accepted.dueMeetingId, rejected.due, rejected.dueMeetingId]).toEqual([
      '2026-12-04',
      undefined,
      '2026-12-18',
      M1,
    ]);
    expect(date(accepted, DEC)).toBe(accepted);
  });
});

describe('undated and overdue', () => {
  const atMeeting = action({ due: '2026-12-18', dueMeetingId: M1 });
  it.each([
    ['due at the meeting, the day before', atMeeting, '2026-12-17', false, false],
    ['due at the meeting, on the day', atMeeting, '2026-12-18', false, false],
    ['due at the meeting, the day after', atMeeting, '2026-12-19', true, false],
    ['due at the meeting, done', { ...atMeeting, status: 'completed' }, '2026-12-19', false, false],
    ['undated, long after capture', action(), '2027-06-01', false, true],
    ['undated, closed', action({ status: 'closed' }), '2027-06-01', false, false],
    ['dated by a person', action({ due: '2026-11-30' }), '2026-12-01', true, false],
  ] as const)('%s: overdue %s, undated %s', (_what, a, today, overdue, undated) => {
    expect([isOverdue(a, today), isUndated(a)]).toEqual([overdue, undated]);
  });
});

describe('asking for a date (default: 7 days after it was recorded, on a working day, 09:00 London)', () => {
  const ask = (
    recordedOn: string,
    now = `${recordedOn}T12:00:00Z`,
    policy: ReminderPolicy = DEFAULT_REMINDER_POLICY,
  ) => {
    const r = planDateRequest({ recordedOn, now: new Date(now), policy, timeZone: LONDON });
    return r === undefined ? undefined : `${r.localDate} ${r.fireAt.toISOString()}`;
  };
  it.each([
    ['Monday', '2026-11-23', '2026-11-30 2026-11-30T09:00:00.000Z'],
    ['Wednesday', '2026-11-25', '2026-12-02 2026-12-02T09:00:00.000Z'],
    [
      'Saturday: the Saturday after moves to Monday',
      '2026-11-28',
      '2026-12-07 2026-12-07T09:00:00.000Z',
    ],
    ['across the clocks going forward (BST)', '2026-03-25', '2026-04-01 2026-04-01T08:00:00.000Z'],
    ['across the clocks going back (GMT)', '2026-10-21', '2026-10-28 2026-10-28T09:00:00.000Z'],
    ['over 29 February', '2028-02-24', '2028-03-02 2028-03-02T09:00:00.000Z'],
  ])('recorded on a %s', (_what, recordedOn, expected) => {
    expect(ask(recordedOn)).toBe(expected);
  });

  it('is nothing once that moment has passed, or when the board asks never', () => {
    expect([
      ask('2026-11-23', '2026-11-30T09:00:00Z'),
      ask('2026-11-23', '2026-11-30T09:00:01Z'),
      ask('2026-11-23', undefined, { ...DEFAULT_REMINDER_POLICY, askForDateAfterDays: 0 }),
    ]).toEqual(['2026-11-30 2026-11-30T09:00:00.000Z', undefined, undefined]);
  });

  it('a policy saved before the setting existed asks after the default 7 days', () => {
    const { askForDateAfterDays: _a, ...older } = DEFAULT_REMINDER_POLICY;
    expect(ask('2026-11-23', undefined, older)).toBe('2026-11-30 2026-11-30T09:00:00.000Z');
  });
});
