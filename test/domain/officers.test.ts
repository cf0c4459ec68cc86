import { describe, expect, it } from 'vitest';
import type { Attendance, AttendanceCode } from '../../src/domain/attendance.js';
import {
  closeAttendance,
  codeFor,
  emptyAttendance,
  inAttendance,
  setRecord,
} from '../../src/domain/attendance.js';
import { attendanceByAgency, attendanceMatrix } from '../../src/domain/attendance-report.js';
import type { Board, Member } from '../../src/domain/board.js';
import { editMember } from '../../src/domain/member-changes.js';
import { isMinuteTaker } from '../../src/domain/minute-taker.js';
import { isOfficer } from '../../src/domain/officers.js';
import { evaluateQuorum, quorumScope } from '../../src/domain/quorum.js';
import { haveringBoard, member, plannedMeeting } from '../support/fixtures.js';

const DATE = '2022-07-13';

/** Havering plus an LA business-unit officer (Sam Ward) and an adviser. */
const board: Board = haveringBoard({
  members: [
    ...haveringBoard().members,
    member(8, 'Sam Ward', 'SW', { agencyCode: 'LA', sitsAs: 'officer' }),
    member(9, 'Ann Lee', 'AL', { agencyCode: 'ICB', role: 'adviser' }),
    member(10, 'Xavier Moss', 'XM', { role: 'coordinator', sitsAs: 'member' }),
  ],
});
const of = (initials: string): Member => board.members.find((m) => m.initials === initials)!;

const register = (codes: Record<string, AttendanceCode>, minuteTaker?: string): Attendance =>
  Object.entries(codes).reduce(
    (a, [initials, code]) =>
      setRecord(a, { memberId: of(initials).id, code, source: 'chair', at: '' }),
    { ...emptyAttendance(), ...(minuteTaker !== undefined && { minuteTaker }) },
  );

describe('who is an officer', () => {
  it.each([
    ['member', undefined, false],
    ['chair', undefined, false],
    ['scrutineer', undefined, false],
    ['coordinator', undefined, true],
    ['adviser', undefined, true],
    ['coordinator', 'member', false],
    ['member', 'officer', true],
    ['chair', 'officer', true],
  ] as const)('role %s, sits as %s: officer %s', (role, sitsAs, officer) => {
    expect(isOfficer({ role, ...(sitsAs !== undefined && { sitsAs }) })).toBe(officer);
  });

  it.each([
    ['Elisabeth Major', true],
    ['  elisabeth   major ', true],
    ['EM', true],
    ['Elisabeth', false],
    [undefined, false],
  ])('minute-taker %j names EM: %s', (name, named) => {
    expect(isMinuteTaker(name, of('EM'))).toBe(named);
  });
});

describe('officers hold no code', () => {
  it.each([
    ['coordinator recorded present', 'EM', { EM: 'A' }, undefined, undefined, true],
    ['business-unit officer recorded present', 'SW', { SW: 'A' }, undefined, undefined, true],
    ['adviser recorded absent', 'AL', { AL: 'DNA' }, undefined, undefined, false],
    ['officer with nothing recorded', 'SW', {}, undefined, undefined, false],
    ['member who took the minutes', 'TC', { TC: 'A' }, 'Trevor Cook', undefined, true],
    ['member who took the minutes, nothing recorded', 'TC', {}, 'TC', undefined, true],
    ['member present', 'RS', { RS: 'A' }, undefined, 'A', false],
    ['sits as a member, took the minutes', 'XM', { XM: 'A' }, 'XM', 'A', false],
  ] as const)('%s: code %s', (_, initials, codes, minuteTaker, code, present) => {
    const attendance = register(codes, minuteTaker);
    expect(codeFor(attendance, of(initials), DATE)).toBe(code);
    expect(inAttendance(attendance, of(initials))).toBe(present);
  });

  it('closing the register makes members DNA, never officers or the minute-taker', () => {
    const closed = closeAttendance(board, register({ BB: 'A' }, 'Trevor Cook'), DATE, '');
    const codes = Object.fromEntries(
      board.members.map((m) => [m.initials, closed.records.find((r) => r.memberId === m.id)?.code]),
    );
    expect(codes).toEqual({
      BB: 'A',
      LB: 'DNA',
      RS: 'DNA',
      KC: 'DNA',
      TC: undefined,
      JP: 'DNA',
      EM: undefined,
      SW: undefined,
      AL: undefined,
      XM: 'DNA',
    });
  });

  it('an officer present does not represent their agency, nor count among the members', () => {
    const attendance = register({ SW: 'A', EM: 'A', AL: 'A', LB: 'A', KC: 'A' });
    const scope = quorumScope(board, attendance, DATE);
    expect(scope.present).toEqual(['LB', 'KC']);
    expect(scope.memberCount).toBe(7);
    expect(evaluateQuorum(board, attendance, DATE).explanation).toBe(
      'not quorate: Local authority not represented',
    );
  });

  it('leaves officers out of the history table and of the agencies’ rates', () => {
    const meeting = { ...plannedMeeting(), attendance: register({ SW: 'A', AL: 'A', KC: 'SA' }) };
    const matrix = attendanceMatrix(board, [meeting]);
    expect(matrix.rows.map((r) => r.member.initials)).toEqual([
      'BB',
      'LB',
      'RS',
      'KC',
      'TC',
      'JP',
      'XM',
    ]);
    const figures = attendanceByAgency(board, [meeting], '2022-04-01', '2023-03-31');
    expect(
      figures.filter((f) => f.code === 'LA' || f.code === 'ICB').map((f) => [f.code, f.represented]),
    ).toEqual([
      ['LA', 0],
      ['ICB', 0],
    ]);
  });
});

describe('member edit officer|member', () => {
  it.each([
    ['RS', 'officer', true, true],
    ['EM', 'member', true, false],
    ['SW', 'officer', false, true],
  ] as const)('%s sits as %s: changed %s, officer %s', (initials, sitsAs, changed, officer) => {
    const result = editMember(board, initials, { sitsAs });
    expect(result.ok && result.changed).toBe(changed);
    expect(result.ok && isOfficer(result.member)).toBe(officer);
  });
});
