import { describe, expect, it } from 'vitest';
import type { Board } from '../../src/domain/board.js';
import {
  ANY_DEPUTY_QUORUM_RULE,
  DEFAULT_QUORUM_RULE,
  upsertAgency,
} from '../../src/domain/board.js';
import { recodeAgency, removeAgency } from '../../src/domain/agency-changes.js';
import { addDelegate, removeDelegate } from '../../src/domain/delegate-changes.js';
import { delegatesOf } from '../../src/domain/delegates.js';
import { isDomainError } from '../../src/domain/domain-error.js';
import { memberId } from '../../src/domain/ids.js';
import { namedQuorumRule } from '../../src/domain/named-quorum-rule.js';
import { unauthorisedNote } from '../../src/domain/unauthorised-note.js';
import { aadOf, haveringBoard } from '../support/fixtures.js';

const at = '2026-11-20T09:00:00.000Z';
const by = aadOf(7);
const add = (board: Board, who: string, agency: string) =>
  addDelegate(board, { who, agency, at, by });

const refusal = (work: () => unknown): string => {
  try {
    work();
  } catch (error) {
    if (isDomainError(error)) return error.userMessage;
    throw error;
  }
  return 'no refusal';
};

describe('naming delegates', () => {
  const board = haveringBoard();

  it.each([
    [
      'a member by initials',
      'LB',
      'POLICE',
      {
        agencyCode: 'POLICE',
        memberId: memberId('m-2'),
        name: 'Lewis Basford',
        designation: 'Detective Superintendent, Public Protection East Area, BCU, MPS',
        aadObjectId: aadOf(2),
      },
    ],
    [
      'a member by name, agency by name',
      'robert south',
      'local authority',
      { agencyCode: 'LA', name: 'Robert South' },
    ],
    [
      'someone from outside, with a designation after a comma',
      'Jane Doe, Detective Superintendent',
      'police',
      { agencyCode: 'POLICE', name: 'Jane Doe', designation: 'Detective Superintendent' },
    ],
    [
      'a designation in brackets, with "for" in it',
      'Sam Patel (Head of Service for Children)',
      'LA',
      { agencyCode: 'LA', name: 'Sam Patel', designation: 'Head of Service for Children' },
    ],
    [
      'a non-member without a designation',
      'Tom  Brown',
      'ICB',
      { agencyCode: 'ICB', name: 'Tom Brown' },
    ],
  ] as const)('%s', (_name, who, agency, expected) => {
    const result = add(board, who, agency);
    expect(result.added).toBe(true);
    expect(result.delegate).toMatchObject({ ...expected, addedAt: at, addedBy: by });
    expect(result.board.delegates).toEqual([result.delegate]);
  });

  it.each([
    ['an unknown agency', 'LB', 'PROBATION', '"PROBATION" is not an agency'],
    [
      'a member for another agency',
      'RS',
      'POLICE',
      'Robert South (RS) sits for Local authority, not Police',
    ],
    ['initials that are nobody’s', 'ZZ', 'POLICE', '"ZZ" is not a member\'s initials or name'],
    ['a single name', 'Jane', 'POLICE', '"Jane" is not a member\'s initials or name'],
  ] as const)('refuses %s', (_name, who, agency, message) => {
    expect(refusal(() => add(board, who, agency))).toContain(message);
  });

  it('naming someone twice changes nothing', () => {
    const once = add(board, 'Jane Doe, DSU', 'POLICE').board;
    const twice = add(once, 'JANE DOE', 'POLICE');
    expect(twice.added).toBe(false);
    expect(twice.board).toBe(once);
  });

  it('removes by initials or name; someone not listed is refused with who is', () => {
    const named = add(add(board, 'LB', 'POLICE').board, 'Jane Doe, DSU', 'POLICE').board;
    expect(
      delegatesOf(removeDelegate(named, { who: 'lb', agency: 'POLICE' }).board, 'POLICE').map(
        (d) => d.name,
      ),
    ).toEqual(['Jane Doe']);
    expect(
      delegatesOf(removeDelegate(named, { who: 'jane doe', agency: 'police' }).board, 'POLICE').map(
        (d) => d.name,
      ),
    ).toEqual(['Lewis Basford']);
    expect(refusal(() => removeDelegate(named, { who: 'Sam Patel', agency: 'POLICE' }))).toBe(
      '"Sam Patel" is not a delegate of Police (delegates: Lewis Basford, Jane Doe).',
    );
    expect(refusal(() => removeDelegate(named, { who: 'KC', agency: 'ICB' }))).toBe(
      'Integrated care board (health) has no delegates named.',
    );
  });

  it('delegates follow their agency to a new code, and go with it when it is removed', () => {
    const withProbation = upsertAgency(board, {
      code: 'PROB',
      name: 'Probation',
      statutory: false,
    });
    const named = add(add(withProbation, 'Tom Brown', 'PROB').board, 'LB', 'POLICE').board;
    const moved = recodeAgency(named, 'PROB', 'NPS');
    expect(moved.ok && delegatesOf(moved.board, 'NPS').map((d) => d.name)).toEqual(['Tom Brown']);
    const removed = removeAgency(named, 'PROB');
    expect(removed.ok && removed.board.delegates?.map((d) => d.name)).toEqual(['Lewis Basford']);
  });
});

describe('quorum rules by name, and the decision note', () => {
  it.each([
    ['default', DEFAULT_QUORUM_RULE],
    ['  Authorised   deputies ', DEFAULT_QUORUM_RULE],
    ['any deputy', ANY_DEPUTY_QUORUM_RULE],
    [' count(presentAgencies) >= 2 ', 'count(presentAgencies) >= 2'],
  ])('"%s"', (text, rule) => {
    expect(namedQuorumRule(text)).toBe(rule);
  });

  it.each([
    [undefined, undefined],
    [[], undefined],
    [['POLICE'], 'Police represented only by an unauthorised deputy'],
    [
      ['POLICE', 'LA', 'GONE'],
      'Police, Local authority and GONE represented only by unauthorised deputies',
    ],
  ] as const)('%j', (codes, note) => {
    expect(
      unauthorisedNote(haveringBoard(), codes === undefined ? {} : { unauthorisedFor: [...codes] }),
    ).toBe(note);
  });
});
