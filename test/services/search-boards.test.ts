import { beforeAll, describe, expect, it } from 'vitest';
import type { Board } from '../../src/domain/board.js';
import { REDACTED_TEXT } from '../../src/domain/disclosure.js';
import type { TenantId } from '../../src/domain/ids.js';
import { listMyActions, MY_ACTIONS_LIMIT } from '../../src/services/list-my-actions.js';
import type { BoardSearchHits } from '../../src/services/search-boards.js';
import { readSearchQuery, SEARCH_LIMITS, searchBoards } from '../../src/services/search-boards.js';
import type { RequestCounter } from '../support/count-requests.js';
import { countRequests } from '../support/count-requests.js';
import { CHAIR, world } from '../support/cross-board-world.js';
import { aadOf } from '../support/fixtures.js';
import type { TestDeps } from '../support/test-deps.js';
import { createTestDeps } from '../support/test-deps.js';

let deps: TestDeps;
let counter: RequestCounter;
beforeAll(async () => {
  counter = countRequests();
  deps = await createTestDeps({ plugins: [counter.plugin] });
});

const INSERT = { kind: 'insert' } as const;

const search = (tenant: TenantId, text: string, aadObjectId = CHAIR) =>
  searchBoards(deps, {
    tenantId: tenant,
    aadObjectId,
    query: readSearchQuery(text),
    audience: INSERT,
  });

const cost = async <T>(
  run: () => Promise<T>,
): Promise<{ kinds: Record<string, number>; result: T }> => {
  counter.reset();
  const result = await run();
  return { kinds: counter.kinds(), result };
};

const words = (hits: BoardSearchHits[]): string => JSON.stringify(hits);

