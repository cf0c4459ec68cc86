import type { Container } from '@azure/cosmos';
import type { TenantId } from '../domain/ids.js';
import type { SendRateLimiter } from '../services/ports.js';
import { cosmosStatus, withContext } from './cosmos-errors.js';

/** Rate counters share the reminders container under a partition no sweep reads. */
export const RATE_PARTITION = 'rate-limit';
const SLOTS = 8;

type RateDoc = {
  id: string;
  type: 'rate';
  dueDay: typeof RATE_PARTITION;
  tenantId: string;
  /** The whole second (Unix time) this slot counts. */
  second: number;
  count: number;
  _etag?: string;
};

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * At most `perSecond` proactive sends per tenant per second, across every instance: each send
 * takes a token from the tenant's counter for the current second, a document in a small ring
 * (one per second modulo 8) changed only with If-Match, so two instances never both take the
 * last token. When the second is spent, it waits for the next one.
 */
export class CosmosSendRateLimiter implements SendRateLimiter {
  constructor(
    private readonly container: Container,
    private readonly perSecond: number,
    private readonly now: () => number = () => Date.now(),
  ) {}

  async acquire(tenantId: TenantId): Promise<void> {
    for (let attempt = 0; attempt < 10_000; attempt += 1) {
      const nowMs = this.now();
      const second = Math.floor(nowMs / 1000);
      const outcome = await this.take(tenantId, second);
      if (outcome === 'taken') return;
      if (outcome === 'full') await sleep(1000 - (nowMs % 1000) + 1);
    }
    throw new Error('rate limiter: no send slot');
  }

  /** One attempt at a token: taken, full (wait for the next second) or raced (try again). */
  private async take(tenantId: TenantId, second: number): Promise<'taken' | 'full' | 'raced'> {
    const id = `rate:${tenantId}:${second % SLOTS}`;
    let doc: RateDoc | undefined;
    try {
      doc = (await this.container.item(id, RATE_PARTITION).read<RateDoc>()).resource;
    } catch (error) {
      if (cosmosStatus(error) !== 404) throw withContext('read rate counter', error);
    }
    const fresh: RateDoc = {
      id,
      type: 'rate',
      dueDay: RATE_PARTITION,
      tenantId,
      second,
      count: 1,
    };
    try {
      if (doc === undefined) {
        await this.container.items.create(fresh);
        return 'taken';
      }
      if (doc.second === second && doc.count >= this.perSecond) return 'full';
      const next =
        doc.second === second ? { ...doc, count: doc.count + 1 } : { ...fresh, _etag: undefined };
      await this.container.item(id, RATE_PARTITION).replace(next, {
        accessCondition: { type: 'IfMatch', condition: doc._etag ?? '' },
      });
      return 'taken';
    } catch (error) {
      const status = cosmosStatus(error);
      if (status === 409 || status === 412) return 'raced';
      throw withContext('take rate token', error);
    }
  }
}
