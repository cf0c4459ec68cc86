import { describe, expect, it } from 'vitest';
import { codeFor } from '../../src/domain/attendance.js';
import type { Board } from '../../src/domain/board.js';
import type { MemberChange } from '../../src/domain/member-changes.js';
import { editMember, leaveMember, rejoinMember } from '../../src/domain/member-changes.js';
import { haveringBoard } from '../support/fixtures.js';

const board = haveringBoard();
const ok = (change: MemberChange): { board: Board; changed: boolean } => {
  if (!change.ok) throw new Error(change.message);
  return change;
};
const refusal = (change: MemberChange): string => (change.ok ? 'ok' : change.message);
const rs = (b: Board) => b.members.find((m) => m.initials === 'RS')!;

describe('leaveMember', () => {
  const left = ok(leaveMember(board, 'rs', '2022-07-01')).board;

  it.each([
    ['2022-06-15', undefined],
    ['2022-06-30', undefined],
    ['2022-07-01', 'N/A'],
    ['2022-07-13', 'N/A'],
  ])('a meeting on %s is %s for a member who left on 1 July 2022', (date, code) => {
    expect(codeFor(undefined, rs(left), date)).toBe(code);
  });

  it('is idempotent on the same date and corrects another', () => {
    expect(ok(leaveMember(left, 'RS', '2022-07-01')).changed).toBe(false);
    expect(rs(ok(leaveMember(left, 'RS', '2022-08-01')).board).memberUntil).toBe('2022-07-31');
  });

  it.each<[string, Board, string, string]>([
    ['unknown initials', board, 'ZZ', 'No member has the initials ZZ.'],
    [
      'before they joined',
      { ...board, members: board.members.map((m) => ({ ...m, memberFrom: '2022-05-01' })) },
      'RS',
      'became a member on 2022-05-01',
    ],
    ['a coordinator, while the chair stays', left, 'EM', 'ok'],
  ])('%s', (_case, b, initials, message) => {
    expect(refusal(leaveMember(b, initials, '2022-04-01'))).toContain(message);
  });

  it('refuses to leave the board with nobody to run it', () => {
    const oneManager = {
      ...board,
      members: board.members.map((m) =>
        m.role === 'chair' ? { ...m, role: 'member' as const } : m,
      ),
    };
    expect(refusal(leaveMember(oneManager, 'EM', '2022-09-01'))).toContain(
      'The board would have no chair, vice-chair or coordinator left',
    );
  });
});

describe('rejoinMember', () => {
  it('clears the leaving date once; again changes nothing', () => {
    const left = ok(leaveMember(board, 'RS', '2022-07-01')).board;
    const back = ok(rejoinMember(left, 'RS'));
    expect(back.changed).toBe(true);
    expect(rs(back.board).memberUntil).toBeUndefined();
    expect(codeFor(undefined, rs(back.board), '2022-07-13')).toBeUndefined();
    expect(ok(rejoinMember(back.board, 'RS')).changed).toBe(false);
    expect(refusal(rejoinMember(board, 'XY'))).toContain('No member has the initials XY.');
  });
});

describe('editMember', () => {
  it.each<[string, Parameters<typeof editMember>[2], string | boolean]>([
    ['a new name', { name: 'Robert  South-West' }, true],
    ['the same designation', { designation: "Director Children's Services LBH" }, false],
    ['another agency', { agencyCode: 'edu' }, true],
    ['a role', { role: 'vice-chair' }, true],
    ['an agency the board lacks', { agencyCode: 'MPS' }, 'There is no agency MPS on this board.'],
    ['an empty name', { name: '  ' }, 'A name needs 1 to 120 characters.'],
  ])('%s', (_case, edit, expected) => {
    const change = editMember(board, 'RS', edit);
    if (typeof expected === 'boolean') expect(ok(change).changed).toBe(expected);
    else expect(refusal(change)).toContain(expected);
  });

  it('keeps initials and id, and clears a designation given as empty', () => {
    const after = rs(ok(editMember(board, 'RS', { name: 'Rob South', designation: '' })).board);
    expect([after.id, after.initials, after.name, after.designation]).toEqual([
      rs(board).id,
      'RS',
      'Rob South',
      undefined,
    ]);
  });

  it('refuses to take the last managing role away', () => {
    const oneManager = {
      ...board,
      members: board.members.map((m) =>
        m.role === 'chair' ? { ...m, role: 'member' as const } : m,
      ),
    };
    expect(refusal(editMember(oneManager, 'EM', { role: 'member' }))).toContain(
      'no chair, vice-chair or coordinator left',
    );
  });
});
