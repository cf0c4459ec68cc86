import type { PluginConfig } from '@azure/cosmos';

/** mulberry32: a small seeded generator, so a failing run reproduces. */
export const seeded = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

export type FaultCounts = {
  requests: number;
  throttled: number;
  unavailable: number;
  lostAnswers: number;
  delayed: number;
};

const cosmosError = (code: number, retryAfterMs?: number): Error =>
  Object.assign(new Error(`injected ${code}`), {
    code,
    body: { code: String(code), message: 'injected' },
    headers: retryAfterMs === undefined ? {} : { 'x-ms-retry-after-ms': String(retryAfterMs) },
    ...(retryAfterMs !== undefined && { retryAfterInMs: retryAfterMs }),
  });

/**
 * A Cosmos request plugin whose behaviour a test switches at run time: a share `rate` of requests
 * fail, a third each as 429 with a retry-after, 503 before the request, and a write that commits but
 * whose answer is lost (503 after the server applied it); `delayMs` slows every request;
 * `throttleAll` answers every request 429 with `retryAfterMs`.
 */
export class CosmosFaults {
  rate = 0;
  delayMs = 0;
  throttleAll = false;
  retryAfterMs = 5;
  /** Only writes lose their answers (a read in that share simply succeeds), as the race worker wants. */
  writesOnlyLoseAnswers = false;
  /** Requests under way (including injected delays): a test waits for 0 before it ends. */
  inFlight = 0;
  readonly counts: FaultCounts = {
    requests: 0,
    throttled: 0,
    unavailable: 0,
    lostAnswers: 0,
    delayed: 0,
  };
  private readonly random: () => number;

  constructor(seed: number) {
    this.random = seeded(seed);
  }

  readonly plugin: PluginConfig = {
    on: 'request',
    plugin: async (context, diagnosticNode, next) => {
      this.inFlight += 1;
      try {
        return await this.handle(context, diagnosticNode, next);
      } finally {
        this.inFlight -= 1;
      }
    },
  };

  /** Resolves once no request has been under way for `quietMs`. */
  async settle(quietMs = 300): Promise<void> {
    let quietSince = Date.now();
    while (Date.now() - quietSince < quietMs) {
      if (this.inFlight > 0) quietSince = Date.now();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  private readonly handle: PluginConfig['plugin'] = async (context, _diagnosticNode, next) => {
    this.counts.requests += 1;
    if (this.delayMs > 0) {
      this.counts.delayed += 1;
      await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    }
    if (this.throttleAll) {
      this.counts.throttled += 1;
      throw cosmosError(429, this.retryAfterMs);
    }
    const roll = this.rate > 0 ? this.random() : 1;
    if (roll < this.rate / 3) {
      this.counts.throttled += 1;
      throw cosmosError(429, this.retryAfterMs);
    }
    if (roll < (2 * this.rate) / 3) {
      this.counts.unavailable += 1;
      throw cosmosError(503);
    }
    const response = await next(context);
    if (roll < this.rate && !(this.writesOnlyLoseAnswers && String(context.method) === 'GET')) {
      this.counts.lostAnswers += 1;
      throw cosmosError(503);
    }
    return response;
  };
}
