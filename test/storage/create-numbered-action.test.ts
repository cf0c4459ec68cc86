import { beforeAll, describe, expect, it } from 'vitest';
import type { Action } from '../../src/domain/action.js';
import type { BoardId } from '../../src/domain/ids.js';
import { actionId, boardId } from '../../src/domain/ids.js';
import type { NumberedAction } from '../../src/services/ports.js';
import { CONTAINERS } from '../../src/storage/cosmos-schema.js';
import type { RequestCounter } from '../support/count-requests.js';
import { countRequests } from '../support/count-requests.js';
import { TENANT } from '../support/fixtures.js';
import type { TestDeps } from '../support/test-deps.js';
import { createTestDeps } from '../support/test-deps.js';

let deps: TestDeps;
let counter: RequestCounter;
beforeAll(async () => {
  counter = countRequests();
  deps = await createTestDeps({ plugins: [counter.plugin] });
});

let boards = 0;
const newBoard = (): BoardId => boardId(`numbered-${(boards += 1)}-${Date.now()}`);

const draft =
  (board: BoardId, id: string, text = 'review the audit') =>
  ({ number, ordinal }: NumberedAction): Action => ({
    id: actionId(id),
    boardId: board,
    tenantId: TENANT,
    number,
    ...(ordinal !== undefined && { reference: `13.07.22 ref 4.${ordinal}` }),
    text,
    owners: [],
    status: 'open',
    subjectToRatification: false,
    history: [],
    createdAt: '2026-11-24T09:00:00Z',
    createdBy: 'x',
    updatedAt: '2026-11-24T09:00:00Z',
    revision: 1,
  });

describe('actions numbered in one batch with the board counter', () => {
  it('numbers 1, 2, 3 and per-item ordinals, in one round trip each once the counter is known', async () => {
    const board = newBoard();
    counter.reset();
    const first = await deps.actions.createNumbered(draft(board, 'a1'), board, 'm1_i4');
    /** The counter is read (none yet), then created in the batch with the action. */
    expect(counter.kinds()).toEqual({ 'batch actions': 1, 'read actions': 1 });
    counter.reset();
    const second = await deps.actions.createNumbered(draft(board, 'a2'), board, 'm1_i4');
    /** This instance wrote the counter last: its ETag is current, so no read. */
    expect(counter.kinds()).toEqual({ 'batch actions': 1 });
    const third = await deps.actions.createNumbered(draft(board, 'a3'), board);
    expect(
      [first, second, third].map((r) => [r.action.number, r.action.reference, r.created]),
    ).toEqual([
      [1, '13.07.22 ref 4.1', true],
      [2, '13.07.22 ref 4.2', true],
      [3, undefined, true],
    ]);
    expect(await deps.actions.findById(board, actionId('a2'))).toEqual(second.action);
  });

  it('a retried capture returns the stored action and takes no number', async () => {
    const board = newBoard();
    await deps.actions.createNumbered(draft(board, 'r1'), board);
    const again = await deps.actions.createNumbered(draft(board, 'r1', 'typed twice'), board);
    expect(again).toMatchObject({
      created: false,
      action: { number: 1, text: 'review the audit' },
    });
    const next = await deps.actions.createNumbered(draft(board, 'r2'), board);
    /** Azure undoes the retry's counter step with its failed create; here it is put back. */
    expect(next.action.number).toBe(2);
  });

  it('twenty captures at once all succeed with the numbers 1 to 20, each once', async () => {
    const board = newBoard();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        deps.actions.createNumbered(draft(board, `c${i}`), board).catch((error: unknown) => error),
      ),
    );
    const numbers = results
      .flatMap((r) => (r instanceof Error ? [] : [(r as { action: Action }).action.number]))
      .sort((a, b) => a - b);
    const failed = results.filter((r) => r instanceof Error);
    const { resources } = await deps.database
      .container(CONTAINERS.actions)
      .items.query<{ number: number }>({
        query: 'SELECT c.number FROM c WHERE c.boardId = @b AND c.type = "action"',
        parameters: [{ name: '@b', value: board }],
      })
      .fetchAll();
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(resources.map((r) => r.number).sort((a, b) => a - b)).toEqual(numbers);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(failed).toEqual([]);
  });
});
