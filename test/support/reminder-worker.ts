/**
 * One scheduler instance in a process of its own, for the race and fault tests: sweeps the given
 * database until nothing is ready, then prints its totals as JSON. Optionally injects Cosmos faults
 * through the SDK's request plugin (seeded, so a failure reproduces).
 */
import { randomUUID } from 'node:crypto';
import { CosmosClient } from '@azure/cosmos';
import type { ReminderDeps } from '../../src/services/ports.js';
import type { SweepReport } from '../../src/services/sweep-reminders.js';
import { emptySweepReport, sweepReminders } from '../../src/services/sweep-reminders.js';
import { createCosmosDeps } from '../../src/storage/create-cosmos-deps.js';
import { CosmosSendRateLimiter } from '../../src/storage/cosmos-send-rate-limiter.js';
import { createAdapter } from '../../src/teams/create-bot.js';
import { createProactiveSender } from '../../src/teams/proactive.js';
import { teamsNotifier } from '../../src/teams/reminder-notifier.js';
import { CosmosFaults } from './cosmos-faults.js';

const env = (name: string): string => {
  const value = process.env[name];
  if (value === undefined) throw new Error(`${name} is not set`);
  return value;
};

const main = async (): Promise<void> => {
  const faultRate = Number(process.env.FAULT_RATE ?? '0');
  const faults = new CosmosFaults(Number(process.env.FAULT_SEED ?? '1'));
  faults.rate = faultRate;
  faults.writesOnlyLoseAnswers = true;
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
      plugins: [faults.plugin],
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
  const { deliveries: _deliveries, ...zero } = emptySweepReport();
  const totals: Omit<SweepReport, 'deliveries'> & { sweeps: number; sweepErrors: number } = {
    ...zero,
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
  process.stdout.write(`${JSON.stringify({ ...totals, faults: faults.counts })}\n`);
  client.dispose();
};

main().catch((error: unknown) => {
  process.stderr.write(
    `worker failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
