import { describe, expect, it } from 'vitest';
import { matchTeamsMeeting, titlesMatch } from '../../src/domain/match-teams-meeting.js';
import type { Meeting } from '../../src/domain/meeting.js';
import { plannedMeeting } from '../support/fixtures.js';

describe('titlesMatch', () => {
  it.each([
    ['Executive Planning Meeting', 'Executive Planning Meeting', true],
    ['HSCP Executive Planning Meeting', 'Executive Planning Meeting', true],
    ['executive planning meeting!', 'Executive Planning Meeting', true],
    ['Executive', 'Executive Planning Meeting', false],
    ['Meeting', 'Executive Planning Meeting', false],
    ['Planning Meeting', 'Executive Planning Meeting', true],
    ['Budget catch-up', 'Executive Planning Meeting', false],
    ['Executive Planning Meetings', 'Executive Planning Meeting', false],
    ['', 'Executive Planning Meeting', false],
    ['—', '—', false],
  ])('"%s" names "%s": %s', (teams, board, expected) => {
    expect(titlesMatch(teams, board)).toBe(expected);
  });
});

describe('matchTeamsMeeting', () => {
  const exec = plannedMeeting({ title: 'Executive Planning Meeting', start: '14:00' });
  const audit = plannedMeeting({ title: 'Audit Subgroup', start: '10:00' });
  const closed: Meeting = { ...plannedMeeting({ title: 'Audit Subgroup' }), status: 'closed' };
  const kindOf = (r: ReturnType<typeof matchTeamsMeeting>) =>
    r.kind === 'one'
      ? `one ${r.meeting.title} by ${r.by}`
      : r.kind === 'several'
        ? `several ${r.meetings.length}`
        : r.kind;

  it.each([
    // sameDay, title, requireTitle, expected
    [[exec], undefined, false, 'one Executive Planning Meeting by date'],
    [[exec], 'Budget catch-up', false, 'one Executive Planning Meeting by date'],
    [[exec], 'Budget catch-up', true, 'none'],
    [[exec], 'HSCP Executive Planning Meeting', true, 'one Executive Planning Meeting by title'],
    [
      [exec, audit],
      'HSCP Executive Planning Meeting',
      false,
      'one Executive Planning Meeting by title',
    ],
    [[exec, audit], 'Budget catch-up', false, 'several 2'],
    [[exec, audit], undefined, true, 'none'],
    [[exec, closed], 'Audit Subgroup', false, 'one Executive Planning Meeting by date'],
    [[closed], 'Audit Subgroup', false, 'none'],
    [[], 'Executive Planning Meeting', false, 'none'],
  ] as const)(
    '%#: %j titled %s (title required: %s) → %s',
    (sameDay, title, requireTitle, expected) => {
      expect(
        kindOf(
          matchTeamsMeeting([...sameDay], {
            ...(title !== undefined && { title }),
            requireTitle,
          }),
        ),
      ).toBe(expected);
    },
  );
});
