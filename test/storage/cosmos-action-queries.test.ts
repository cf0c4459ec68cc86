import { beforeAll, describe, expect, it } from 'vitest';
import type { Action, Owner } from '../../src/domain/action.js';
import { isOpen, isOverdue, isUndated, ownsAction } from '../../src/domain/action.js';
import { isCarriedInto } from '../../src/domain/action-review.js';
import { annualReport, reportingRange } from '../../src/domain/annual-report.js';
import type { Board } from '../../src/domain/board.js';
import { dateFromMeeting } from '../../src/domain/date-from-meeting.js';
import { actionId, meetingId, memberId } from '../../src/domain/ids.js';
import { isActionExpired } from '../../src/domain/retention.js';
import type { ActionPage } from '../../src/services/ports.js';
import { actionOf } from '../support/action-fixture.js';
import type { RequestCounter } from '../support/count-requests.js';
import { countRequests } from '../support/count-requests.js';
import { aadOf, haveringBoard, plannedMeeting } from '../support/fixtures.js';
import type { TestDeps } from '../support/test-deps.js';
import { createTestDeps } from '../support/test-deps.js';

/**
 * Each query on the actions container against the embedded server: the right documents, by
 * number, within its bound, from its own board only, and the same set the domain's rule picks out
 * of the whole log.
 */

const TODAY = '2026-11-23';
const M1 = meetingId('meeting-1');
const M2 = meetingId('meeting-2');
const M3 = meetingId('meeting-3');
/** When meeting 2 began, for its minutes' action-log review. */
const MINUTES_START = '2026-01-01T10:00:00.000Z';

const BB: Owner = {
  kind: 'member',
  memberId: memberId('m-1'),
  initials: 'BB',
  name: 'Brian Boxall',
  aadObjectId: aadOf(1),
};
/** Stored with an upper-case Entra id: matching ignores case. */
const LB: Owner = {
  kind: 'member',
  memberId: memberId('m-2'),
  initials: 'LB',
  name: 'Lewis Basford',
  aadObjectId: aadOf(2).toUpperCase(),
};
const SG: Owner = { kind: 'external', name: 'Shakira Gordon', initials: 'SG' };

const completedAt = (at: string, by = aadOf(7)): Action['history'] => [
  { at, by, kind: 'status', from: 'open', to: 'completed' },
];

/** Twelve actions of 2017–2026 covering each field the queries filter on. */
const logOf = (board: Board): Action[] =>
  (
    [
      { status: 'open', due: '2026-11-01', meetingId: M1, owners: [BB], createdAt: '2025-05-01' },
      {
        status: 'ongoing',
        due: '2026-12-10',
        meetingId: M1,
        owners: [LB],
        createdAt: '2026-01-10',
      },
      {
        status: 'completed',
        due: '2025-06-01',
        meetingId: M1,
        owners: [BB],
        createdAt: '2025-04-02',
        updatedAt: '2025-05-20',
        history: completedAt('2025-05-20T10:00:00.000Z', aadOf(2)),
      },
      {
        status: 'closed',
        meetingId: M2,
        owners: [SG],
        createdAt: '2019-01-05',
        updatedAt: '2019-02-01',
      },
      {
        status: 'completed',
        owners: [LB],
        createdAt: '2018-06-01',
        updatedAt: '2019-03-01',
        history: completedAt('2019-03-01T10:00:00.000Z'),
      },
      { status: 'open', meetingId: M2, owners: [BB, LB], createdAt: '2026-10-01' },
      {
        status: 'open',
        due: '2026-11-22',
        dueMeetingId: M3,
        owners: [SG],
        createdAt: '2024-12-01',
      },
      {
        status: 'open',
        due: '2026-11-30',
        dueMeetingId: M3,
        owners: [LB],
        createdAt: '2026-11-20',
      },
      {
        status: 'completed',
        due: '2026-03-01',
        owners: [BB],
        createdAt: '2025-12-01',
        updatedAt: '2026-02-20',
        history: completedAt('2026-02-20T10:00:00.000Z'),
      },
      { status: 'open', due: '2025-03-15', owners: [BB], createdAt: '2025-03-01' },
      {
        status: 'closed',
        owners: [BB],
        createdAt: '2026-04-02',
        updatedAt: '2026-04-05',
      },
      { status: 'open', owners: [BB], createdAt: '2017-01-01' },
    ] as (Partial<Action> & { createdAt: string })[]
  ).map((fields, i) => {
    const createdAt = `${fields.createdAt}T09:00:00.000Z`;
    const updatedAt = `${fields.updatedAt ?? fields.createdAt}T09:00:00.000Z`;
    return actionOf(board, {
      ...fields,
      id: actionId(`${board.id}-a${i + 1}`),
      number: i + 1,
      text: `Action ${i + 1}`,
      createdAt,
      updatedAt,
    });
  });

