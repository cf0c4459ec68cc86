import { describe, expect, it } from 'vitest';
import type { AgencyChange } from '../../src/domain/agency-changes.js';
import {
  recodeAgency,
  removeAgency,
  renameAgency,
  renameInRule,
  replaceAgency,
  replaceableDefault,
  statutoryKindOf,
} from '../../src/domain/agency-changes.js';
import type { Board } from '../../src/domain/board.js';
import { evaluateQuorum } from '../../src/domain/quorum.js';
import { haveringBoard } from '../support/fixtures.js';

const board = haveringBoard();
const codes = (b: Board): string => b.agencies.map((a) => a.code).join(' ');
const ok = (change: AgencyChange): Board & { changed: boolean } => {
  if (!change.ok) throw new Error(change.message);
  return { ...change.board, changed: change.changed };
};
const refusal = (change: AgencyChange): string => (change.ok ? 'ok' : change.message);

const withLbh = ok(
  replaceAgency(
    {
      ...board,
      agencies: [...board.agencies, { code: 'LBH', name: 'Havering', statutory: true }],
      members: board.members.map((m) => (m.agencyCode === 'LA' ? { ...m, agencyCode: 'LBH' } : m)),
    },
    'LA',
    'LBH',
  ),
);

describe('removeAgency', () => {
  it.each<[string, Board, string, string]>([
    ['refused naming the members', board, 'LA', 'LA still has members: Robert South (RS).'],
    [
      'refused naming every member',
      board,
      'ind',
      'IND still has members: Brian Boxall (BB), Jenny Pearce (JP).',
    ],
    ['refused for a code the board lacks', board, 'MPS', 'There is no agency MPS on this board.'],
    [
      'refused while the quorum rule names it',
      {
        ...board,
        agencies: [...board.agencies, { code: 'PROB', name: 'Probation', statutory: false }],
        rules: { ...board.rules, quorumRule: "contains(presentAgencies, 'PROB')" },
      },
      'PROB',
      'The quorum rule names PROB.',
    ],
  ])('%s', (_case, b, code, message) => {
    expect(refusal(removeAgency(b, code))).toContain(message);
  });

  it('removes an agency nobody belongs to', () => {
    const empty = { ...board, members: board.members.filter((m) => m.agencyCode !== 'ICB') };
    expect(codes(ok(removeAgency(empty, 'icb')))).toBe('LA POLICE EDU IND');
  });
});

describe('renameAgency', () => {
  it.each<[string, string, string | boolean]>([
    ['LA', 'London Borough of Havering', true],
    ['LA', '  Local   authority ', false],
    ['LA', '', 'An agency name needs 1 to 120 characters.'],
    ['MPS', 'Met', 'There is no agency MPS'],
  ])('%s → %j', (code, name, expected) => {
    const change = renameAgency(board, code, name);
    if (typeof expected === 'boolean') expect(ok(change).changed).toBe(expected);
    else expect(refusal(change)).toContain(expected);
  });
});

describe('recodeAgency', () => {
  it('moves members and the quorum rule’s literals to the new code', () => {
    const ruled = {
      ...board,
      rules: {
        ...board.rules,
        quorumRule: 'contains(presentAgencies, \'POLICE\') && contains(presentAgencies, "LA")',
      },
    };
    const after = ok(recodeAgency(ruled, 'police', 'mps'));
    expect(codes(after)).toBe('LA MPS ICB EDU IND');
    expect(after.members.find((m) => m.initials === 'LB')?.agencyCode).toBe('MPS');
    expect(after.rules.quorumRule).toBe(
      'contains(presentAgencies, \'MPS\') && contains(presentAgencies, "LA")',
    );
    expect(ok(recodeAgency(after, 'POLICE', 'MPS')).changed).toBe(false);
  });

  it.each([
    ['LA', 'EDU', 'The board already has an agency EDU.'],
    ['MPS', 'MET', 'There is no agency MPS'],
    ['LA', 'L.B.H', 'is not a usable code'],
  ])('%s → %s is refused', (from, to, message) => {
    expect(refusal(recodeAgency(board, from, to))).toContain(message);
  });

  it('does not touch a code inside a longer one', () => {
    expect(renameInRule("contains(presentAgencies, 'LAX') || 'LA' == 'LA'", 'LA', 'LBH')).toBe(
      "contains(presentAgencies, 'LAX') || 'LBH' == 'LBH'",
    );
  });
});