describe('searchBoard across many boards', () => {
  let one: { tenant: TenantId; boards: Board[] };
  let fifty: { tenant: TenantId; boards: Board[] };
  beforeAll(async () => {
    one = await world(deps, 1);
    fifty = await world(deps, 50);
    // Another tenant's boards with the same member ids and the same words.
    other = await world(deps, 2);
  });
  let other: { tenant: TenantId; boards: Board[] };

  it('never reads another tenant’s board, even given its id', async () => {
    const foreign = other.boards.map((b) => b.id);
    const read = { tenantId: fifty.tenant, boardIds: foreign, limit: 10 };
    expect(await deps.crossBoard.findActions({ ...read, filter: {}, order: 'recent' })).toEqual([]);
    expect(await deps.crossBoard.findMeetings({ ...read, match: { terms: [] } })).toEqual([]);
    expect(
      await deps.crossBoard.findActions({
        ...read,
        tenantId: other.tenant,
        filter: {},
        order: 'recent',
      }),
    ).toHaveLength(8);
    const asOther = await search(other.tenant, 'safeguarding audit');
    expect(asOther.every((h) => h.board.tenantId === other.tenant)).toBe(true);
  });

  it('costs the same requests on 1 board as on 50 for the same finds, never more than 5', async () => {
    // Action 1 of every board follows its agenda item: its meeting is read to know whether it is
    // confidential. "meetings" reads the meetings, then the actions raised in them.
    for (const text of ['1', 'safeguarding audit front door', 'meetings', 'meetings 2022-07-13']) {
      const small = await cost(() => search(one.tenant, text));
      const large = await cost(() => search(fifty.tenant, text));
      expect(large.kinds, text).toEqual(small.kinds);
      expect(small.kinds, text).toEqual({
        'plan actions': 1,
        'plan meetings': 1,
        'query actions': 1,
        'query boards': 1,
        'query meetings': 1,
      });
    }
    // With no found action following an item, no meeting is read.
    for (const text of ['done', 'open overdue', 'safeguarding audit', '', 'closed']) {
      for (const w of [one, fifty]) {
        await cost(() => search(w.tenant, text));
        expect(counter.total(), text).toBeLessThanOrEqual(5);
      }
    }
    expect((await cost(() => search(fifty.tenant, 'done'))).kinds).toEqual({
      'plan actions': 1,
      'query actions': 1,
      'query boards': 1,
    });
  });

  it('finds only the person’s boards in their tenant, and at most what the list can show', async () => {
    const hits = await search(fifty.tenant, 'safeguarding audit');
    const mine = new Set(fifty.boards.map((b) => b.id));
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) {
      expect(mine.has(h.board.id)).toBe(true);
      expect(h.board.tenantId).toBe(fifty.tenant);
      for (const a of h.actions) expect(a.tenantId).toBe(fifty.tenant);
    }
    const found = hits.flatMap((h) => h.actions);
    expect(found.length).toBeLessThanOrEqual(SEARCH_LIMITS.actions);
    expect(found.length).toBe(SEARCH_LIMITS.actions);
    expect(words(hits)).not.toContain('Not the chair’s board');
    // Someone on no board of this tenant finds nothing, with one request.
    const stranger = await cost(() => search(fifty.tenant, 'audit', aadOf(99)));
    expect(stranger.result).toEqual([]);
    expect(stranger.kinds).toEqual({ 'query boards': 1 });
  });

  it('finds an action by its words and by its number, as any chat may read it', async () => {
    const [hit] = await search(one.tenant, 'safeguarding audit');
    expect(hit?.actions.map((a) => a.number)).toEqual([1, 4]);
    // "3": action 3, and action 1 by its reference (13.07.22 ref 1.1).
    const byNumber = (await search(one.tenant, '3')).flatMap((h) => h.actions);
    expect(byNumber.map((a) => a.number)).toEqual([1, 3]);
    // Action 3 follows its confidential item: found by number, shown redacted.
    expect(byNumber[1]?.text).toBe(REDACTED_TEXT);
    // Words are matched as written, in any case: "front.door" is no pattern, "MASH" is "mash".
    expect(await search(one.tenant, 'front.door')).toEqual([]);
    expect(await search(one.tenant, '(front')).toEqual([]);
    expect((await search(one.tenant, 'MASH bb'))[0]?.actions.map((a) => a.number)).toEqual([1]);
    deps.clock.set('2026-12-01T09:00:00Z');
    expect((await search(one.tenant, 'open overdue'))[0]?.actions.map((a) => a.number)).toEqual([
      2,
    ]);
    deps.clock.set('2026-11-23T09:00:00Z');
    expect((await search(one.tenant, 'done'))[0]?.actions.map((a) => a.number)).toEqual([4]);
  });

  it('never finds a confidential action by its words, nor shows them', async () => {
    for (const text of ['Child R', 'school', 'Child Q', 'follow-up']) {
      const hits = await search(fifty.tenant, text);
      expect(
        hits.flatMap((h) => h.actions),
        text,
      ).toEqual([]);
    }
    const all = words(await search(one.tenant, ''));
    expect(all).not.toMatch(/Child R|Child Q|follow-up/);
    expect(all).toContain(REDACTED_TEXT);
    // The redacted wording finds the redacted actions, as it did when each board was read whole.
    const [redacted] = await search(one.tenant, 'confidential');
    expect(redacted?.actions.map((a) => a.number)).toEqual([2, 3]);
  });

  it('"meetings" finds the meetings with their actions, confidential items left out', async () => {
    const hits = await search(one.tenant, 'meetings 2022-07-13');
    const [hit] = hits;
    expect(hit?.meetings.map((m) => m.title)).toEqual(['Executive Planning Meeting']);
    expect(hit?.meetingActions.map((a) => a.number)).toEqual([1, 2, 3]);
    expect(words(hits)).not.toMatch(/Child R|Child Q|follow-up/);
    const many = await search(fifty.tenant, 'meetings');
    expect(many.flatMap((h) => h.meetings).length).toBe(SEARCH_LIMITS.meetings);
  });
});

describe('actions mine across many boards', () => {
  it('costs one query on 1 board as on 50, and lists only the person’s open actions, in full', async () => {
    const one = await world(deps, 1);
    const fifty = await world(deps, 50);
    const actor = { aadObjectId: CHAIR, name: 'Brian Boxall' };
    const small = await cost(() => listMyActions(deps, { boards: one.boards, actor }));
    const large = await cost(() => listMyActions(deps, { boards: fifty.boards, actor }));
    expect(small.kinds).toEqual({ 'plan actions': 1, 'query actions': 1 });
    expect(large.kinds).toEqual(small.kinds);
    expect(small.result.actions.map((m) => [m.action.number, m.action.text])).toEqual([
      [2, 'Write to Child R’s school'],
      [1, 'Safeguarding audit of the MASH front door'],
    ]);
    expect(large.result.actions).toHaveLength(MY_ACTIONS_LIMIT);
    const boards = new Set(fifty.boards.map((b) => b.id));
    expect(large.result.actions.every((m) => boards.has(m.action.boardId))).toBe(true);
    expect(large.result.actions.every((m) => m.action.owners[0]?.initials === 'BB')).toBe(true);
    const dues = large.result.actions.map((m) => m.action.due ?? '');
    expect(dues).toEqual([...dues].sort());
  });
});
