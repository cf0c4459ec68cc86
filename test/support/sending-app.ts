import type { RunningApp } from '../../src/app.js';
import { startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { Logger } from '../../src/log.js';
import { silentLogger } from '../../src/log.js';
import type { SweepOverrides } from '../../src/scheduler/reminder-scheduler.js';
import type { SweepReport } from '../../src/services/sweep-reminders.js';
import type { CosmosPlugins } from '../../src/storage/create-cosmos-client.js';
import { inject } from 'vitest';
import type { TestDeps } from './test-deps.js';

export type SendingApp = {
  app: RunningApp;
  /** One sweep of the app's own reminder scheduler (its notifier, adapter and turn error handler). */
  sweep: (overrides?: SweepOverrides) => Promise<SweepReport>;
  close: () => Promise<void>;
};

/**
 * The app exactly as `src/app.ts` composes it (adapter, `createBot` with its turn error handler,
 * proactive sender, Teams notifier, rate limiter, reminder scheduler), in local mode (anonymous,
 * loopback service URLs allowed), over the test's database and fake clock. Its proactive sends go
 * to whatever service URL the stored conversation references name: the fake connector.
 */
export const startSendingApp = async (
  deps: TestDeps,
  options: {
    log?: Logger;
    sendRate?: number;
    cosmosPlugins?: CosmosPlugins;
    /** More settings, e.g. GRAPH_BASE_URL of the Graph double. */
    env?: Record<string, string>;
  } = {},
): Promise<SendingApp> => {
  const app = await startApp({
    config: loadConfig(
      {
        QUORATE_MODE: 'local',
        PORT: '0',
        COSMOS_ENDPOINT: inject('cosmosEndpoint'),
        COSMOS_KEY: inject('cosmosKey'),
        COSMOS_DATABASE: deps.databaseId,
        COSMOS_REQUEST_TIMEOUT_MS: '10000',
        REMINDER_SWEEP_SECONDS: '3600',
        REMINDER_SEND_RATE: String(options.sendRate ?? 50),
        PLAYGROUND: 'off',
        ...options.env,
      },
      'local',
    ),
    log: options.log ?? silentLogger,
    clock: deps.clock,
    readRoster: () => Promise.resolve([]),
    ...(options.cosmosPlugins !== undefined && { cosmosPlugins: options.cosmosPlugins }),
  });
  const reminders = app.reminders;
  if (reminders === undefined) throw new Error('reminders are off');
  return {
    app,
    sweep: (overrides) => reminders.sweepNow({ leaseMs: 60_000, ...overrides }),
    close: () => app.close(),
  };
};
