import { describe, expect, it } from 'vitest';
import type { Attendance, AttendanceCode } from '../../src/domain/attendance.js';
import {
  closeAttendance,
  emptyAttendance,
  parsePersonSpec,
  setRecord,
} from '../../src/domain/attendance.js';
import {
  attendanceByAgency,
  attendanceMatrix,
  attendanceMatrixCsv,
} from '../../src/domain/attendance-report.js';
import type { Board } from '../../src/domain/board.js';
import { boardId, meetingId, tenantId } from '../../src/domain/ids.js';
import type { Meeting } from '../../src/domain/meeting.js';
import { newMeeting } from '../../src/domain/new-meeting.js';
import { checkQuorumRule, evaluateQuorum } from '../../src/domain/quorum.js';
import { haveringBoard } from '../support/fixtures.js';

const board = haveringBoard();
const byInitials = (i: string) => board.members.find((m) => m.initials === i)!;

const register = (codes: Record<string, AttendanceCode>, b: Board = board): Attendance =>
  Object.entries(codes).reduce(
    (a, [initials, code]) =>
      setRecord(a, {
        memberId: b.members.find((m) => m.initials === initials)!.id,
        code,
        source: 'chair',
        at: '',
      }),
    emptyAttendance(),
  );

describe('quorum (default rule: every statutory partner represented by a member or deputy)', () => {
  it.each([
    [
      'all three statutory partners attend',
      { RS: 'A', LB: 'A', KC: 'A' },
      true,
      'quorate: Local authority, Police, Integrated care board (health) represented',
    ],
    [
      'police sent a deputy',
      { RS: 'A', LB: 'SD', KC: 'A' },
      true,
      'quorate: Local authority, Police, Integrated care board (health) represented (Police by deputy)',
    ],
    [
      'police sent apologies',
      { RS: 'A', LB: 'SA', KC: 'A' },
      false,
      'not quorate: Police not represented',
    ],
    [
      'police did not attend and health is missing',
      { RS: 'A', LB: 'DNA' },
      false,
      'not quorate: Police, Integrated care board (health) not represented',
    ],
    [
      'the minute-taker, of no agency, does not count',
      { EM: 'A', LB: 'A', KC: 'A' },
      false,
      'not quorate: Local authority not represented',
    ],
    [
      'non-statutory agencies do not decide it',
      { RS: 'A', LB: 'A', KC: 'A', TC: 'SA', BB: 'DNA' },
      true,
      'quorate',
    ],
  ] as const)('%s', (_name, codes, quorate, explanation) => {
    const result = evaluateQuorum(board, register(codes), '2022-07-13');
    expect(result.quorate).toBe(quorate);
    expect(result.explanation).toContain(explanation);
  });

  it('a board can say deputies do not count (the reference meeting: LA by deputy, not quorate)', () => {
    const strict: Board = {
      ...board,
      rules: {
        ...board.rules,
        quorumRule: 'all(statutoryAgencies, a, contains(memberAgencies, a))',
      },
    };
    const result = evaluateQuorum(
      strict,
      register({ BB: 'A', LB: 'A', RS: 'SD', KC: 'A', TC: 'A', JP: 'SA', EM: 'A' }),
      '2022-07-13',
    );
    expect(result).toMatchObject({
      quorate: false,
      explanation: 'not quorate under the board’s rule: Local authority represented only by deputy',
    });
  });

  it('a chair’s ruling overrides the computed result and keeps both', () => {
    const ruled = {
      ...register({ RS: 'A', LB: 'SA', KC: 'A' }),
      ruling: { quorate: true, reason: 'Police joined by phone', by: 'x', at: '' },
    };
    expect(evaluateQuorum(board, ruled, '2022-07-13')).toEqual({
      quorate: true,
      computed: false,
      ruled: true,
      explanation:
        'quorate by the chair’s ruling: Police joined by phone (computed: not quorate: Police not represented)',
    });
  });

  it.each([
    ['all(statutoryAgencies, a, contains(presentAgencies, a))', true],
    ['presentCount >= 5 && chairPresent', true],
    ['contains(attended, "RS")', true],
    ['all(statutoryAgencies, a, contains(presentAgencies, a)', false],
    ['count(present)', false],
    ['', false],
  ])('checks rule %j when saved: %s', (rule, ok) => {
    expect(checkQuorumRule(rule).ok).toBe(ok);
  });
});

const meeting = (
  date: string,
  codes: Record<string, AttendanceCode>,
  b: Board = board,
): Meeting => ({
  ...newMeeting({
    id: meetingId(`m-${date}`),
    boardId: boardId('b'),
    tenantId: tenantId('t'),
    title: 'Exec',
    date,
    timeZone: 'Europe/London',
    now: new Date(),
    newId: () => Math.random().toString(),
  }),
  attendance: register(codes, b),
});

