import { describe, expect, it } from 'vitest';
import { parseMemberTable, parseRole } from '../../src/domain/member-table.js';
import { haveringBoard } from '../support/fixtures.js';

const board = haveringBoard();

describe('parseMemberTable', () => {
  it('reads tab- and pipe-separated rows with initials, designation, agency and role', () => {
    const result = parseMemberTable(
      [
        'Name\tDesignation\tAgency\tRole',
        'Brian Boxall (BB)\tSAB Independent Chair LBH\tIND\tchair',
        '| Lewis Basford (LB) | Detective Superintendent | police | |',
        '|---|---|---|---|',
        'Shakira Gordon | Training lead | Local authority',
        '',
      ].join('\n'),
      board,
    );
    expect(result).toEqual({
      ok: true,
      rows: [
        {
          line: 2,
          name: 'Brian Boxall',
          initials: 'BB',
          designation: 'SAB Independent Chair LBH',
          agencyCode: 'IND',
          role: 'chair',
        },
        {
          line: 3,
          name: 'Lewis Basford',
          initials: 'LB',
          designation: 'Detective Superintendent',
          agencyCode: 'POLICE',
        },
        { line: 5, name: 'Shakira Gordon', designation: 'Training lead', agencyCode: 'LA' },
      ],
    });
  });

  it.each([
    [
      'Elisabeth Major (Partnerships and Learning Manager (notes) | x | LA',
      1,
      'put initials in brackets',
    ],
    ['Brian Boxall (bb) | chair | IND', 1, 'is not initials'],
    ['Brian Boxall (BB) | chair | NHS', 1, 'agency "NHS" is not on this board'],
    ['Brian Boxall (BB) | chair | IND | boss', 1, 'role "boss" is not one of'],
    ['a | b | c | d | e', 1, 'expected up to 4 columns'],
    ['1234 | b | LA', 1, 'must be the member’s name'],
    ['Ann One (AO) | x | LA\nAnn Two (AO) | y | LA', 2, 'initials AO are also used on line 1'],
    ['', 1, 'the table is empty'],
  ])('reports %j at line %i', (text, line, message) => {
    const result = parseMemberTable(text, board);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.line).toBe(line);
    expect(result.problems[0]?.message).toContain(message);
  });

  it('reports every bad line, not just the first', () => {
    const result = parseMemberTable(
      'Good Person (GP) | x | LA\nBad (bad) | x | LA\nWorse | x | NOPE',
      board,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.line)).toEqual([2, 3]);
  });
});

describe('parseRole', () => {
  it.each([
    ['Chair', 'chair'],
    ['vice chair', 'vice-chair'],
    ['Vice-Chair', 'vice-chair'],
    ['advisor', 'adviser'],
    ['Independent Scrutineer', 'scrutineer'],
    ['coordinator', 'coordinator'],
    ['boss', undefined],
  ])('%s → %s', (text, role) => {
    expect(parseRole(text)).toBe(role);
  });
});
