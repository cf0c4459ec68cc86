import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Clock } from '../services/ports.js';

/** The system clock, which a local run may move forward to see reminders fall due. */
export class AdjustableClock implements Clock {
  private offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
  /** Moves to `at`; never backwards, so nothing already sent falls due again. */
  moveTo(at: Date): void {
    this.offsetMs = Math.max(this.offsetMs, at.getTime() - Date.now());
  }
}

const json = (res: ServerResponse, status: number, body: unknown): void => {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
};

/**
 * POST /dev/clock?advance=<hours> or ?to=<ISO instant> — local mode only (never registered in
 * production): moves the bot's clock and runs a reminder sweep at once, for demos and the
 * end-to-end test (app.ts also runs the live-timing tick, so an overrun nudge falls due too).
 * Answers the new time and what the sweep did.
 */
export const createDevClockRoute =
  (clock: AdjustableClock, sweep: () => Promise<unknown>) =>
  async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'POST') return json(res, 405, { error: 'POST only' });
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const advance = url.searchParams.get('advance');
    const to = url.searchParams.get('to');
    if (advance !== null) {
      const hours = Number(advance);
      if (!Number.isFinite(hours) || hours < 0 || hours > 24 * 366)
        return json(res, 400, { error: 'advance=<hours>, 0 to 8784' });
      clock.moveTo(new Date(clock.now().getTime() + hours * 3_600_000));
    } else if (to !== null) {
      const at = Date.parse(to);
      if (Number.isNaN(at)) return json(res, 400, { error: 'to=<ISO instant>' });
      clock.moveTo(new Date(at));
    }
    const swept = await sweep();
    return json(res, 200, { now: clock.now().toISOString(), swept });
  };
