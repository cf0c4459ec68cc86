import { describe, expect, it } from 'vitest';
import { actionId } from '../../src/domain/ids.js';
import { RETENTION_PAGE, sweepRetention } from '../../src/services/sweep-retention.js';
import { actionOf } from '../support/action-fixture.js';
import { countRequests } from '../support/count-requests.js';
import { haveringBoard } from '../support/fixtures.js';
import { createTestDeps } from '../support/test-deps.js';

describe('the retention sweep over a long history', () => {
  it('deletes expired actions a page of ids at a time, never reading the actions it keeps', async () => {
    const counter = countRequests();
    const deps = await createTestDeps({ plugins: [counter.plugin] });
    const board = haveringBoard();
    await deps.boards.create(board);
    const expired = 2 * RETENTION_PAGE + 30;
    const actions = [
      ...Array.from({ length: expired }, (_, i) =>
        actionOf(board, {
          id: actionId(`old-${i}`),
          number: i + 1,
          status: i % 2 === 0 ? 'completed' : 'closed',
          createdAt: '2015-03-01T09:00:00.000Z',
          updatedAt: '2015-04-01T09:00:00.000Z',
        }),
      ),
      ...Array.from({ length: 40 }, (_, i) =>
        actionOf(board, {
          id: actionId(`kept-${i}`),
          number: expired + i + 1,
          status: i < 20 ? 'open' : 'completed',
          createdAt: '2015-03-01T09:00:00.000Z',
          updatedAt: i < 20 ? '2015-04-01T09:00:00.000Z' : '2026-11-01T09:00:00.000Z',
        }),
      ),
    ];
    for (let i = 0; i < actions.length; i += 50)
      await Promise.all(actions.slice(i, i + 50).map((a) => deps.actions.create(a)));
    counter.reset();
    const report = await sweepRetention(deps, deps.retention);
    expect(report).toMatchObject({ boards: 1, actionsDeleted: expired, failed: 0 });
    /** Three pages of ids, and the audit entries (kept with the actions) whose detail is old. */
    expect(counter.kinds()['query actions']).toBe(3 + 1);
    expect(counter.kinds()['query audit']).toBe(1);
    expect(counter.kinds()['delete actions']).toBe(expired);
    const left = (await deps.actions.listFirst(board.id, 100)).actions;
    expect(left.map((a) => a.id)).toEqual(actions.slice(expired).map((a) => a.id));
    counter.reset();
    expect((await sweepRetention(deps, deps.retention)).actionsDeleted).toBe(0);
    expect(counter.kinds()['query actions']).toBe(1 + 1);
  });
});
