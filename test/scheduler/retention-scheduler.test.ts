import { describe, expect, it } from 'vitest';
import type { Logger } from '../../src/log.js';
import { startRetentionScheduler } from '../../src/scheduler/retention-scheduler.js';
import type { RetentionStore } from '../../src/services/ports.js';
import { createTestDeps } from '../support/test-deps.js';

const quiet: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

describe('the retention scheduler', () => {
  it('sweeps after its first delay and then on its interval, and stops', async () => {
    const deps = await createTestDeps();
    let sweeps = 0;
    const store: RetentionStore = {
      ...deps.retention,
      listBoards: () => {
        sweeps += 1;
        return Promise.resolve([]);
      },
    };
    const scheduler = startRetentionScheduler({
      deps,
      store,
      log: quiet,
      firstDelayMs: 20,
      intervalMs: 60,
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await scheduler.stop();
    const atStop = sweeps;
    expect(atStop).toBeGreaterThanOrEqual(2);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(sweeps).toBe(atStop);
  });

  it('a failing sweep is logged by its kind and the next tick runs again', async () => {
    const deps = await createTestDeps();
    const events: string[] = [];
    const log: Logger = { ...quiet, error: (event) => events.push(event) };
    let calls = 0;
    const store: RetentionStore = {
      ...deps.retention,
      listBoards: () => {
        calls += 1;
        return Promise.reject(new Error('storage down'));
      },
    };
    const scheduler = startRetentionScheduler({
      deps,
      store,
      log,
      firstDelayMs: 10,
      intervalMs: 40,
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    await scheduler.stop();
    expect(calls).toBeGreaterThanOrEqual(2);
    expect(events).toContain('retention.failed');
  });
});
