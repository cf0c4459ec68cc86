import { beforeAll, describe, expect, it } from 'vitest';
import { boardId, tenantId } from '../../src/domain/ids.js';
import type { RequestCounter } from '../support/count-requests.js';
import { countRequests } from '../support/count-requests.js';
import { aadOf, haveringBoard, TENANT } from '../support/fixtures.js';
import type { TestDeps } from '../support/test-deps.js';
import { createTestDeps } from '../support/test-deps.js';

let deps: TestDeps;
let counter: RequestCounter;
beforeAll(async () => {
  counter = countRequests();
  deps = await createTestDeps({ plugins: [counter.plugin] });
});

/** What one call costs at the server, by kind. */
const cost = async (run: () => Promise<unknown>): Promise<Record<string, number>> => {
  counter.reset();
  await run();
  return counter.kinds();
};

describe('Cosmos round trips', () => {
  it('finds a board by its conversation with one point read, and none for a chat without one', async () => {
    const board = haveringBoard();
    await deps.boards.create(board);
    let found: unknown;
    expect(
      await cost(async () => {
        found = await deps.boards.findByConversation(TENANT, board.conversation.id);
      }),
    ).toEqual({ 'read boards': 1 });
    expect(found).toEqual(board);
    expect(
      await cost(async () => {
        found = await deps.boards.findByConversation(TENANT, '19:no-board@thread.v2');
      }),
    ).toEqual({ 'read boards': 1 });
    expect(found).toBeUndefined();
    expect(await deps.boards.findByConversation(tenantId('other'), board.conversation.id)).toBe(
      undefined,
    );
  });

  it('sends a query that names its partition without a query plan, and its ORDER BY holds', async () => {
    const board = haveringBoard();
    await deps.boards.create(board);
    for (const spec of ['BB to write', 'LB to read', 'RS to ring']) {
      const { number } = await deps.actions.allocateNumber(board.id);
      await deps.actions.create({
        id: `${board.id}-${number}` as never,
        boardId: board.id,
        tenantId: TENANT,
        number,
        text: spec,
        owners: [],
        status: 'open',
        subjectToRatification: false,
        history: [],
        createdAt: '2026-11-24T09:00:00Z',
        createdBy: aadOf(1),
        updatedAt: '2026-11-24T09:00:00Z',
        revision: 1,
      });
    }
    let numbers: number[] = [];
    expect(
      await cost(async () => {
        numbers = (await deps.actions.listForBoard(board.id)).map((a) => a.number);
      }),
    ).toEqual({ 'query actions': 1 });
    expect(numbers).toEqual([1, 2, 3]);
    expect(await deps.actions.listForBoard(boardId('no-such-board'))).toEqual([]);
  });

  it('still fetches the plan for a query across partitions, and answers it', async () => {
    const board = haveringBoard({ tenantId: tenantId('tenant-across') });
    await deps.boards.create(board);
    let found: string[] = [];
    expect(
      await cost(async () => {
        found = (await deps.boards.listForMemberInAnyTenant(aadOf(2))).map((b) => b.id);
      }),
    ).toEqual({ 'plan boards': 1, 'query boards': 1 });
    expect(found).toContain(board.id);
  });
});
