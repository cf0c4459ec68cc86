import { describe, expect, it } from 'vitest';
import type { Action } from '../../src/domain/action.js';
import { isOverdue } from '../../src/domain/action.js';
import { applyActionChange } from '../../src/domain/apply-action-change.js';
import { dateFromMeeting } from '../../src/domain/date-from-meeting.js';
import { resolveOwners } from '../../src/domain/resolve-owners.js';
import { parseCapture } from '../../src/domain/action-capture.js';
import { actionId, boardId, meetingId, tenantId } from '../../src/domain/ids.js';
import { haveringBoard, member } from '../support/fixtures.js';

const board = haveringBoard({
  members: [
    ...haveringBoard().members,
    member(8, 'Emma Fox', 'EF'),
    member(9, 'Kate Wills', 'KW'),
    member(10, 'Paul Green', 'PG'),
  ],
});

const owners = (text: string) => {
  const r = resolveOwners(board, text);
  return r.ok
    ? r.owners.map((o) => (o.kind === 'member' ? o.initials : `ext:${o.name}/${o.initials}`))
    : r.problems.map((p) => p.message);
};

describe('resolveOwners', () => {
  it.each([
    ['RS', ['RS']],
    ['rs', ['RS']],
    ['EF/KW/PG', ['EF', 'KW', 'PG']],
    ['EF, KW and PG', ['EF', 'KW', 'PG']],
    ['EF & KW', ['EF', 'KW']],
    ['Robert South', ['RS']],
    ['Shakira Gordon', ['ext:Shakira Gordon/SG']],
    ['Shakira Gordon and LB', ['ext:Shakira Gordon/SG', 'LB']],
    ['RS/RS', ['RS']],
    ['CK', ['CK is not a member of this board — did you mean KC, Korkor Ceasar?']],
    ['BX', ['BX is not a member of this board — did you mean BB, Brian Boxall?']],
    [
      'ZZ',
      [
        'ZZ is not a member of this board. Use a member’s initials, or the person’s full name if they are not a member.',
      ],
    ],
    ['', ['Say who owns the action: initials, an @mention or a name.']],
  ])('%j → %j', (text, expected) => {
    expect(owners(text)).toEqual(expected);
  });

  it('takes @mentions by their Entra id', () => {
    const r = resolveOwners(board, 'Rob S', [
      { name: 'Rob S', aadObjectId: board.members[2]!.aadObjectId! },
    ]);
    expect(r.ok && r.owners[0]).toMatchObject({ kind: 'member', initials: 'RS' });
    const guest = resolveOwners(board, 'Ann Guest', [
      { name: 'Ann Guest', aadObjectId: 'guest-aad' },
    ]);
    expect(guest.ok && guest.owners[0]).toEqual({
      kind: 'external',
      name: 'Ann Guest',
      initials: 'AG',
      aadObjectId: 'guest-aad',
    });
  });
});

describe('parseCapture (lines from the reference minutes)', () => {
  it.each([
    [
      'Shakira Gordon to attend next meeting & liaise with LB',
      {
        owners: 'Shakira Gordon',
        text: 'attend next meeting & liaise with LB',
        dueAtNextMeeting: true,
        due: '2022-08-10',
      },
    ],
    [
      "RS to comment re Education's place at the HSCP as statutory Partner, and decide re TC attending the monthly Executive.",
      {
        owners: 'RS',
        text: "comment re Education's place at the HSCP as statutory Partner, and decide re TC attending the monthly Executive.",
        dueAtNextMeeting: true,
        due: '2022-08-10',
      },
    ],
    [
      'PG to draft letter by 10/08/22',
      { owners: 'PG', text: 'draft letter', due: '2022-08-10', dueAtNextMeeting: false },
    ],
    [
      'EF/KW/PG to revise the deadline by end of March 2020',
      {
        owners: 'EF/KW/PG',
        text: 'revise the deadline',
        due: '2020-03-31',
        dueAtNextMeeting: false,
      },
    ],
    [
      'KC to decide by consensus by Friday',
      { owners: 'KC', text: 'decide by consensus', due: '2022-07-15', dueAtNextMeeting: false },
    ],
    [
      'KC to decide by consensus',
      { owners: 'KC', text: 'decide by consensus', dueAtNextMeeting: true, due: '2022-08-10' },
    ],
    [
      'LB to report back by the next meeting',
      { owners: 'LB', text: 'report back', dueAtNextMeeting: true, due: '2022-08-10' },
    ],
  ])('%s', (line, parts) => {
    expect(parseCapture(line, '2022-07-13', 'Europe/London', '2022-08-10')).toEqual({
      ok: true,
      parts,
    });
  });

  it('is due at the next meeting even before it has a date', () => {
    expect(parseCapture('RS to comment', '2022-07-13', 'Europe/London', undefined)).toEqual({
      ok: true,
      parts: { owners: 'RS', text: 'comment', dueAtNextMeeting: true },
    });
  });

  it.each([
    ['RS comment on the paper', 'Write who does what'],
    ['to comment', 'Write who does what'],
    ['RS to ', 'Write who does what'],
  ])('refuses %j', (line, message) => {
    const r = parseCapture(line, '2022-07-13', 'Europe/London', undefined);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(message);
  });
});

