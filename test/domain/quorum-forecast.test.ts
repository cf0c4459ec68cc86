import { describe, expect, it } from 'vitest';
import type { AttendanceRecord } from '../../src/domain/attendance.js';
import { emptyAttendance, setRecord } from '../../src/domain/attendance.js';
import type { Board, Delegate } from '../../src/domain/board.js';
import { DEFAULT_REMINDER_POLICY } from '../../src/domain/reminder-policy.js';
import { forecastRecipients } from '../../src/domain/forecast-recipients.js';
import { forecastReminders, workingDaysBefore } from '../../src/domain/forecast-reminders.js';
import type { Meeting } from '../../src/domain/meeting.js';
import {
  forecastAtRisk,
  forecastQuorum,
  projectedAttendance,
} from '../../src/domain/quorum-forecast.js';
import { aadOf, haveringBoard, member, plannedMeeting } from '../support/fixtures.js';

const board = haveringBoard();

type Entry = Pick<AttendanceRecord, 'code' | 'source'> & { deputy?: string };

const meetingWith = (entries: Record<string, Entry>, b: Board = board): Meeting => {
  const attendance = Object.entries(entries).reduce(
    (a, [initials, e]) =>
      setRecord(a, {
        memberId: b.members.find((m) => m.initials === initials)!.id,
        code: e.code,
        source: e.source,
        at: '2022-07-01T09:00:00.000Z',
        ...(e.deputy !== undefined && { deputy: { name: e.deputy } }),
      }),
    emptyAttendance(),
  );
  return { ...plannedMeeting({ boardId: b.id }), attendance };
};

const SA: Entry = { code: 'SA', source: 'member' };
const police = (entries: Record<string, Entry>, b: Board = board) =>
  forecastQuorum(b, meetingWith(entries, b)).agencies.find((a) => a.code === 'POLICE')!;

describe('forecastQuorum: will the meeting be quorate, and why', () => {
  it.each<[string, Record<string, Entry>, boolean, string]>([
    ['nobody has said anything: everyone expected', {}, true, 'quorate: '],
    ['police sent apologies', { LB: SA }, false, 'not quorate: Police not represented'],
    [
      'police sent apologies and a deputy',
      { LB: { code: 'SD', source: 'member', deputy: 'DI Sam Patel' } },
      true,
      '(Police by deputy)',
    ],
    [
      'the chair recorded police absent',
      { LB: { code: 'DNA', source: 'chair' } },
      false,
      'Police not represented',
    ],
    [
      'police and health sent apologies',
      { LB: SA, KC: SA },
      false,
      'Police, Integrated care board (health) not represented',
    ],
    ['education (not statutory) sent apologies', { TC: SA }, true, 'quorate: '],
  ])('%s', (_case, entries, quorate, explanation) => {
    const forecast = forecastQuorum(board, meetingWith(entries));
    expect(forecast.result.quorate).toBe(quorate);
    expect(forecast.result.explanation).toContain(explanation);
    expect(forecastAtRisk(forecast)).toBe(!quorate);
  });

  it('says why per statutory agency: member expected / deputy named / apologies and nobody named', () => {
    expect(police({}).status).toBe('member');
    expect(police({}).expected.map((m) => m.initials)).toEqual(['LB']);
    const deputy = police({ LB: { code: 'SD', source: 'member', deputy: 'DI Sam Patel' } });
    expect(deputy.status).toBe('deputy');
    expect(deputy.deputies).toEqual([
      expect.objectContaining({
        name: 'DI Sam Patel',
        forMember: expect.objectContaining({ initials: 'LB' }),
      }),
    ]);
    const missing = police({ LB: SA });
    expect(missing.status).toBe('missing');
    expect(missing.apologies.map((m) => m.initials)).toEqual(['LB']);
  });

  it('a second police member expected keeps police covered; a member who has left is not expected', () => {
    const two = haveringBoard({
      members: [
        ...board.members,
        member(21, 'Sam Patel', 'SP', { agencyCode: 'POLICE', designation: 'Detective Inspector' }),
      ],
    });
    expect(police({ LB: SA }, two).status).toBe('member');
    const left = haveringBoard({
      members: two.members.map((m) =>
        m.initials === 'SP' ? { ...m, memberUntil: '2022-01-31' } : m,
      ),
    });
    expect(police({ LB: SA }, left).status).toBe('missing');
  });

  it('officers are never projected: a coordinator gets no code, members with none get A', () => {
    const projected = projectedAttendance(board, meetingWith({ LB: SA }));
    const code = (i: string) =>
      projected.records.find((r) => r.memberId === board.members.find((m) => m.initials === i)!.id)
        ?.code;
    expect([code('EM'), code('LB'), code('RS'), code('BB')]).toEqual([undefined, 'SA', 'A', 'A']);
  });

  it('names the agency’s delegates when it is missing', () => {
    const delegate: Delegate = {
      agencyCode: 'police',
      name: 'Amrit Dhillon',
      aadObjectId: aadOf(31),
      addedAt: '2022-06-01T09:00:00.000Z',
      addedBy: aadOf(7),
    };
    const b = haveringBoard({ delegates: [delegate] });
    expect(police({ LB: SA }, b).delegates.map((d) => d.name)).toEqual(['Amrit Dhillon']);
  });
});

