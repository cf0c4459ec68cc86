import type { Reminder } from '../domain/reminder.js';
import type { ReminderDeps, Versioned } from './ports.js';

/**
 * A conditional write that survives a lost answer: when Cosmos fails after committing, the
 * document read back carries our token, so the write counts; when it did not commit and nobody
 * else changed the document, the write is tried again. Undefined: another instance changed it.
 */
const writeOnce = async (
  deps: ReminderDeps,
  current: Versioned<Reminder>,
  next: Reminder,
  isOurs: (r: Reminder) => boolean,
): Promise<Versioned<Reminder> | undefined> => {
  let lastError: unknown;
  for (let attempt = 0; attempt < 8; attempt += 1) {
    let failed = false;
    try {
      const written = await deps.reminders.replace(current, next);
      if (written !== undefined) return written;
    } catch (error) {
      failed = true;
      lastError = error;
    }
    let fresh: Versioned<Reminder> | undefined;
    try {
      fresh = await deps.reminders.findById(next.dueDay, next.id);
    } catch (error) {
      lastError = error;
      continue;
    }
    if (fresh !== undefined && isOurs(fresh.value)) return fresh;
    if (!failed || fresh === undefined || fresh.etag !== current.etag) return undefined;
  }
  throw lastError instanceof Error ? lastError : new Error('reminder write failed');
};

/** A reminder this instance holds, and the one way to record what came of it. */
export type ClaimedReminder = {
  reminder: Reminder;
  /** The reminder without the claim's fields: what its outcome is recorded on. */
  unclaimed: Reminder;
  /** Records the outcome over the claim; false when the claim ran out and another took it over. */
  record: (next: Reminder) => Promise<boolean>;
};

/**
 * Claims a due reminder with a conditional write, for `leaseMs`: while the lease holds no other
 * instance takes it. Undefined: another instance claimed it first.
 */
export const claimReminder = async (
  deps: ReminderDeps,
  candidate: Versioned<Reminder>,
  claim: { instanceId: string; leaseMs: number; now: Date },
): Promise<ClaimedReminder | undefined> => {
  const token = deps.ids.next();
  const claimed = await writeOnce(
    deps,
    candidate,
    {
      ...candidate.value,
      status: 'claimed',
      claimedBy: claim.instanceId,
      claimToken: token,
      leaseUntil: new Date(claim.now.getTime() + claim.leaseMs).toISOString(),
    },
    (r) => r.status === 'claimed' && r.claimToken === token,
  );
  if (claimed === undefined) return undefined;
  const reminder = claimed.value;
  const { claimedBy: _c, leaseUntil: _l, claimToken: _t, ...unclaimed } = reminder;
  return {
    reminder,
    unclaimed,
    record: async (next) =>
      (await writeOnce(
        deps,
        claimed,
        { ...next, recordedBy: token },
        (r) => r.recordedBy === token,
      )) !== undefined,
  };
};
