import { beforeAll, describe, expect, it } from 'vitest';
import type { BoardId, MeetingId } from '../../src/domain/ids.js';
import { boardId, meetingId } from '../../src/domain/ids.js';
import type { Meeting, MeetingStatus } from '../../src/domain/meeting.js';
import type { MeetingRepository } from '../../src/services/ports.js';
import type { RequestCounter } from '../support/count-requests.js';
import { countRequests } from '../support/count-requests.js';
import { plannedMeeting } from '../support/fixtures.js';
import type { TestDeps } from '../support/test-deps.js';
import { createTestDeps } from '../support/test-deps.js';

let deps: TestDeps;
let counter: RequestCounter;

/** One board's history: a year of held meetings, one left planned in the past, one running, two ahead. */
const BOARD = boardId('queries-board');
const OTHER = boardId('queries-other');
const HISTORY: [string, string, MeetingStatus][] = [
  ['jan', '2026-01-14', 'closed'],
  ['mar', '2026-03-11', 'closed'],
  ['may', '2026-05-13', 'planned'],
  ['jul', '2026-07-08', 'closed'],
  ['sep', '2026-09-09', 'closed'],
  ['nov', '2026-11-23', 'in-progress'],
  ['dec', '2026-12-09', 'planned'],
  ['feb', '2027-02-10', 'planned'],
];

const seed = (board: BoardId, key: string, date: string, status: MeetingStatus): Meeting => ({
  ...plannedMeeting({ id: meetingId(`${board}-${key}`), boardId: board, date, start: '14:00' }),
  status,
});

beforeAll(async () => {
  counter = countRequests();
  deps = await createTestDeps({ plugins: [counter.plugin] });
  for (const [key, date, status] of HISTORY) {
    await deps.meetings.create(seed(BOARD, key, date, status));
    /* Another board, same dates: every query stays in its own board. */
    await deps.meetings.create(seed(OTHER, key, date, status));
  }
  await deps.meetings.update(BOARD, meetingId(`${BOARD}-nov`), (m) => ({
    ...m,
    online: { meetingId: 'teams-nov', chatId: '19:meeting_nov@thread.v2' },
  }));
});

const keys = (found: Meeting | Meeting[] | undefined): string[] =>
  (found === undefined ? [] : Array.isArray(found) ? found : [found]).map((m) => {
    expect(m.boardId).toBe(BOARD);
    return m.id.slice(`${BOARD}-`.length);
  });

type Case = {
  name: string;
  run: (meetings: MeetingRepository) => Promise<Meeting | Meeting[] | undefined>;
  expected: string[];
};