describe('workingDaysBefore (weekends skipped; Quorate knows no bank holidays)', () => {
  it.each([
    ['2026-12-18', 3, '2026-12-15'], // Friday → Tuesday
    ['2026-12-18', 1, '2026-12-17'], // Friday → Thursday
    ['2026-12-14', 1, '2026-12-11'], // Monday → the Friday before
    ['2026-12-15', 3, '2026-12-10'], // Tuesday → the Thursday before
    ['2027-03-01', 1, '2027-02-26'], // Monday 1 March → Friday 26 February
    ['2028-03-01', 1, '2028-02-29'], // a leap year: Wednesday → Tuesday 29 February
  ])('%s minus %i working days is %s', (date, days, expected) => {
    expect(workingDaysBefore(date, days, DEFAULT_REMINDER_POLICY)).toBe(expected);
  });
});

describe('forecastReminders and forecastRecipients', () => {
  const meeting = { ...plannedMeeting({ date: '2026-12-18', start: '14:00' }), boardId: board.id };

  it('plans 3 and 1 working days before at 09:00 London, leaving out those already past', () => {
    const all = forecastReminders(board, meeting, new Date('2026-12-01T09:00:00Z'));
    expect(all.map((r) => [r.fireAt, r.daysFromDue, r.plannedFor])).toEqual([
      ['2026-12-15T09:00:00.000Z', -3, '2026-12-18'],
      ['2026-12-17T09:00:00.000Z', -1, '2026-12-18'],
    ]);
    expect(forecastReminders(board, meeting, new Date('2026-12-16T09:00:00Z'))).toHaveLength(1);
    expect(
      forecastReminders(board, { ...meeting, status: 'closed' }, new Date('2026-12-01')),
    ).toEqual([]);
    // Planned twice, the same ids: stored once.
    expect(
      forecastReminders(board, meeting, new Date('2026-12-02T09:00:00Z')).map((r) => r.id),
    ).toEqual(all.map((r) => r.id));
  });

  const [reminder] = forecastReminders(board, meeting, new Date('2026-12-01T09:00:00Z'));
  const facts = (b: Board, m: Meeting | undefined) => ({
    reminder: reminder!,
    board: b,
    today: '2026-12-15',
    ...(m !== undefined && { meeting: m }),
  });

  it('sends nothing when quorate; cancels when the meeting moved, started or went', () => {
    expect(forecastRecipients(facts(board, meeting))).toEqual({ kind: 'send', recipients: [] });
    expect(forecastRecipients(facts(board, undefined))).toEqual({
      kind: 'cancel',
      outcome: 'meeting-gone',
    });
    expect(forecastRecipients(facts(board, { ...meeting, date: '2026-12-21' }))).toEqual({
      kind: 'cancel',
      outcome: 'meeting-changed',
    });
    expect(forecastRecipients(facts(board, { ...meeting, status: 'in-progress' }))).toEqual({
      kind: 'cancel',
      outcome: 'meeting-changed',
    });
  });

  it('at risk: each addressable delegate of the missing agency, then the chair and coordinators', () => {
    const delegates: Delegate[] = [
      {
        agencyCode: 'POLICE',
        name: 'Amrit Dhillon',
        aadObjectId: aadOf(31),
        addedAt: '',
        addedBy: '',
      },
      { agencyCode: 'POLICE', name: 'No Teams Account', addedAt: '', addedBy: '' },
      {
        agencyCode: 'ICB',
        name: 'Health Delegate',
        aadObjectId: aadOf(32),
        addedAt: '',
        addedBy: '',
      },
    ];
    const b = haveringBoard({ delegates });
    const atRisk = { ...meetingWith({ LB: SA }, b), date: '2026-12-18' };
    const decision = forecastRecipients(facts(b, atRisk));
    if (decision.kind !== 'send') throw new Error('expected a send');
    expect(decision.recipients.map((r) => [r.key, r.message.kind])).toEqual([
      [`ask:POLICE:${aadOf(31)}`, 'forecast-ask'],
      [`forecast:${aadOf(1)}`, 'quorum-forecast'],
      [`forecast:${aadOf(7)}`, 'quorum-forecast'],
    ]);
  });
});

describe('a ruling is the meeting’s own', () => {
  it('a chair’s ruling stored on the meeting does not decide the forecast', () => {
    const m = meetingWith({ LB: SA });
    const ruled: Meeting = {
      ...m,
      attendance: {
        ...m.attendance!,
        ruling: { quorate: true, reason: 'x', by: aadOf(1), at: '' },
      },
    };
    expect(forecastQuorum(board, ruled).result).toEqual(
      expect.objectContaining({ quorate: false, ruled: false }),
    );
  });
});
