import type { Board } from '../domain/board.js';
import type { Reminder } from '../domain/reminder.js';
import { unreachablePerson } from '../domain/after-personal-chat.js';
import type { ClaimedReminder } from './claim-reminder.js';
import type { ReminderJob } from './plan-reminder-job.js';
import type { ReminderDeps } from './ports.js';
import { recordReach } from './record-reach.js';
import type { SendProgress } from './send-reminder-job.js';
import type { SweepReport } from './sweep-report.js';

/** Plans the next in a series; idempotent, so a failed or unanswered attempt is simply repeated. */
const planFollowUps = async (deps: ReminderDeps, followUps: readonly Reminder[]): Promise<void> => {
  if (followUps.length === 0) return;
  for (let attempt = 1; ; attempt += 1) {
    try {
      await deps.reminders.plan(followUps);
      return;
    } catch (error) {
      if (attempt >= 5) throw error;
    }
  }
};

type OutcomeInput = {
  job: Extract<ReminderJob, { kind: 'send' }>;
  claim: ClaimedReminder;
  progress: SendProgress;
  report: SweepReport;
  maxAttempts: number;
  backoffMs: readonly number[];
  now: Date;
  /** Hands the board this wrote to later reminders of the sweep. */
  remember: (board: Board) => void;
};

/**
 * The reminder's next state: sent (and its follow-ups planned), pending again on the back-off
 * schedule, or failed after `maxAttempts` with whoever it never reached counted unreachable.
 */
const nextState = async (deps: ReminderDeps, input: OutcomeInput): Promise<Reminder> => {
  const { job, claim, progress, now, report } = input;
  const { reminder, unclaimed } = claim;
  const { deliveries, pending } = progress;
  const attempts = reminder.attempts + (pending > 0 ? 1 : 0);
  const updatedAt = now.toISOString();
  if (pending === 0) {
    await planFollowUps(deps, job.followUps);
    return { ...unclaimed, status: 'sent', deliveries, updatedAt };
  }
  if (attempts < input.maxAttempts) {
    const backoff = input.backoffMs[Math.min(attempts - 1, input.backoffMs.length - 1)] ?? 60_000;
    return {
      ...unclaimed,
      status: 'pending',
      attempts,
      deliveries,
      ...(Object.keys(progress.refused).length > 0 && { refused: progress.refused }),
      fireAt: new Date(now.getTime() + Math.max(progress.waitMs ?? 0, backoff)).toISOString(),
      updatedAt,
    };
  }
  for (const recipient of job.recipients) {
    if (deliveries[recipient.key] !== undefined) continue;
    deliveries[recipient.key] = { outcome: 'unreachable', at: updatedAt, reason: 'gave-up' };
    report.deliveries.unreachable += 1;
    progress.missed.push(unreachablePerson(recipient, 'gave-up', updatedAt));
  }
  await planFollowUps(deps, job.followUps);
  return { ...unclaimed, status: 'failed', attempts, deliveries, outcome: 'gave-up', updatedAt };
};

/** Records what one reminder's sends came to, plans what follows it, and keeps the reach list. */
export const recordReminderOutcome = async (
  deps: ReminderDeps,
  input: OutcomeInput,
): Promise<void> => {
  const { job, claim, progress, report } = input;
  const next = await nextState(deps, input);
  const recorded = await claim.record(next);
  if (!recorded) {
    /** The claim ran out while sending and another instance took the reminder over. */
    report.lost += 1;
    if (progress.sentSome) report.unrecorded += 1;
  } else if (next.status === 'sent') report.sent += 1;
  else if (next.status === 'failed') report.failed += 1;
  else report.retried += 1;
  const delivered = job.recipients.flatMap((r) => {
    const delivery = progress.deliveries[r.key];
    return r.aadObjectId === undefined ||
      delivery === undefined ||
      claim.reminder.deliveries[r.key] !== undefined
      ? []
      : [{ aadObjectId: r.aadObjectId, delivery }];
  });
  const { missed, reached } = progress;
  if (missed.length > 0 || reached.length > 0 || delivered.length > 0) {
    const written = await recordReach(deps, job.board, { missed, reached, delivered });
    if (written !== undefined) input.remember(written);
  }
};
