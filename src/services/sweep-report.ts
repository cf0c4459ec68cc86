import type { Delivery } from '../domain/reminder.js';

/** What one sweep did, counted: for the scheduler's log line and the tests. */
export type SweepReport = {
  /** Reminders taken up: each ready one at most once per sweep. */
  ready: number;
  /** Pages read (queries of what is ready). */
  pages: number;
  /** 1 when the sweep stopped at its ceiling (`maxPerSweep`) with more perhaps ready; summed across sweeps. */
  capped: number;
  claimed: number;
  /** Another instance claimed it first, or took it over. */
  lost: number;
  sent: number;
  cancelled: number;
  retried: number;
  failed: number;
  /** Reminders left for a later sweep after an infrastructure error. */
  errors: number;
  /**
   * Sent, but the outcome could not be recorded: the only case in which a later sweep sends the
   * same reminder again (once the claim's lease runs out).
   */
  unrecorded: number;
  deliveries: Record<Delivery['outcome'], number>;
};

export const emptySweepReport = (): SweepReport => ({
  ready: 0,
  pages: 0,
  capped: 0,
  claimed: 0,
  lost: 0,
  sent: 0,
  cancelled: 0,
  retried: 0,
  failed: 0,
  errors: 0,
  unrecorded: 0,
  deliveries: { personal: 0, channel: 0, unreachable: 0 },
});