describe('the Havering attendance table (three meetings, seven members)', () => {
  /** The reference's table codes EM, its coordinator: at Havering she sits as a member. */
  const b: Board = {
    ...board,
    members: board.members.map((m) =>
      m.initials === 'KC'
        ? { ...m, memberFrom: '2022-05-01' }
        : m.initials === 'TC'
          ? { ...m, memberFrom: '2022-07-01' }
          : m.initials === 'EM'
            ? { ...m, memberFrom: '2022-05-01', sitsAs: 'member' as const }
            : m,
    ),
  };
  const meetings = [
    meeting('2022-04-13', { BB: 'A', LB: 'A', RS: 'A', JP: 'SA' }, b),
    meeting('2022-06-15', { BB: 'A', LB: 'A', RS: 'SD', KC: 'SD', JP: 'A', EM: 'A' }, b),
    meeting('2022-07-13', { BB: 'A', LB: 'A', RS: 'SD', KC: 'A', TC: 'A', JP: 'SA', EM: 'A' }, b),
  ];

  it('is reproduced as recorded, N/A before membership', () => {
    const matrix = attendanceMatrix(
      b,
      meetings.map((m) => ({ ...m, attendance: closeAttendance(b, m.attendance!, m.date, '') })),
    );
    expect(matrix.rows.map((r) => [r.member.initials, ...r.codes])).toEqual([
      ['BB', 'A', 'A', 'A'],
      ['LB', 'A', 'A', 'A'],
      ['RS', 'A', 'SD', 'SD'],
      ['KC', 'N/A', 'SD', 'A'],
      ['TC', 'N/A', 'N/A', 'A'],
      ['JP', 'SA', 'A', 'SA'],
      ['EM', 'N/A', 'A', 'A'],
    ]);
    expect(attendanceMatrixCsv(matrix).split('\r\n')[4]).toBe(
      'Korkor Ceasar,KC,Associate Director for Safeguarding Children NEL CCG,ICB,N/A,SD,A',
    );
  });

  it('gives attendance by agency, deputies counted, N/A left out', () => {
    const figures = attendanceByAgency(b, meetings, '2022-04-01', '2023-03-31');
    expect(
      figures
        .filter((f) => f.statutory)
        .map((f) => [f.code, f.meetings, f.represented, f.byMember, f.byDeputyOnly, f.rate]),
    ).toEqual([
      ['LA', 3, 3, 1, 2, 1],
      ['POLICE', 3, 3, 3, 0, 1],
      ['ICB', 2, 2, 1, 1, 1],
    ]);
  });
});

describe('closing and people', () => {
  it('makes members with no record DNA, keeps apologies, and N/A outside membership', () => {
    const b: Board = {
      ...board,
      members: board.members.map((m) =>
        m.initials === 'TC' ? { ...m, memberUntil: '2022-01-01' } : m,
      ),
    };
    const closed = closeAttendance(b, register({ BB: 'A', JP: 'SA' }, b), '2022-07-13', '');
    const code = (i: string) => closed.records.find((r) => r.memberId === byInitials(i).id)?.code;
    expect(['BB', 'JP', 'RS', 'TC'].map(code)).toEqual(['A', 'SA', 'DNA', 'N/A']);
  });

  it('never lets a live event override what a person recorded', () => {
    const a = register({ LB: 'SA' });
    expect(
      setRecord(a, { memberId: byInitials('LB').id, code: 'A', source: 'event', at: '' }),
    ).toBe(a);
  });

  it.each([
    ['Jane Smith (Head of Service)', { name: 'Jane Smith', designation: 'Head of Service' }],
    ['Barbara Nicholls', { name: 'Barbara Nicholls' }],
  ])('reads %j', (text, person) => {
    expect(parsePersonSpec(text)).toEqual(person);
  });
});

describe('annual report actions', () => {
  it('counts actions raised (not those withdrawn), completed, on time, and overdue at the year end', async () => {
    const { annualReport } = await import('../../src/domain/annual-report.js');
    const base = {
      boardId: boardId('b'),
      tenantId: tenantId('t'),
      owners: [],
      subjectToRatification: false,
      createdBy: '',
      updatedAt: '',
      revision: 1,
    };
    const done = (at: string) => [{ at, by: 'x', kind: 'status' as const, to: 'completed' }];
    const actions = [
      {
        ...base,
        id: 'a1',
        number: 1,
        text: 'on time',
        due: '2022-09-01',
        status: 'completed' as const,
        history: done('2022-08-20T10:00:00Z'),
        createdAt: '2022-07-13T10:00:00Z',
      },
      {
        ...base,
        id: 'a2',
        number: 2,
        text: 'late',
        due: '2022-09-01',
        status: 'completed' as const,
        history: done('2022-10-01T10:00:00Z'),
        createdAt: '2022-07-13T10:00:00Z',
      },
      {
        ...base,
        id: 'a3',
        number: 3,
        text: 'overdue',
        due: '2023-01-01',
        status: 'open' as const,
        history: [],
        createdAt: '2022-07-13T10:00:00Z',
      },
      {
        ...base,
        id: 'a4',
        number: 4,
        text: 'next year',
        due: '2023-06-01',
        status: 'open' as const,
        history: [],
        createdAt: '2023-04-02T10:00:00Z',
      },
      {
        ...base,
        id: 'a5',
        number: 5,
        text: 'recorded in error',
        due: '2022-09-01',
        status: 'withdrawn' as const,
        history: [],
        createdAt: '2022-07-13T10:00:00Z',
      },
    ] as unknown as Parameters<typeof annualReport>[2];
    expect(annualReport(board, [], actions, '2022-23', '2026-11-23').actions).toEqual({
      raised: 3,
      completed: 2,
      completedOnTime: 1,
      overdue: 1,
    });
  });
});
