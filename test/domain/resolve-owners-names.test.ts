import { describe, expect, it } from 'vitest';
import type { Owner } from '../../src/domain/action.js';
import { ownsAction } from '../../src/domain/action.js';
import type { Guest } from '../../src/domain/attendance.js';
import { resolveOwners } from '../../src/domain/resolve-owners.js';
import { groupLabel } from '../../src/domain/owner-names.js';
import { haveringBoard, member } from '../support/fixtures.js';

/** The Havering executive with the people the issue names: JB, EF, PG (a real member). */
const board = haveringBoard({
  members: [
    ...haveringBoard().members,
    member(8, 'Jacqui Burke', 'JB'),
    member(9, 'Emma Fox', 'EF'),
    member(10, 'Paul Green', 'PG'),
    member(11, 'Sarah Green', 'SG2'),
  ],
});
const KW: Guest = { id: 'g-1', name: 'Kim Walsh', designation: 'Head of Early Help' };

const show = (o: Owner): string => {
  switch (o.kind) {
    case 'member':
      return o.initials;
    case 'external':
      return `ext:${o.name}/${o.initials}`;
    case 'agency':
      return `agency:${o.code}`;
    case 'group':
      return `group:${o.name}/${o.initials}`;
  }
};

const owners = (text: string, guests: Guest[] = []): string[] => {
  const r = resolveOwners(board, text, [], { guests });
  return r.ok ? r.owners.map(show) : r.problems.map((p) => `? ${p.message}`);
};

describe('owners as people name them (issue 22, first section)', () => {
  it.each([
    // A team or group is one owner, never split into initials (was "D/PG", listed under PG).
    ['Development & Practice Group', ['group:Development & Practice Group/D&PG']],
    ['Development and Practice Group', ['group:Development and Practice Group/D&PG']],
    ['the Business Unit', ['group:Business Unit/Business Unit']],
    [
      'the Safeguarding Business Unit',
      ['group:Safeguarding Business Unit/Safeguarding Business Unit'],
    ],
    ['Quality and Effectiveness Group', ['group:Quality and Effectiveness Group/Q&EG']],
    ['CSE Working Group', ['group:CSE Working Group/CSE Working Group']],
    ["Children's Services", ["group:Children's Services/Children's Services"]],
    // An agency by name, code, or the usual word for it.
    ['Police', ['agency:POLICE']],
    ['the police', ['agency:POLICE']],
    ['MPS', ['agency:POLICE']],
    ['Met Police', ['agency:POLICE']],
    ['ICB', ['agency:ICB']],
    ['Education', ['agency:EDU']],
    ['LA', ['agency:LA']],
    // First names and surnames alone, when one member has them; roles as minutes use them.
    ['Jacqui', ['JB']],
    ['jacqui', ['JB']],
    ['Burke', ['JB']],
    ['Korkor', ['KC']],
    ['Chair', ['BB']],
    ['the Chair', ['BB']],
    ['Jacqui and RS', ['JB', 'RS']],
    // Quoted names lose their quotes.
    ['"Shakira Gordon"', ['ext:Shakira Gordon/SG']],
    ['“Jacqui Burke”', ['JB']],
    ["'RS'", ['RS']],
    // Mixed: people, groups, agencies.
    ['RS and the Business Unit', ['RS', 'group:Business Unit/Business Unit']],
    ['LB/Police', ['LB', 'agency:POLICE']],
    ['Police and Education', ['agency:POLICE', 'agency:EDU']],
    ['EF/PG', ['EF', 'PG']],
    // Still asked, never guessed.
    [
      'Green',
      ['? More than one member could be "Green": PG (Paul Green), SG2 (Sarah Green). Which one?'],
    ],
    [
      'Shakira',
      [
        '? No member of this board is called "Shakira". Use a member’s initials, or the person’s full name if they are not a member.',
      ],
    ],
    ['KW', ['? KW is not a member of this board — did you mean KC, Korkor Ceasar?']],
  ])('%j → %j', (text, expected) => {
    expect(owners(text)).toEqual(expected);
  });

  it('takes a guest of the meeting in progress by initials or name, as an outside owner with their name', () => {
    expect(owners('EF/KW/PG', [KW])).toEqual(['EF', 'ext:Kim Walsh/KW', 'PG']);
    expect(owners('Kim Walsh', [KW])).toEqual(['ext:Kim Walsh/KW']);
    expect(owners('EF/KW/PG')[0]).toMatch(/^\? KW is not a member/);
  });

  it('offers each member a shared name could be', () => {
    const r = resolveOwners(board, 'Green');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems[0]?.choices?.map((m) => m.initials)).toEqual(['PG', 'SG2']);
  });

  it('labels groups so that no label is a member’s initials', () => {
    expect(groupLabel('Development & Practice Group')).toBe('D&PG');
    expect(groupLabel('Business Unit')).toBe('Business Unit');
    for (const m of board.members) expect(groupLabel('Performance Group')).not.toBe(m.initials);
  });

  it('lets any member of an owning agency answer for its action', () => {
    const r = resolveOwners(board, 'Police');
    const action = { owners: r.ok ? r.owners : [] } as Parameters<typeof ownsAction>[0];
    const lb = board.members.find((m) => m.initials === 'LB')!;
    const rs = board.members.find((m) => m.initials === 'RS')!;
    expect(ownsAction(action, lb, lb.aadObjectId!)).toBe(true);
    expect(ownsAction(action, rs, rs.aadObjectId!)).toBe(false);
  });
});
