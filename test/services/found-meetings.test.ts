import { beforeAll, describe, expect, it } from 'vitest';
import type { Board } from '../../src/domain/board.js';
import type { MeetingStatus } from '../../src/domain/meeting.js';
import { meetingId } from '../../src/domain/ids.js';
import { findMeetingsOnce } from '../../src/services/found-meetings.js';
import { sweepRetention } from '../../src/services/sweep-retention.js';
import type { RequestCounter } from '../support/count-requests.js';
import { countRequests } from '../support/count-requests.js';
import { haveringBoard, plannedMeeting } from '../support/fixtures.js';
import type { TestDeps } from '../support/test-deps.js';
import { createTestDeps } from '../support/test-deps.js';

let deps: TestDeps;
let counter: RequestCounter;
beforeAll(async () => {
  counter = countRequests();
  deps = await createTestDeps({ plugins: [counter.plugin] });
  deps.clock.set('2026-11-23T09:00:00Z');
});

let boards = 0;
/** A board of its own holding meetings `[key, date, status]`. */
const boardWith = async (meetings: [string, string, MeetingStatus][]): Promise<Board> => {
  const board = haveringBoard({
    conversation: { id: `19:found-${(boards += 1)}@thread.v2`, kind: 'groupChat' },
  });
  await deps.boards.create(board);
  for (const [key, date, status] of meetings)
    await deps.meetings.create({
      ...plannedMeeting({
        id: meetingId(`${board.id}-${key}`),
        boardId: board.id,
        tenantId: board.tenantId,
        date,
        start: '14:00',
      }),
      status,
    });
  return board;
};

const key = (board: Board, id: string | undefined): string | undefined =>
  id?.slice(`${board.id}-`.length);

describe('findMeetingsOnce', () => {
  it('answers the meeting in progress, the active one and the next from one query', async () => {
    const board = await boardWith([
      ['old', '2026-09-09', 'closed'],
      ['now', '2026-11-23', 'in-progress'],
      ['dec', '2026-12-09', 'planned'],
    ]);
    const found = findMeetingsOnce(deps, board);
    counter.reset();
    const [meeting, active] = await Promise.all([found.meeting(), found.activeMeeting()]);
    const next = await found.nextMeeting(meeting);
    const nextOutside = await found.nextMeeting(undefined);
    expect([key(board, meeting?.id), key(board, active?.id)]).toEqual(['now', 'now']);
    expect([key(board, next?.meetingId), next?.date]).toEqual(['dec', '2026-12-09']);
    expect(key(board, nextOutside?.meetingId)).toBe('dec');
    expect(counter.kinds()).toEqual({ 'query meetings': 1 });
  });

  it('with nothing in progress, the next planned is active; with none ahead, the earliest left planned', async () => {
    const ahead = await boardWith([
      ['may', '2026-05-13', 'planned'],
      ['dec', '2026-12-09', 'planned'],
    ]);
    expect(key(ahead, (await findMeetingsOnce(deps, ahead).activeMeeting())?.id)).toBe('dec');
    expect(await findMeetingsOnce(deps, ahead).meeting()).toBeUndefined();

    const behind = await boardWith([
      ['may', '2026-05-13', 'planned'],
      ['jul', '2026-07-08', 'planned'],
      ['sep', '2026-09-09', 'closed'],
    ]);
    const found = findMeetingsOnce(deps, behind);
    counter.reset();
    expect(key(behind, (await found.activeMeeting())?.id)).toBe('may');
    expect(key(behind, (await found.activeMeeting())?.id)).toBe('may');
    expect(counter.kinds()).toEqual({ 'query meetings': 2 });
  });

  it('a meeting left running since an earlier day: its next meeting is found by one more query', async () => {
    const board = await boardWith([
      ['oct', '2026-10-14', 'in-progress'],
      ['nov', '2026-11-11', 'planned'],
      ['dec', '2026-12-09', 'planned'],
    ]);
    const found = findMeetingsOnce(deps, board);
    counter.reset();
    const meeting = await found.meeting();
    expect(key(board, meeting?.id)).toBe('oct');
    expect(key(board, (await found.nextMeeting(meeting))?.meetingId)).toBe('nov');
    expect(counter.kinds()).toEqual({ 'query meetings': 2 });
  });
});

describe('the retention sweep over a long history', () => {
  it('deletes every expired meeting a page at a time, and keeps the one in progress', async () => {
    const history: [string, string, MeetingStatus][] = Array.from({ length: 120 }, (_, n) => [
      `m${n}`,
      `${2000 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}-10`,
      'closed',
    ]);
    const board = await boardWith([
      ...history,
      ['stuck', '2005-06-15', 'in-progress'],
      ['recent', '2026-10-14', 'closed'],
    ]);
    const store = deps.retention;
    const report = await sweepRetention(deps, {
      listBoards: () => Promise.resolve([board]),
      deleteMeeting: (boardId, id) => store.deleteMeeting(boardId, id),
      deleteAction: (boardId, id) => store.deleteAction(boardId, id),
      trimAudit: (tenantId, boardId, before) => store.trimAudit(tenantId, boardId, before),
      listExpiredActionIds: (boardId, cutoff, limit) =>
        store.listExpiredActionIds(boardId, cutoff, limit),
    });
    expect(report).toMatchObject({ failed: 0, meetingsDeleted: 120 });
    expect(
      (await deps.meetings.listRecent(board.id, 10)).map((m) => key(board, m.id)).sort(),
    ).toEqual(['recent', 'stuck']);
  });
});
