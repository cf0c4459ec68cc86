import { describe, expect, it } from 'vitest';
import type { Attendance, AttendanceRecord } from '../../src/domain/attendance.js';
import { emptyAttendance, setRecord } from '../../src/domain/attendance.js';
import type { Board, Delegate } from '../../src/domain/board.js';
import { ANY_DEPUTY_QUORUM_RULE, DEFAULT_QUORUM_RULE } from '../../src/domain/board.js';
import type { DeputyAuthority } from '../../src/domain/deputy-authority.js';
import { deputyAuthority } from '../../src/domain/deputy-authority.js';
import { memberId } from '../../src/domain/ids.js';
import { checkQuorumRule, evaluateQuorum, quorumScope } from '../../src/domain/quorum.js';
import { aadOf, haveringBoard } from '../support/fixtures.js';

const base = haveringBoard();
const at = '2026-11-20T09:00:00.000Z';

/** Police names DSU Jane Doe (not a member, Entra id known) and its member LB; LA names Ann Other. */
const DELEGATES: Delegate[] = [
  {
    agencyCode: 'POLICE',
    name: 'Jane Doe',
    designation: 'Detective Superintendent',
    aadObjectId: aadOf(90),
    addedAt: at,
    addedBy: aadOf(1),
  },
  {
    agencyCode: 'POLICE',
    memberId: memberId('m-2'),
    name: 'Lewis Basford',
    addedAt: at,
    addedBy: aadOf(1),
  },
  { agencyCode: 'LA', name: 'Ann Other', addedAt: at, addedBy: aadOf(1) },
];

const boardWith = (rule: string, delegates: Delegate[] | undefined = DELEGATES): Board => ({
  ...base,
  rules: { ...base.rules, quorumRule: rule },
  ...(delegates !== undefined && { delegates }),
});

type Row = Partial<Record<'RS' | 'LB' | 'KC', 'A' | 'SA' | { deputy: AttendanceRecord['deputy'] }>>;

const register = (board: Board, row: Row): Attendance =>
  Object.entries(row).reduce((a, [initials, value]) => {
    const member = board.members.find((m) => m.initials === initials)!;
    return setRecord(
      a,
      typeof value === 'string'
        ? { memberId: member.id, code: value, source: 'chair', at }
        : { memberId: member.id, code: 'SD', deputy: value.deputy, source: 'chair', at },
    );
  }, emptyAttendance());

const JANE = { deputy: { name: 'Jane Doe', designation: 'Detective Superintendent' } };
const JANE_BY_ID = { deputy: { name: 'J. Doe (DSU)', aadObjectId: aadOf(90).toUpperCase() } };
const JANE_LOWER = { deputy: { name: '  jane   doe ' } };
const INSPECTOR = { deputy: { name: 'Sam Patel', designation: 'Detective Inspector' } };
const NURSE = { deputy: { name: 'Dana Deputy', designation: 'Named nurse' } };
const ANN = { deputy: { name: 'ann other' } };