describe('replaceableDefault', () => {
  const noMembers = { ...board, members: [] };
  it.each<[string, string, boolean, string | undefined]>([
    ['LBH', 'London Borough of Havering', true, 'LA'],
    ['MPS', 'Metropolitan Police Service', true, 'POLICE'],
    ['CCG', 'NEL Clinical Commissioning Group', true, 'ICB'],
    ['NHSNEL', 'NHS North East London', true, 'ICB'],
    ['MPS', 'Metropolitan Police Service', false, undefined],
    ['EDU2', 'Schools forum', true, undefined],
  ])('%s %s (statutory %s) → %s', (code, name, statutory, expected) => {
    expect(replaceableDefault(noMembers, { code, name, statutory })?.code).toBe(expected);
  });

  it('offers nothing while the default has members', () => {
    expect(
      replaceableDefault(board, { code: 'MPS', name: 'Metropolitan Police', statutory: true }),
    ).toBeUndefined();
  });

  it.each([
    ['LBH', 'London Borough of Havering', 'local authority'],
    ['MPS', 'Metropolitan Police', 'police'],
    ['CCG', 'Clinical Commissioning Group', 'health'],
    ['EDU', 'Education', undefined],
  ])('%s is %s', (code, name, kind) => {
    expect(statutoryKindOf({ code, name })).toBe(kind);
  });
});

describe('replaceAgency', () => {
  it('removes the default, points the rule at the board’s code and is idempotent', () => {
    expect(codes(withLbh)).toBe('POLICE ICB EDU IND LBH');
    expect(withLbh.changed).toBe(true);
    expect(ok(replaceAgency(withLbh, 'LA', 'LBH')).changed).toBe(false);
  });

  it('points a rule naming the default at the board’s own code', () => {
    const named = {
      ...board,
      agencies: [...board.agencies, { code: 'MPS', name: 'Metropolitan Police', statutory: true }],
      members: board.members.map((m) =>
        m.agencyCode === 'POLICE' ? { ...m, agencyCode: 'MPS' } : m,
      ),
      rules: { ...board.rules, quorumRule: "contains(memberAgencies, 'POLICE') && chairPresent" },
    };
    expect(ok(replaceAgency(named, 'POLICE', 'MPS')).rules.quorumRule).toBe(
      "contains(memberAgencies, 'MPS') && chairPresent",
    );
  });

  it('is refused when the default has gained members', () => {
    const both = {
      ...board,
      agencies: [...board.agencies, { code: 'LBH', name: 'Havering', statutory: true }],
    };
    expect(refusal(replaceAgency(both, 'LA', 'LBH'))).toContain(
      'LA has members now: Robert South (RS). It was not replaced.',
    );
  });

  it('leaves a board whose statutory agencies are LBH, MPS and CCG quorate with one of each', () => {
    let b: Board = {
      ...board,
      agencies: [
        ...board.agencies,
        { code: 'LBH', name: 'London Borough of Havering', statutory: true },
        { code: 'MPS', name: 'Metropolitan Police', statutory: true },
      ],
      members: board.members.map((m) =>
        m.agencyCode === 'LA'
          ? { ...m, agencyCode: 'LBH' }
          : m.agencyCode === 'POLICE'
            ? { ...m, agencyCode: 'MPS' }
            : m,
      ),
    };
    b = ok(replaceAgency(b, 'LA', 'LBH'));
    b = ok(replaceAgency(b, 'POLICE', 'MPS'));
    b = ok(recodeAgency(b, 'ICB', 'CCG'));
    const present = (initials: string[]) => ({
      records: b.members
        .filter((m) => initials.includes(m.initials))
        .map((m) => ({ memberId: m.id, code: 'A' as const, source: 'chair' as const, at: '' })),
      guests: [],
      visitors: [],
    });
    expect(evaluateQuorum(b, present(['RS', 'LB', 'KC']), '2022-07-13').quorate).toBe(true);
    expect(evaluateQuorum(b, present(['RS', 'LB']), '2022-07-13').quorate).toBe(false);
  });
});
