import { beforeAll, describe, expect, it } from 'vitest';
import { boardId } from '../../src/domain/ids.js';
import type { TestDeps } from '../support/test-deps.js';
import { createTestDeps } from '../support/test-deps.js';

let deps: TestDeps;
beforeAll(async () => {
  deps = await createTestDeps();
});

const fresh = () => boardId(`raise-${Math.random().toString(16).slice(2)}`);

describe('raiseCounter', () => {
  it('creates the counter at the imported log’s highest number: the next capture takes the one after', async () => {
    const board = fresh();
    expect(await deps.actions.raiseCounter(board, 24)).toBe(24);
    expect((await deps.actions.allocateNumber(board)).number).toBe(25);
  });

  it('never moves the counter back', async () => {
    const board = fresh();
    await deps.actions.allocateNumber(board);
    await deps.actions.raiseCounter(board, 30);
    expect(await deps.actions.raiseCounter(board, 10)).toBe(30);
    expect((await deps.actions.allocateNumber(board)).number).toBe(31);
  });

  it('keeps the highest of raises and captures made at the same moment', async () => {
    const board = fresh();
    await deps.actions.allocateNumber(board, 'item-1');
    const results = await Promise.all([
      deps.actions.raiseCounter(board, 40),
      deps.actions.raiseCounter(board, 35),
      deps.actions.allocateNumber(board),
      deps.actions.raiseCounter(board, 12),
    ]);
    expect(
      Math.max(...results.map((r) => (typeof r === 'number' ? r : r.number))),
    ).toBeGreaterThanOrEqual(40);
    const next = (await deps.actions.allocateNumber(board, 'item-1')).number;
    expect(next).toBeGreaterThanOrEqual(41);
    expect(next).toBeLessThanOrEqual(42);
  });
});
