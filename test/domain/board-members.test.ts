import { describe, expect, it } from 'vitest';
import { applyMemberImport, mergeRoster } from '../../src/domain/board-members.js';
import { canManageBoard, managersSentence, upsertAgency } from '../../src/domain/board.js';
import { aadOf, haveringBoard } from '../support/fixtures.js';

let n = 0;
const newId = (): string => `new-${(n += 1)}`;

describe('mergeRoster', () => {
  it('adds new people with unique initials, links members known by name, skips known ids', () => {
    const board = haveringBoard();
    const unlinked = {
      ...board,
      members: board.members.map((m) =>
        m.initials === 'RS' ? { ...m, aadObjectId: undefined } : m,
      ),
    };
    const result = mergeRoster(
      unlinked,
      [
        { aadObjectId: aadOf(1), name: 'Brian Boxall' },
        { aadObjectId: 'new-rs', name: 'Robert  South' },
        { aadObjectId: 'x-1', name: 'Barbara Nicholls' },
        { aadObjectId: 'x-2', name: 'Ben Baker' },
      ],
      newId,
    );
    expect(result.added.map((m) => [m.name, m.initials])).toEqual([
      ['Barbara Nicholls', 'BN'],
      ['Ben Baker', 'BBA'],
    ]);
    expect(result.linked.map((m) => [m.initials, m.aadObjectId])).toEqual([['RS', 'new-rs']]);
    expect(result.board.members).toHaveLength(9);
  });
});

describe('applyMemberImport', () => {
  const board = haveringBoard();

  it('updates members matched by name and adds the others', () => {
    const result = applyMemberImport(
      board,
      [
        {
          line: 1,
          name: 'Robert South',
          designation: 'Director of Children’s Services',
          agencyCode: 'LA',
        },
        { line: 2, name: 'Shakira Gordon', initials: 'SG', agencyCode: 'LA' },
      ],
      newId,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.updated.map((m) => m.initials)).toEqual(['RS']);
    expect(result.added.map((m) => [m.initials, m.role])).toEqual([['SG', 'member']]);
    expect(result.board.members.find((m) => m.initials === 'RS')?.designation).toBe(
      'Director of Children’s Services',
    );
  });

  it('refuses initials that belong to someone else, changing nothing', () => {
    const result = applyMemberImport(
      board,
      [{ line: 4, name: 'Kevin Carter', initials: 'KC' }],
      newId,
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        { line: 4, message: 'initials KC already belong to Korkor Ceasar; choose others' },
      ],
    });
  });
});

describe('board roles', () => {
  const board = haveringBoard();
  it.each([
    [aadOf(1), true],
    [aadOf(7), true],
    [aadOf(2), false],
    ['someone-else', false],
    [undefined, false],
  ])('%s manages: %s', (aad, expected) => {
    expect(canManageBoard(board, aad)).toBe(expected);
  });

  it('names who can manage', () => {
    expect(managersSentence(board)).toBe('Brian Boxall (BB), Elisabeth Major (EM)');
  });

  it('upserts agencies by code', () => {
    const added = upsertAgency(board, {
      code: 'probation',
      name: 'Probation Service',
      statutory: false,
    });
    expect(added.agencies.at(-1)).toEqual({
      code: 'PROBATION',
      name: 'Probation Service',
      statutory: false,
    });
    const renamed = upsertAgency(added, { code: 'EDU', name: 'Education', statutory: true });
    expect(renamed.agencies.filter((a) => a.code === 'EDU')).toEqual([
      { code: 'EDU', name: 'Education', statutory: true },
    ]);
  });
});

describe('canManageBoard and a manager who has left', () => {
  const board = haveringBoard();
  const coordinator = board.members.find((m) => m.role === 'coordinator')!;
  const leaving = {
    ...board,
    members: board.members.map((m) =>
      m.id === coordinator.id ? { ...m, memberUntil: '2026-11-30' } : m,
    ),
  };
  it.each([
    ['no date given (cards showing controls)', undefined, true],
    ['before the last day', '2026-11-24', true],
    ['on the last day', '2026-11-30', true],
    ['after the last day', '2026-12-01', false],
  ])('%s', (_case, today, expected) => {
    expect(canManageBoard(leaving, coordinator.aadObjectId, today)).toBe(expected);
    expect(canManageBoard(board, coordinator.aadObjectId, today)).toBe(true);
  });
});
