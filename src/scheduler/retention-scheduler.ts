import type { Logger } from '../log.js';
import { errorKind } from '../log.js';
import type { Deps, RetentionStore } from '../services/ports.js';
import type { RetentionReport } from '../services/sweep-retention.js';
import { sweepRetention } from '../services/sweep-retention.js';

export type RetentionScheduler = {
  /** Runs one sweep now (tests); waits for one under way instead of starting a second. */
  sweepNow: () => Promise<RetentionReport>;
  stop: () => Promise<void>;
};

/** Six-hourly is plenty for a period counted in years; the first sweep waits for start-up. */
export const RETENTION_INTERVAL_MS = 6 * 60 * 60 * 1000;
export const RETENTION_FIRST_DELAY_MS = 5 * 60 * 1000;

export const startRetentionScheduler = (options: {
  deps: Pick<Deps, 'meetings' | 'actions' | 'audit' | 'clock' | 'approvedMinutes'>;
  store: RetentionStore;
  log: Logger;
  intervalMs?: number;
  firstDelayMs?: number;
}): RetentionScheduler => {
  let running: Promise<RetentionReport> | undefined;
  let stopped = false;
  const sweepNow = (): Promise<RetentionReport> => {
    running ??= sweepRetention(options.deps, options.store)
      .then((report) => {
        if (
          report.meetingsDeleted + report.actionsDeleted + report.auditTrimmed + report.failed >
          0
        )
          options.log.info('retention.swept', { ...report });
        return report;
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  const tick = (): void => {
    if (stopped) return;
    sweepNow().catch((error: unknown) => {
      options.log.error('retention.failed', { error: errorKind(error) });
    });
  };
  const first = setTimeout(() => {
    tick();
    interval.refresh();
  }, options.firstDelayMs ?? RETENTION_FIRST_DELAY_MS);
  const interval = setInterval(tick, options.intervalMs ?? RETENTION_INTERVAL_MS);
  first.unref();
  interval.unref();
  return {
    sweepNow,
    stop: async () => {
      stopped = true;
      clearTimeout(first);
      clearInterval(interval);
      await running?.catch(() => undefined);
    },
  };
};
