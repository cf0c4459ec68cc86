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
  /** Reminders read per page; a sweep reads pages until one comes back short (default 200). */
  batchSize?: number;
  /** At most this many reminders per sweep (default 10,000); the next sweep goes on. */
  maxPerSweep?: number;
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

/** Groups reminders by tenant, in the order read. */
const byTenant = (
  reminders: readonly Versioned<Reminder>[],
): Map<string, Versioned<Reminder>[]> => {
  const groups = new Map<string, Versioned<Reminder>[]>();
  for (const r of reminders) {
    const list = groups.get(r.value.tenantId) ?? [];
    list.push(r);
    groups.set(r.value.tenantId, list);
  }
  return groups;
};

/** Reminders that left the ready set: sent, cancelled, given up, or put off to a later time. */
const settled = (report: SweepReport): number =>
  report.sent + report.cancelled + report.failed + report.retried;

/**
 * One pass of the reminder loop: read what is due, and for each reminder claim it with a
 * conditional write, send, then record the outcome (conditional again). Of several instances
 * exactly one sends a reminder; a crash between sending and recording, or a stall there longer
 * than the rest of the claim's lease, can repeat that one send once the lease has expired — the
 * only window for a duplicate, and counted in the report as `unrecorded`. Tenants are swept side
 * by side; within one, a throttle from Teams pauses the rest of its reminders until a later sweep.
 *
 * A sweep drains everything ready, a page (`batchSize`, 200) at a time, until a page comes back
 * short. Each reminder is taken up at most once per sweep: one it could not claim or send, and
 * one of a paused tenant, stay ready, so the next page asks for that many more and skips them; a
 * page that brings nothing new ends the sweep. `maxPerSweep` (10,000) bounds it; the
 * report says when it was reached (`capped`), and the next sweep goes on from there.
 * The first page looks in every due day's partition (a cross-partition query, two requests);
 * when nothing it found lies in an earlier day than today's, the rest are read from today's
 * partition alone (one request each): anything ready in an earlier partition sorts before today's
 * 09:00 reminders, and what a later retry leaves there is found by the next sweep's first page.
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
  const pageSize = Math.max(1, options.batchSize ?? 200);
  const ceiling = Math.max(pageSize, options.maxPerSweep ?? 10_000);
  const report = emptySweepReport();
  const cache = new SweepCache(deps);
  const sweep = { cache, report, settings };
  const sweepDeps: ReminderDeps = { ...deps, conversations: cache.conversations() };
  const pausedUntil = new Map<string, number>();
  const runTenant = async (tenantId: string, reminders: Versioned<Reminder>[]): Promise<void> => {
    for (const candidate of reminders) {
      if (deps.clock.now().getTime() < (pausedUntil.get(tenantId) ?? 0)) break;
      try {
        const paused = await processReminder(sweepDeps, sweep, candidate);
        if (paused !== undefined) pausedUntil.set(tenantId, paused);
      } catch {
        // Left claimed or pending: another sweep takes it up once its lease runs out.
        report.errors += 1;
      }
    }
  };
  const seen = new Set<string>();
  /** Reminders this sweep took up that may still be ready: each page asks for that many more. */
  let stuck = 0;
  let day: string | undefined;
  for (;;) {
    const now = deps.clock.now();
    const limit = stuck + Math.min(pageSize, ceiling - seen.size);
    const page = await deps.reminders.listReady(now, limit, day === undefined ? {} : { day });
    report.pages += 1;
    const fresh = page.filter((r) => !seen.has(r.value.id));
    if (fresh.length === 0) break;
    const today = now.toISOString().slice(0, 10);
    if (report.pages === 1 && page.every((r) => r.value.dueDay === today)) day = today;
    report.ready += fresh.length;
    for (const r of fresh) seen.add(r.value.id);
    const before = settled(report);
    await Promise.all([...byTenant(fresh)].map(([tenant, list]) => runTenant(tenant, list)));
    stuck = page.length - (settled(report) - before);
    if (page.length < limit) break;
    if (seen.size >= ceiling) {
      report.capped += 1;
      break;
    }
  }
  return report;
};