let deps: TestDeps;
let counter: RequestCounter;
let board: Board;
let log: Action[];
beforeAll(async () => {
  counter = countRequests();
  deps = await createTestDeps({ plugins: [counter.plugin] });
  board = haveringBoard();
  const other = haveringBoard();
  await deps.actions.allocateNumber(board.id);
  log = logOf(board);
  for (const action of [...log, ...logOf(other)]) await deps.actions.create(action);
});

const numbers = (actions: readonly Action[]): number[] => actions.map((a) => a.number);
const where = (rule: (a: Action) => boolean): number[] => numbers(log.filter(rule));

type PageCase = {
  name: string;
  read: () => Promise<ActionPage>;
  shown: number[];
  total: number;
  /** The domain's own rule over the whole log, when the page holds all it selects. */
  rule?: (a: Action) => boolean;
};

const bbMember = () => board.members.find((m) => m.initials === 'BB');

const PAGES: PageCase[] = [
  {
    name: 'open',
    read: () => deps.actions.listOpen(board.id, { limit: 40 }),
    shown: [1, 2, 6, 7, 8, 10, 12],
    total: 7,
    rule: isOpen,
  },
  {
    name: 'open, the first 3',
    read: () => deps.actions.listOpen(board.id, { limit: 3 }),
    shown: [1, 2, 6],
    total: 7,
  },
  {
    name: 'open, but not those raised at meeting 1 (the agenda’s action log)',
    read: () => deps.actions.listOpen(board.id, { limit: 15, exceptMeetingId: M1 }),
    shown: [6, 7, 8, 10, 12],
    total: 5,
    rule: (a) => isOpen(a) && a.meetingId !== M1,
  },
  {
    name: 'overdue',
    read: () => deps.actions.listOverdue(board.id, TODAY, 40),
    shown: [1, 7, 10],
    total: 3,
    rule: (a) => isOverdue(a, TODAY),
  },
  {
    name: 'overdue, the first 2',
    read: () => deps.actions.listOverdue(board.id, TODAY, 2),
    shown: [1, 7],
    total: 3,
  },
  {
    name: 'mine (member id or Entra id), open',
    read: () =>
      deps.actions.listOwnedBy(
        board.id,
        { memberId: memberId('m-1'), aadObjectId: aadOf(1) },
        { limit: 40, openOnly: true },
      ),
    shown: [1, 6, 10, 12],
    total: 4,
    rule: (a) => isOpen(a) && ownsAction(a, bbMember(), aadOf(1)),
  },
  {
    name: 'mine by Entra id only, whatever its case',
    read: () =>
      deps.actions.listOwnedBy(board.id, { aadObjectId: aadOf(2) }, { limit: 40, openOnly: true }),
    shown: [2, 6, 8],
    total: 3,
    rule: (a) => isOpen(a) && ownsAction(a, undefined, aadOf(2)),
  },
  {
    name: 'by initials of someone who is not a member, any status',
    read: () =>
      deps.actions.listOwnedBy(board.id, { initials: 'sg' }, { limit: 40, openOnly: false }),
    shown: [4, 7],
    total: 2,
  },
  {
    name: 'by a member’s initials or id, any status, the first 3',
    read: () =>
      deps.actions.listOwnedBy(
        board.id,
        { memberId: memberId('m-2'), initials: 'LB' },
        { limit: 3, openOnly: false },
      ),
    shown: [2, 5, 6],
    total: 4,
  },
  {
    name: 'the log’s first 5',
    read: () => deps.actions.listFirst(board.id, 5),
    shown: [1, 2, 3, 4, 5],
    total: 12,
  },
];

