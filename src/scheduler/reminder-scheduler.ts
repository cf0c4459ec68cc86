import type { Logger } from '../log.js';
import { errorKind } from '../log.js';
import type { ReminderDeps } from '../services/ports.js';
import type { SweepOptions, SweepReport } from '../services/sweep-reminders.js';
import { sweepReminders } from '../services/sweep-reminders.js';

export type ReminderScheduler = {
  /** Sweep soon (a notice was just planned) instead of waiting for the next tick. */
  kick: () => void;
  /**
   * Runs one sweep now and reports it (tests, the dev clock control). Tests may shorten the lease
   * and back-off; a sweep already under way is joined instead.
   */
  sweepNow: (overrides?: SweepOverrides) => Promise<SweepReport>;
  /** Stops the loop and waits for the sweep under way, if any. */
  stop: () => Promise<void>;
};

export type SweepOverrides = Partial<Omit<SweepOptions, 'instanceId'>>;

export type SchedulerOptions = {
  deps: ReminderDeps;
  log: Logger;
  instanceId: string;
  intervalMs: number;
  batchSize?: number;
};

/**
 * The reminder loop of one instance: every `intervalMs`, and whenever kicked, one sweep (claim →
 * send → record). Sweeps never overlap within an instance; several instances may run side by side
 * because every reminder is claimed with a conditional write before it is sent.
 */
export const startReminderScheduler = (options: SchedulerOptions): ReminderScheduler => {
  let running: Promise<SweepReport> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let again = false;

  const sweep = (overrides: SweepOverrides = {}): Promise<SweepReport> => {
    if (running !== undefined) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        const report = await sweepReminders(options.deps, {
          instanceId: options.instanceId,
          ...(options.batchSize !== undefined && { batchSize: options.batchSize }),
          ...overrides,
        });
        if (report.ready > 0) {
          options.log.info('reminders.swept', {
            ready: report.ready,
            sent: report.sent,
            cancelled: report.cancelled,
            retried: report.retried,
            failed: report.failed,
            lost: report.lost,
            pages: report.pages,
          });
        }
        if (report.capped > 0)
          options.log.warn('reminders.sweep_capped', { ready: report.ready, pages: report.pages });
        return report;
      } finally {
        running = undefined;
      }
    })();
    const current = running;
    void current
      .catch((error: unknown) => {
        options.log.error('reminders.sweep_failed', { error: errorKind(error) });
      })
      .finally(() => {
        if (again && !stopped) {
          again = false;
          void sweep().catch(() => undefined);
        }
      });
    return current;
  };

  const schedule = (): void => {
    if (stopped) return;
    timer = setTimeout(() => {
      void sweep()
        .catch(() => undefined)
        .finally(schedule);
    }, options.intervalMs);
    timer.unref();
  };
  schedule();

  return {
    kick: () => {
      if (!stopped) void sweep().catch(() => undefined);
    },
    sweepNow: (overrides) => sweep(overrides),
    stop: async () => {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      await running?.catch(() => undefined);
    },
  };
};
