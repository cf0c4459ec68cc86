/**
 * One scheduler instance in a process of its own, for the race and fault tests: sweeps the given
 * database until nothing is ready, then prints its totals as JSON. Optionally injects Cosmos faults
 * through the SDK's request plugin (seeded, so a failure reproduces).
 */
import { randomUUID } from 'node:crypto';
import { CosmosClient } from '@azure/cosmos';
import type { PluginConfig } from '@azure/cosmos';
import type { ReminderDeps } from '../../src/services/ports.js';
import type { SweepReport } from '../../src/services/sweep-reminders.js';
import { sweepReminders } from '../../src/services/sweep-reminders.js';
import { createCosmosDeps } from '../../src/storage/create-cosmos-deps.js';
import { CosmosSendRateLimiter } from '../../src/storage/cosmos-send-rate-limiter.js';
import { createAdapter } from '../../src/teams/create-bot.js';
import { createProactiveSender } from '../../src/teams/proactive.js';
import { teamsNotifier } from '../../src/teams/reminder-notifier.js';

const env = (name: string): string => {
  const value = process.env[name];
  if (value === undefined) throw new Error(`${name} is not set`);
  return value;
};

/** mulberry32: a small seeded generator. */
const seeded = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

export type FaultCounts = { throttled: number; unavailable: number; lostAnswers: number };

const cosmosError = (code: number, retryAfterMs?: number): Error =>
  Object.assign(new Error(`injected ${code}`), {
    code,
    body: { code: String(code), message: 'injected' },
    headers: retryAfterMs === undefined ? {} : { 'x-ms-retry-after-ms': String(retryAfterMs) },
    ...(retryAfterMs !== undefined && { retryAfterInMs: retryAfterMs }),
  });

/** Fails a share of Cosmos calls: 429 with a retry-after, 503, and a write that commits but whose answer is lost. */
const faultPlugin = (rate: number, random: () => number, counts: FaultCounts): PluginConfig => ({
  on: 'request',
  plugin: async (context, diagnosticNode, next) => {
    const roll = random();
    if (roll < rate / 3) {
      counts.throttled += 1;
      throw cosmosError(429, 5);
    }
    if (roll < (2 * rate) / 3) {
      counts.unavailable += 1;
      throw cosmosError(503);
    }
    const response = await next(context);
    if (roll < rate && String(context.method) !== 'GET') {
      counts.lostAnswers += 1;
      throw cosmosError(503);
    }
    void diagnosticNode;
    return response;
  },
});

const main = async (): Promise<void> => {
  const faultRate = Number(process.env.FAULT_RATE ?? '0');
  const counts: FaultCounts = { throttled: 0, unavailable: 0, lostAnswers: 0 };
  const client = new CosmosClient({
    endpoint: env('COSMOS_ENDPOINT'),
    key: env('COSMOS_KEY'),
    connectionPolicy: {
      enableEndpointDiscovery: false,
      requestTimeout: 10_000,
      retryOptions: {
        maxRetryAttemptCount: 3,
        fixedRetryIntervalInMilliseconds: 0,
        maxWaitTimeInSeconds: 5,
      },
    },
    ...(faultRate > 0 && {
      plugins: [faultPlugin(faultRate, seeded(Number(process.env.FAULT_SEED ?? '1')), counts)],
    }),
  });
  const ids = { next: () => randomUUID() };
  const cosmos = await createCosmosDeps(client, env('COSMOS_DATABASE'), ids);
  const deps: ReminderDeps = {
    ...cosmos,
    clock: { now: () => new Date() },
    ids,
    notifier: teamsNotifier(createProactiveSender(createAdapter({ kind: 'anonymous' }), '', true)),
    rateLimiter: new CosmosSendRateLimiter(cosmos.remindersContainer, Number(env('SEND_RATE'))),
  };
  const totals: Omit<SweepReport, 'deliveries'> & { sweeps: number; sweepErrors: number } = {
    ready: 0,
    claimed: 0,
    lost: 0,
    sent: 0,
    cancelled: 0,
    retried: 0,
    failed: 0,
    errors: 0,
    unrecorded: 0,
    sweeps: 0,
    sweepErrors: 0,
  };
  const deadline = Date.now() + Number(process.env.MAX_SECONDS ?? '120') * 1000;
  const leaseMs = Number(process.env.LEASE_MS ?? '2000');
  // Quiet for longer than a lease: nothing is left, not even a reminder another sweep let drop.
  let quietSince: number | undefined;
  while (
    Date.now() < deadline &&
    (quietSince === undefined || Date.now() - quietSince < leaseMs + 1500)
  ) {
    try {
      const report = await sweepReminders(deps, {
        instanceId: env('INSTANCE_ID'),
        batchSize: 100,
        leaseMs,
        backoffMs: [Number(process.env.BACKOFF_MS ?? '200')],
      });
      totals.sweeps += 1;
      for (const key of Object.keys(totals) as (keyof typeof totals)[]) {
        if (key in report) totals[key] += report[key as keyof SweepReport] as number;
      }
      quietSince = report.ready === 0 ? (quietSince ?? Date.now()) : undefined;
      if (report.ready === 0) await new Promise((r) => setTimeout(r, 300));
    } catch {
      totals.sweepErrors += 1;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  process.stdout.write(`${JSON.stringify({ ...totals, faults: counts })}\n`);
  client.dispose();
};

main().catch((error: unknown) => {
  process.stderr.write(
    `worker failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
