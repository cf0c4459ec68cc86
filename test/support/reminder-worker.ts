/**
 * One scheduler instance in a process of its own, for the race and fault tests: the app exactly as
 * `src/app.ts` composes it (adapter with the turn error handler, proactive sender, notifier, rate
 * limiter, reminder scheduler) over the given database; it sweeps until nothing is ready, then
 * prints its totals as JSON. Optionally injects Cosmos faults through the app's own Cosmos client
 * (seeded, so a failure reproduces), switched on once the app has started.
 */
import { startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/log.js';
import type { SweepReport } from '../../src/services/sweep-reminders.js';
import { emptySweepReport } from '../../src/services/sweep-reminders.js';
import { CosmosFaults } from './cosmos-faults.js';

const env = (name: string): string => {
  const value = process.env[name];
  if (value === undefined) throw new Error(`${name} is not set`);
  return value;
};

const main = async (): Promise<void> => {
  const faultRate = Number(process.env.FAULT_RATE ?? '0');
  const faults = new CosmosFaults(Number(process.env.FAULT_SEED ?? '1'));
  faults.writesOnlyLoseAnswers = true;
  const app = await startApp({
    config: loadConfig(
      {
        QUORATE_MODE: 'local',
        PORT: '0',
        COSMOS_ENDPOINT: env('COSMOS_ENDPOINT'),
        COSMOS_KEY: env('COSMOS_KEY'),
        COSMOS_DATABASE: env('COSMOS_DATABASE'),
        COSMOS_REQUEST_TIMEOUT_MS: '10000',
        REMINDER_SWEEP_SECONDS: '3600',
        REMINDER_SEND_RATE: env('SEND_RATE'),
        PLAYGROUND: 'off',
      },
      'local',
    ),
    log: silentLogger,
    readRoster: () => Promise.resolve([]),
    ...(faultRate > 0 && { cosmosPlugins: [faults.plugin] }),
  });
  const reminders = app.reminders;
  if (reminders === undefined) throw new Error('reminders are off');
  faults.rate = faultRate;
  const { deliveries: _deliveries, ...zero } = emptySweepReport();
  const totals: Omit<SweepReport, 'deliveries'> & {
    sweeps: number;
    sweepErrors: number;
    deliveries: SweepReport['deliveries'];
  } = { ...zero, sweeps: 0, sweepErrors: 0, deliveries: emptySweepReport().deliveries };
  const deadline = Date.now() + Number(process.env.MAX_SECONDS ?? '120') * 1000;
  const leaseMs = Number(process.env.LEASE_MS ?? '2000');
  // Quiet for longer than a lease: nothing is left, not even a reminder another sweep let drop.
  let quietSince: number | undefined;
  while (
    Date.now() < deadline &&
    (quietSince === undefined || Date.now() - quietSince < leaseMs + 1500)
  ) {
    try {
      const report = await reminders.sweepNow({
        batchSize: 100,
        leaseMs,
        backoffMs: [Number(process.env.BACKOFF_MS ?? '200')],
        maxAttempts: Number(process.env.MAX_ATTEMPTS ?? '6'),
      });
      totals.sweeps += 1;
      for (const key of Object.keys(zero) as (keyof typeof zero)[]) totals[key] += report[key];
      for (const key of Object.keys(report.deliveries) as (keyof SweepReport['deliveries'])[])
        totals.deliveries[key] += report.deliveries[key];
      quietSince = report.ready === 0 ? (quietSince ?? Date.now()) : undefined;
      if (report.ready === 0) await new Promise((r) => setTimeout(r, 300));
    } catch {
      totals.sweepErrors += 1;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  faults.rate = 0;
  process.stdout.write(`${JSON.stringify({ ...totals, faults: faults.counts })}\n`);
  await app.close();
};

main().catch((error: unknown) => {
  process.stderr.write(
    `worker failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