const action = (overrides: Partial<Action> = {}): Action => ({
  id: actionId('a1'),
  boardId: boardId('b1'),
  tenantId: tenantId('t1'),
  number: 15,
  text: 'Draft letter',
  owners: [],
  due: '2022-08-10',
  status: 'open',
  subjectToRatification: false,
  history: [],
  createdAt: '',
  createdBy: '',
  updatedAt: '',
  revision: 1,
  ...overrides,
});

describe('action changes and overdue', () => {
  const now = new Date('2022-08-01T10:00:00Z');
  it('moves open → ongoing on an update and keeps every change with who and when', () => {
    let a = applyActionChange(
      action(),
      { kind: 'update', text: 'Draft letters agreed' },
      'pg',
      now,
    );
    a = applyActionChange(a, { kind: 'due', date: '2020-03-31' }, 'chair', now);
    a = applyActionChange(a, { kind: 'done', text: 'Letters sent' }, 'pg', now);
    expect(a.status).toBe('completed');
    expect(a.history.map((e) => [e.kind, e.by, e.from, e.to])).toEqual([
      ['update', 'pg', 'open', 'ongoing'],
      ['due', 'chair', '2022-08-10', '2020-03-31'],
      ['status', 'pg', 'ongoing', 'completed'],
    ]);
  });

  it('does nothing twice: done on a completed action, close on a closed one', () => {
    const done = applyActionChange(action(), { kind: 'done' }, 'x', now);
    expect(applyActionChange(done, { kind: 'done' }, 'x', now)).toBe(done);
    const closed = applyActionChange(action(), { kind: 'close', reason: 'Superseded' }, 'x', now);
    expect(applyActionChange(closed, { kind: 'close', reason: 'again' }, 'x', now)).toBe(closed);
    expect(() => applyActionChange(closed, { kind: 'update', text: 'x' }, 'x', now)).toThrow(
      'reopen it first',
    );
  });

  it('accepts a proposed date as a due-date revision', () => {
    const proposed = applyActionChange(
      action(),
      { kind: 'propose', date: '2022-09-14' },
      'owner',
      now,
    );
    expect(proposed.proposedDue?.date).toBe('2022-09-14');
    const accepted = applyActionChange(
      proposed,
      { kind: 'decideProposal', accept: true },
      'chair',
      now,
    );
    expect([accepted.due, accepted.proposedDue]).toEqual(['2022-09-14', undefined]);
  });

  it.each([
    [action(), '2022-08-10', false],
    [action(), '2022-08-11', true],
    [action({ status: 'ongoing' }), '2022-08-11', true],
    [action({ status: 'completed' }), '2022-09-01', false],
    [action({ status: 'closed' }), '2022-09-01', false],
  ])('overdue on %s: %s', (a, today, overdue) => {
    expect(isOverdue(a, today)).toBe(overdue);
  });

  it('uses the next meeting date for actions due "by next meeting" (stored once the meeting is set)', () => {
    const { due: _d, ...noDue } = action();
    const dated = dateFromMeeting(noDue, {
      meeting: { meetingId: meetingId('m-next'), date: '2022-08-10' },
      by: 'chair',
      now: new Date('2022-07-13T15:00:00Z'),
      today: '2022-07-13',
    });
    expect([isOverdue(dated, '2022-08-11'), isOverdue(noDue, '2022-08-11')]).toEqual([true, false]);
  });
});