describe('authorised deputies and the quorum (issue 21)', () => {
  it.each([
    [
      'members of all three attend',
      DEFAULT_QUORUM_RULE,
      { RS: 'A', LB: 'A', KC: 'A' },
      true,
      'quorate: Local authority, Police, Integrated care board (health) represented',
    ],
    [
      'a board rule of one present is met with police and health absent: said so',
      'presentCount >= 1',
      { RS: 'A', LB: 'SA', KC: 'SA' },
      true,
      'quorate under the board’s rule: Local authority represented, Police, Integrated care board (health) not',
    ],
    [
      'police sends its delegate Jane Doe (by name)',
      DEFAULT_QUORUM_RULE,
      { RS: 'A', LB: JANE, KC: 'A' },
      true,
      'quorate: Local authority, Police, Integrated care board (health) represented (Police by deputy)',
    ],
    [
      'the delegate is matched by Entra id whatever the name',
      DEFAULT_QUORUM_RULE,
      { RS: 'A', LB: JANE_BY_ID, KC: 'A' },
      true,
      '(Police by deputy)',
    ],
    [
      'the delegate is matched by name in any case and spacing',
      DEFAULT_QUORUM_RULE,
      { RS: 'A', LB: JANE_LOWER, KC: 'A' },
      true,
      '(Police by deputy)',
    ],
    [
      'police sends an inspector who is not a delegate',
      DEFAULT_QUORUM_RULE,
      { RS: 'A', LB: INSPECTOR, KC: 'A' },
      false,
      'not quorate: Police represented only by an unauthorised deputy',
    ],
    [
      'health names no delegates: any deputy counts for it',
      DEFAULT_QUORUM_RULE,
      { RS: 'A', LB: 'A', KC: NURSE },
      true,
      '(Integrated care board (health) by deputy)',
    ],
    [
      'one missing and one unauthorised: both said',
      DEFAULT_QUORUM_RULE,
      { RS: 'A', LB: INSPECTOR, KC: 'SA' },
      false,
      'not quorate: Integrated care board (health) not represented; Police represented only by an unauthorised deputy',
    ],
    [
      'two unauthorised deputies',
      DEFAULT_QUORUM_RULE,
      { RS: { deputy: { name: 'Tom Brown' } }, LB: INSPECTOR, KC: 'A' },
      false,
      'not quorate: Local authority, Police represented only by unauthorised deputies',
    ],
    [
      'LA’s delegate, named in lower case, counts',
      DEFAULT_QUORUM_RULE,
      { RS: ANN, LB: 'A', KC: 'A' },
      true,
      '(Local authority by deputy)',
    ],
    [
      'the old rule still counts any deputy, and says which is unauthorised',
      ANY_DEPUTY_QUORUM_RULE,
      { RS: 'A', LB: INSPECTOR, KC: 'A' },
      true,
      'quorate: Local authority, Police, Integrated care board (health) represented (Police by deputy); Police represented only by an unauthorised deputy',
    ],
    [
      'the old rule, police absent',
      ANY_DEPUTY_QUORUM_RULE,
      { RS: 'A', LB: 'SA', KC: 'A' },
      false,
      'not quorate: Police not represented',
    ],
  ] as const)('%s', (_name, rule, row, quorate, explanation) => {
    const board = boardWith(rule);
    const result = evaluateQuorum(board, register(board, row), '2026-12-18');
    expect(result.quorate).toBe(quorate);
    expect(result.explanation).toContain(explanation);
  });

  it('a board with no delegates at all is judged as before under either rule', () => {
    for (const rule of [DEFAULT_QUORUM_RULE, ANY_DEPUTY_QUORUM_RULE]) {
      const board = boardWith(rule, []);
      const result = evaluateQuorum(
        board,
        register(board, { RS: 'A', LB: INSPECTOR, KC: 'A' }),
        '2026-12-18',
      );
      expect(result).toMatchObject({
        quorate: true,
        explanation:
          'quorate: Local authority, Police, Integrated care board (health) represented (Police by deputy)',
      });
    }
  });

  it('the scope lists authorisedAgencies next to presentAgencies', () => {
    const board = boardWith(DEFAULT_QUORUM_RULE);
    const scope = quorumScope(
      board,
      register(board, { RS: ANN, LB: INSPECTOR, KC: NURSE }),
      '2026-12-18',
    );
    expect(scope.presentAgencies.sort()).toEqual(['ICB', 'LA', 'POLICE']);
    expect(scope.authorisedAgencies.sort()).toEqual(['ICB', 'LA']);
    expect(scope.deputyAgencies.sort()).toEqual(['ICB', 'LA', 'POLICE']);
  });

  it('an SD with no deputy named does not count where the agency names delegates', () => {
    const board = boardWith(DEFAULT_QUORUM_RULE);
    const lb = board.members.find((m) => m.initials === 'LB')!;
    const attendance = setRecord(register(board, { RS: 'A', KC: 'A' }), {
      memberId: lb.id,
      code: 'SD',
      source: 'chair',
      at,
    });
    expect(evaluateQuorum(board, attendance, '2026-12-18').explanation).toBe(
      'not quorate: Police represented only by an unauthorised deputy',
    );
  });

  it('rules may name authorisedAgencies: they are checked when saved', () => {
    expect(checkQuorumRule(DEFAULT_QUORUM_RULE)).toEqual({ ok: true });
    expect(checkQuorumRule('count(authorisedAgencies) >= 2')).toEqual({ ok: true });
  });
});

describe('deputyAuthority', () => {
  const board = boardWith(DEFAULT_QUORUM_RULE);
  const of = (i: string) => board.members.find((m) => m.initials === i)!;
  it.each([
    ['Jane Doe for LB', 'LB', { name: 'Jane Doe' }, 'authorised'],
    ['by Entra id', 'LB', { name: 'Someone', aadObjectId: aadOf(90) }, 'authorised'],
    [
      'a member delegate by their Entra id',
      'LB',
      { name: 'L Basford', aadObjectId: aadOf(2) },
      'authorised',
    ],
    ['a member delegate by their name', 'LB', { name: 'LEWIS BASFORD' }, 'authorised'],
    ['someone else for police', 'LB', { name: 'Sam Patel' }, 'unauthorised'],
    ['Jane Doe for LA is not LA’s', 'RS', { name: 'Jane Doe' }, 'unauthorised'],
    ['health names nobody', 'KC', { name: 'Dana Deputy' }, 'unlisted'],
    ['the minute-taker has no agency', 'EM', { name: 'Jane Doe' }, undefined],
  ] as const)('%s', (_name, initials, deputy, expected: DeputyAuthority | undefined) => {
    expect(deputyAuthority(board, of(initials), deputy)).toBe(expected);
  });
});
