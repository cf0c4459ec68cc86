import type { Reminder } from '../domain/reminder.js';
import { claimReminder } from './claim-reminder.js';
import { planReminderJob } from './plan-reminder-job.js';
import type { ReminderDeps, Versioned } from './ports.js';
import { recordReminderOutcome } from './record-reminder-outcome.js';
import { sendReminderJob } from './send-reminder-job.js';
import { SweepCache } from './sweep-cache.js';
import type { SweepReport } from './sweep-report.js';
import { emptySweepReport } from './sweep-report.js';

export type { SweepReport } from './sweep-report.js';
export { emptySweepReport } from './sweep-report.js';

export type SweepOptions = {
  /** Who claims: one id per process. */
  instanceId: string;
  /** Reminders read per sweep. */
  batchSize?: number;
  /** How long a claim holds before another instance may take the reminder over. */
  leaseMs?: number;
  /** Attempts before a reminder stops retrying and its recipients count as unreachable. */
  maxAttempts?: number;
  /** Waits between attempts when Teams gives none (default 30 s, 2 min, 10 min, 30 min, 1 h). */
  backoffMs?: readonly number[];
};

const DEFAULT_BACKOFF_MS = [30_000, 120_000, 600_000, 1_800_000, 3_600_000];

type Settings = {
  instanceId: string;
  leaseMs: number;
  maxAttempts: number;
  backoffMs: readonly number[];
};

/** Claims, plans, sends and records one reminder; returns until when its tenant is throttled. */
const processReminder = async (
  deps: ReminderDeps,
  sweep: { cache: SweepCache; report: SweepReport; settings: Settings },
  candidate: Versioned<Reminder>,
): Promise<number | undefined> => {
  const { cache, report, settings } = sweep;
  const now = deps.clock.now();
  const claim = await claimReminder(deps, candidate, { ...settings, now });
  if (claim === undefined) {
    report.lost += 1;
    return undefined;
  }
  report.claimed += 1;
  const job = await planReminderJob(deps, cache, claim.reminder, now);
  if (job.kind === 'cancel') {
    const ok = await claim.record({
      ...claim.unclaimed,
      status: 'cancelled',
      outcome: job.outcome,
      updatedAt: now.toISOString(),
    });
    if (ok) report.cancelled += 1;
    else report.lost += 1;
    return undefined;
  }
  const progress = await sendReminderJob(deps, {
    ...settings,
    job,
    reminder: claim.reminder,
    now,
    report,
  });
  try {
    await recordReminderOutcome(deps, {
      ...settings,
      job,
      claim,
      progress,
      report,
      now,
      remember: (board) => cache.remember(board),
    });
  } catch (error) {
    if (progress.sentSome) report.unrecorded += 1;
    throw error;
  }
  if (progress.error !== undefined)
    throw progress.error instanceof Error ? progress.error : new Error('reminder delivery failed');
  return progress.pausedUntil;
};

/**
 * One pass of the reminder loop: read what is due, and for each reminder claim it with a
 * conditional write, send, then record the outcome (conditional again). Of several instances
 * exactly one sends a reminder; a crash between sending and recording, or a stall there longer
 * than the rest of the claim's lease, can repeat that one send once the lease has expired — the
 * only window for a duplicate, and counted in the report as `unrecorded`. Tenants are swept side
 * by side; within one, a throttle from Teams pauses the rest of its reminders until a later sweep.
 */
export const sweepReminders = async (
  deps: ReminderDeps,
  options: SweepOptions,
): Promise<SweepReport> => {
  const settings: Settings = {
    instanceId: options.instanceId,
    leaseMs: options.leaseMs ?? 120_000,
    maxAttempts: options.maxAttempts ?? 6,
    backoffMs: options.backoffMs ?? DEFAULT_BACKOFF_MS,
  };
  const report = emptySweepReport();
  const ready = await deps.reminders.listReady(deps.clock.now(), options.batchSize ?? 200);
  report.ready = ready.length;
  const sweep = { cache: new SweepCache(deps), report, settings };
  const byTenant = new Map<string, Versioned<Reminder>[]>();
  for (const r of ready) {
    const list = byTenant.get(r.value.tenantId) ?? [];
    list.push(r);
    byTenant.set(r.value.tenantId, list);
  }
  const runTenant = async (reminders: Versioned<Reminder>[]): Promise<void> => {
    let pausedUntil = 0;
    for (const candidate of reminders) {
      if (deps.clock.now().getTime() < pausedUntil) break;
      try {
        const paused = await processReminder(deps, sweep, candidate);
        if (paused !== undefined) pausedUntil = paused;
      } catch {
        // Left claimed or pending: another sweep takes it up once its lease runs out.
        report.errors += 1;
      }
    }
  };
  await Promise.all([...byTenant.values()].map(runTenant));
  return report;
};
