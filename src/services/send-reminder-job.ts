import type { UnreachablePerson } from '../domain/board.js';
import type { Delivery, Reminder } from '../domain/reminder.js';
import type { Delivered } from './deliver-reminder.js';
import { deliverReminder } from './deliver-reminder.js';
import type { ReminderJob } from './plan-reminder-job.js';
import type { ReminderDeps } from './ports.js';
import type { SweepReport } from './sweep-report.js';

/** What one pass of sends came to, for the record. */
export type SendProgress = {
  /** Per recipient key, this pass's and earlier passes' deliveries. */
  deliveries: Record<string, Delivery>;
  refused: Record<string, string>;
  /** Who went to the board's chat or nowhere, for the coordinators' list. */
  missed: UnreachablePerson[];
  /** Entra ids (lower case) reached in their personal chat: off the list. */
  reached: string[];
  /** Recipients left for a retry. */
  pending: number;
  /** The longest Retry-After Teams asked for. */
  waitMs: number | undefined;
  /** Teams throttled the tenant: nothing more goes to it until then. */
  pausedUntil: number | undefined;
  /** Something went out in this pass, so a failure to record it may repeat it. */
  sentSome: boolean;
  /** Storage failing mid-way: what was sent so far is still recorded, the rest retried later. */
  error?: unknown;
};

/**
 * Sends one claimed reminder to those of its recipients who do not have it yet. Sending stops
 * with a quarter of the claim left, so a slow pass does not outlive its claim, and at the first
 * throttle, which pauses the tenant.
 */
export const sendReminderJob = async (
  deps: ReminderDeps,
  input: {
    job: Extract<ReminderJob, { kind: 'send' }>;
    reminder: Reminder;
    now: Date;
    leaseMs: number;
    backoffMs: readonly number[];
    report: SweepReport;
  },
): Promise<SendProgress> => {
  const { job, reminder, now, report } = input;
  const deliveries = { ...reminder.deliveries };
  const refused = { ...reminder.refused };
  const missed: UnreachablePerson[] = [];
  const reached: string[] = [];
  let waitMs: number | undefined;
  let pending = 0;
  let pausedUntil: number | undefined;
  let error: unknown;
  const unsent = (): number => job.recipients.filter((r) => deliveries[r.key] === undefined).length;
  const sendUntil = now.getTime() + (input.leaseMs * 3) / 4;
  for (const recipient of job.recipients) {
    if (deliveries[recipient.key] !== undefined) continue;
    if (deps.clock.now().getTime() > sendUntil) {
      pending = unsent();
      break;
    }
    let sent: Delivered;
    try {
      sent = await deliverReminder(deps, {
        board: job.board,
        recipient,
        now,
        ...(refused[recipient.key] !== undefined && { refusedBefore: refused[recipient.key] }),
      });
    } catch (failure) {
      error = failure;
      pending = unsent();
      break;
    }
    if (!sent.done) {
      pending += 1;
      if (sent.refused !== undefined) refused[recipient.key] = sent.refused;
      waitMs = Math.max(waitMs ?? 0, sent.retryAfterMs ?? 0);
      if (sent.throttled) {
        pausedUntil = now.getTime() + (sent.retryAfterMs ?? input.backoffMs[0] ?? 30_000);
        break;
      }
      continue;
    }
    deliveries[recipient.key] = sent.delivery;
    report.deliveries[sent.delivery.outcome] += 1;
    if (sent.unreachable !== undefined) missed.push(sent.unreachable);
    else if (recipient.aadObjectId !== undefined) reached.push(recipient.aadObjectId.toLowerCase());
  }
  if (pausedUntil !== undefined) pending = unsent();
  return {
    deliveries,
    refused,
    missed,
    reached,
    pending,
    waitMs,
    pausedUntil,
    sentSome: Object.keys(deliveries).length > Object.keys(reminder.deliveries).length,
    ...(error !== undefined && { error }),
  };
};