describe('bounded action listings (first N by number, and how many in all)', () => {
  it.each(PAGES)('$name', async ({ read, shown, total, rule }) => {
    const page = await read();
    expect(numbers(page.actions)).toEqual(shown);
    expect(page.total).toBe(total);
    if (rule !== undefined) expect(numbers(page.actions)).toEqual(where(rule));
    expect(page.actions.every((a) => a.boardId === board.id)).toBe(true);
  });

  it('returns actions as stored: the query keys are not read back', async () => {
    const page = await deps.actions.listOpen(board.id, { limit: 1 });
    expect(page.actions).toEqual([log[0]]);
  });

  it.each(PAGES)(
    '$name costs one query, and a count only when there are more than it shows',
    async (c) => {
      counter.reset();
      await c.read();
      const counted = c.total > c.shown.length ? 1 : 0;
      expect(counter.kinds()).toEqual({ 'query actions': 1 + counted });
      expect(counter.documents()).toBe(c.shown.length + counted);
    },
  );
});

type ListCase = {
  name: string;
  read: () => Promise<Action[]>;
  expected: number[];
  rule?: (a: Action) => boolean;
};

const dating = (a: Action) =>
  dateFromMeeting(a, {
    meeting: { meetingId: M3, date: '2026-12-14' },
    by: aadOf(7),
    now: new Date(`${TODAY}T09:00:00Z`),
    today: TODAY,
  }) !== a;

const REVIEW_FROM = '2026-02-01T00:00:00.000Z';

const LISTS: ListCase[] = [
  {
    name: 'of meeting 1',
    read: () => deps.actions.listOfMeeting(board.id, M1),
    expected: [1, 2, 3],
    rule: (a) => a.meetingId === M1,
  },
  {
    name: 'a meeting’s record: raised at meeting 2, or earlier and open or changed since',
    read: () => deps.actions.listReviewedAt(board.id, { meetingId: M2, from: REVIEW_FROM }),
    expected: [1, 2, 4, 6, 7, 9, 10, 12],
    rule: (a) =>
      a.meetingId === M2 ||
      (a.createdAt < REVIEW_FROM && (isOpen(a) || a.updatedAt >= REVIEW_FROM)),
  },
  {
    name: 'of a meeting with none',
    read: () => deps.actions.listOfMeeting(board.id, meetingId('meeting-9')),
    expected: [],
  },
  {
    name: 'for the digest: overdue or undated',
    read: () => deps.actions.listOverdueOrUndated(board.id, TODAY),
    expected: [1, 6, 7, 10, 12],
    rule: (a) => isOverdue(a, TODAY) || isUndated(a),
  },
  {
    name: 'that meeting 3 can date: undated, or following it',
    read: () => deps.actions.listUndatedOrFollowing(board.id, [M3]),
    expected: [6, 7, 8, 12],
    rule: dating,
  },
  {
    name: 'that a meeting nobody follows can date: the undated',
    read: () => deps.actions.listUndatedOrFollowing(board.id, [meetingId('meeting-9')]),
    expected: [6, 12],
  },
  {
    name: 'of a person: owned, or touched in the history',
    read: () =>
      deps.actions.listOfPerson(board.id, { memberId: memberId('m-2'), aadObjectId: aadOf(2) }),
    expected: [2, 3, 5, 6, 8],
  },
  {
    name: 'of a member with no Entra id: owned',
    read: () => deps.actions.listOfPerson(board.id, { memberId: memberId('m-1') }),
    expected: [1, 3, 6, 9, 10, 11, 12],
  },
  {
    name: 'for the report 2025-26: raised, completed or overdue in it',
    read: () => deps.actions.listForYear(board.id, reportingRange('2025-26', TODAY)),
    expected: [1, 2, 3, 9, 10],
  },
  {
    name: 'for the report 2026-27, the year running',
    read: () => deps.actions.listForYear(board.id, reportingRange('2026-27', TODAY)),
    expected: [1, 6, 7, 8, 10, 11],
  },
];