const cases: Case[] = [
  {
    name: 'current: the one in progress and those planned from the day, not the stale plan',
    run: (m) => m.listCurrent(BOARD, '2026-11-23'),
    expected: ['nov', 'dec', 'feb'],
  },
  {
    name: 'current: a day later still finds the one in progress',
    run: (m) => m.listCurrent(BOARD, '2026-12-10'),
    expected: ['nov', 'feb'],
  },
  {
    name: 'next planned on or after a day (the day itself counts)',
    run: (m) => m.findNextPlanned(BOARD, { day: '2026-12-09' }),
    expected: ['dec'],
  },
  {
    name: 'next planned after an instant: strictly after',
    run: (m) => m.findNextPlanned(BOARD, { after: '2026-12-09T14:00:00.000Z' }),
    expected: ['feb'],
  },
  {
    name: 'next planned: none after the last',
    run: (m) => m.findNextPlanned(BOARD, { day: '2027-02-11' }),
    expected: [],
  },
  {
    name: 'earliest planned at all: the stale one',
    run: (m) => m.findNextPlanned(BOARD, 'earliest'),
    expected: ['may'],
  },
  {
    name: 'latest before an instant, whatever its status',
    run: (m) => m.findLatestBefore(BOARD, '2026-07-01T00:00:00.000Z'),
    expected: ['may'],
  },
  {
    name: 'latest held: closed only, so neither the one in progress nor those planned',
    run: (m) => m.findLatestHeld(BOARD),
    expected: ['sep'],
  },
  {
    name: 'latest held of a board that has held none',
    run: (m) => m.findLatestHeld(boardId('queries-empty')),
    expected: [],
  },
  {
    name: 'latest before the first: none',
    run: (m) => m.findLatestBefore(BOARD, '2026-01-01T00:00:00.000Z'),
    expected: [],
  },
  {
    name: 'between two days, both included, by start',
    run: (m) => m.listBetween(BOARD, { from: '2026-03-11', to: '2026-09-09' }),
    expected: ['mar', 'may', 'jul', 'sep'],
  },
  {
    name: 'between: one day',
    run: (m) => m.listBetween(BOARD, { from: '2026-12-09', to: '2026-12-09' }),
    expected: ['dec'],
  },
  {
    name: 'between: a page is bounded',
    run: (m) => m.listBetween(BOARD, { from: '2026-01-01', to: '2027-12-31' }, 3),
    expected: ['jan', 'mar', 'may'],
  },
  {
    name: 'recent: newest first, bounded',
    run: (m) => m.listRecent(BOARD, 3),
    expected: ['feb', 'dec', 'nov'],
  },
  {
    name: 'recent recorded: held or with a register, not plans',
    run: (m) => m.listRecent(BOARD, 3, { recordedOnly: true }),
    expected: ['nov', 'sep', 'jul'],
  },
  {
    name: 'recent started before an instant: the two held before',
    run: (m) => m.listRecent(BOARD, 2, { before: '2026-11-23T14:00:00.000Z', startedOnly: true }),
    expected: ['sep', 'jul'],
  },
  {
    name: 'older than a cutoff, oldest first, never one in progress',
    run: (m) => m.listOlderThan(BOARD, '2026-07-08', 10),
    expected: ['jan', 'mar', 'may'],
  },
  {
    name: 'older than: in progress kept even when old',
    run: (m) => m.listOlderThan(BOARD, '2027-01-01', 10),
    expected: ['jan', 'mar', 'may', 'jul', 'sep', 'dec'],
  },
  {
    name: 'older than: bounded',
    run: (m) => m.listOlderThan(BOARD, '2027-01-01', 2),
    expected: ['jan', 'mar'],
  },
  {
    name: 'open for a Teams meeting: the linked one',
    run: (m) =>
      m.listOpenForTeamsMeeting(BOARD, { teamsMeetingId: 'teams-nov', day: '2026-11-30' }),
    expected: ['nov'],
  },
  {
    name: 'open for a Teams meeting: the one planned that day',
    run: (m) => m.listOpenForTeamsMeeting(BOARD, { teamsMeetingId: 'unknown', day: '2026-12-09' }),
    expected: ['dec'],
  },
  {
    name: 'open for a Teams meeting: a closed one that day is not open',
    run: (m) => m.listOpenForTeamsMeeting(BOARD, { teamsMeetingId: 'unknown', day: '2026-07-08' }),
    expected: [],
  },
  {
    name: 'by ids: those that exist, by start, once each',
    run: (m) =>
      m.listByIds(BOARD, [
        meetingId(`${BOARD}-sep`),
        meetingId(`${BOARD}-jan`),
        meetingId(`${BOARD}-jan`),
        meetingId('gone'),
      ]),
    expected: ['jan', 'sep'],
  },
  {
    name: 'by ids: one id',
    run: (m) => m.listByIds(BOARD, [meetingId(`${BOARD}-jul`)]),
    expected: ['jul'],
  },
  {
    name: 'by ids: another board’s id is not found',
    run: (m) => m.listByIds(BOARD, [meetingId(`${OTHER}-jul`), meetingId(`${OTHER}-sep`)]),
    expected: [],
  },
  {
    name: 'by ids: none asked, none read',
    run: (m) => m.listByIds(BOARD, [] as MeetingId[]),
    expected: [],
  },
];

describe('CosmosMeetingRepository queries', () => {
  it.each(cases)('$name, in at most one request', async ({ run, expected }) => {
    counter.reset();
    const found = await run(deps.meetings);
    expect(keys(found)).toEqual(expected);
    expect(counter.total()).toBeLessThanOrEqual(1);
    const kinds = Object.keys(counter.kinds());
    expect(kinds.filter((k) => k.startsWith('plan'))).toEqual([]);
  });
});

describe('CosmosMeetingRepository.update from the meeting a query handed out', () => {
  it('writes without reading, and after someone else’s change reads and applies it again', async () => {
    const id = meetingId(`${BOARD}-update`);
    await deps.meetings.create(seed(BOARD, 'update', '2027-03-10', 'planned'));
    const [read] = await deps.meetings
      .listByIds(BOARD, [id, meetingId(`${BOARD}-dec`)])
      .then((found) => found.filter((m) => m.id === id));
    counter.reset();
    const first = await deps.meetings.update(BOARD, read!, (m) => ({ ...m, venue: 'MS Teams' }));
    expect(counter.kinds()).toEqual({ 'replace meetings': 1 });
    expect(first).toMatchObject({ venue: 'MS Teams', revision: read!.revision + 1 });

    /** `read` is now out of date: the write is refused (412), the meeting read, the change made again. */
    counter.reset();
    const second = await deps.meetings.update(BOARD, read!, (m) => ({ ...m, title: 'Renamed' }));
    expect(counter.kinds()).toEqual({ 'read meetings': 1, 'replace meetings': 2 });
    expect(second).toMatchObject({
      venue: 'MS Teams',
      title: 'Renamed',
      revision: read!.revision + 2,
    });

    /** The meeting an update returns starts the next update without a read. */
    counter.reset();
    await deps.meetings.update(BOARD, second, (m) => ({ ...m, title: 'Renamed again' }));
    expect(counter.kinds()).toEqual({ 'replace meetings': 1 });
    expect((await deps.meetings.findById(BOARD, id))?.title).toBe('Renamed again');
  });

  it('by id reads first, as before', async () => {
    counter.reset();
    await deps.meetings.update(BOARD, meetingId(`${BOARD}-dec`), (m) => ({
      ...m,
      venue: 'Room 2',
    }));
    expect(counter.kinds()).toEqual({ 'read meetings': 1, 'replace meetings': 1 });
  });
});
