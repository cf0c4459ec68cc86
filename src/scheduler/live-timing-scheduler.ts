import type { Logger } from '../log.js';
import { errorKind } from '../log.js';
import type { OverrunNudgeDeps, OverrunNudgeReport } from '../services/sweep-overrun-nudges.js';
import { sweepOverrunNudges } from '../services/sweep-overrun-nudges.js';

export type LiveTimingScheduler = {
  /** Runs one tick now (tests, the dev clock control); joins a tick already under way. */
  sweepNow: () => Promise<OverrunNudgeReport>;
  stop: () => Promise<void>;
};

/** A nudge is due 5 minutes into an overrun: a minute's tick sends it within a minute of that. */
export const LIVE_TIMING_INTERVAL_MS = 60_000;

/**
 * The live-timing tick: every minute, the chair of each meeting in progress whose current item
 * has run 5 minutes past its allocation gets one private nudge (services/sweep-overrun-nudges.ts).
 * Ticks never overlap within an instance; across instances the item's claim makes it one nudge.
 */
export const startLiveTimingScheduler = (options: {
  deps: OverrunNudgeDeps;
  log: Logger;
  intervalMs?: number;
}): LiveTimingScheduler => {
  let running: Promise<OverrunNudgeReport> | undefined;
  let stopped = false;
  const sweepNow = (): Promise<OverrunNudgeReport> => {
    running ??= sweepOverrunNudges(options.deps)
      .then((report) => {
        if (report.due + report.errors > 0) options.log.info('timing.nudges', { ...report });
        return report;
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  const interval = setInterval(() => {
    if (stopped) return;
    sweepNow().catch((error: unknown) => {
      options.log.error('timing.nudges_failed', { error: errorKind(error) });
    });
  }, options.intervalMs ?? LIVE_TIMING_INTERVAL_MS);
  interval.unref();
  return {
    sweepNow,
    stop: async () => {
      stopped = true;
      clearInterval(interval);
      await running?.catch(() => undefined);
    },
  };
};