describe('action queries bounded by what they are about', () => {
  it.each(LISTS)('$name', async ({ read, expected, rule }) => {
    counter.reset();
    const found = await read();
    expect(numbers(found)).toEqual(expected);
    if (rule !== undefined) expect(numbers(found)).toEqual(where(rule));
    expect(counter.kinds()).toEqual({ 'query actions': 1 });
    expect(counter.documents()).toBe(expected.length);
  });

  it.each(['2024-25', '2025-26', '2026-27'])(
    'gives the report %s the same figures as the whole log does',
    async (year) => {
      const read = await deps.actions.listForYear(board.id, reportingRange(year, TODAY));
      expect(annualReport(board, [], read, year, TODAY)).toEqual(
        annualReport(board, [], log, year, TODAY),
      );
    },
  );

  it('gives the minutes every action the domain says was carried into the meeting', async () => {
    const meeting = { ...plannedMeeting({ date: '2026-01-01', start: '10:00' }), id: M2 };
    expect(meeting.startsAt).toBe(MINUTES_START);
    const read = await deps.actions.listReviewedAt(board.id, {
      meetingId: M2,
      from: MINUTES_START,
    });
    expect(numbers(read.filter((a) => isCarriedInto(a, meeting)))).toEqual(
      where((a) => isCarriedInto(a, meeting)),
    );
    expect(where((a) => isCarriedInto(a, meeting))).toEqual([1, 7, 9, 10, 12]);
  });

  it('finds one action by number with one query that returns it alone', async () => {
    counter.reset();
    expect(await deps.actions.findByNumber(board.id, 9)).toEqual(log[8]);
    expect(counter.kinds()).toEqual({ 'query actions': 1 });
    expect(counter.documents()).toBe(1);
    expect(await deps.actions.findByNumber(board.id, 99)).toBeUndefined();
  });

  it('lists expired actions’ ids a page at a time, and only those the rule expires', async () => {
    const cutoff = '2019-11-23';
    expect(await deps.retention.listExpiredActionIds(board.id, cutoff, 100)).toEqual(
      log.filter((a) => isActionExpired(a, cutoff)).map((a) => a.id),
    );
    expect(await deps.retention.listExpiredActionIds(board.id, cutoff, 100)).toEqual([
      log[3]!.id,
      log[4]!.id,
    ]);
    expect(await deps.retention.listExpiredActionIds(board.id, cutoff, 1)).toEqual([log[3]!.id]);
  });

  it('reads the whole log in pages, by number, this board’s only', async () => {
    const pages: number[][] = [];
    for await (const page of deps.actions.pagesOfLog(board.id)) pages.push(numbers(page));
    expect(pages.flat()).toEqual(numbers(log));
  });

  it('keeps the owner and history keys up to date with every write', async () => {
    const other = haveringBoard();
    const action = actionOf(other, { owners: [SG] });
    await deps.actions.create(action);
    await deps.actions.update(other.id, action.id, (a) => ({
      ...a,
      owners: [LB],
      history: [...a.history, { at: '2026-11-23T09:00:00Z', by: aadOf(5), kind: 'assign' }],
    }));
    const owned = (initials: string) =>
      deps.actions.listOwnedBy(other.id, { initials }, { limit: 40, openOnly: false });
    expect((await owned('SG')).total).toBe(0);
    expect(numbers((await owned('LB')).actions)).toEqual([15]);
    expect(numbers(await deps.actions.listOfPerson(other.id, { aadObjectId: aadOf(5) }))).toEqual([
      15,
    ]);
  });
});
