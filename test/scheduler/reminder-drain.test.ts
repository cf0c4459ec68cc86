import type { PluginConfig } from '@azure/cosmos';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FakeConnector } from '../../doubles/fake-connector.js';
import { startFakeConnector } from '../../doubles/fake-connector.js';
import type { RequestCounter } from '../support/count-requests.js';
import { countRequests } from '../support/count-requests.js';
import { seedDueReminders } from '../support/due-reminders.js';
import type { SendingApp } from '../support/sending-app.js';
import { startSendingApp } from '../support/sending-app.js';
import type { TestDeps } from '../support/test-deps.js';
import { createTestDeps } from '../support/test-deps.js';

let connector: FakeConnector;
let deps: TestDeps;
const apps: SendingApp[] = [];

beforeAll(async () => {
  connector = await startFakeConnector();
});
afterAll(() => connector.close());
beforeEach(async () => {
  connector.delivered.length = 0;
  connector.requests.length = 0;
  connector.answer = () => ({ status: 200 });
  deps = await createTestDeps();
  deps.clock.set('2026-11-23T09:00:00Z');
});
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
});

/** The app as production composes it, over this test's database and clock; 50 sends a second per tenant. */
const sendingApp = async (plugins: PluginConfig[] = []): Promise<SendingApp> => {
  const app = await startSendingApp(deps, { sendRate: 50, cosmosPlugins: plugins });
  apps.push(app);
  return app;
};

/** How many times each action's reminder reached anyone. */
const deliveriesPerAction = (): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const d of connector.delivered) {
    const id = /"actionId":"(drain-\d+)"/.exec(JSON.stringify(d.activity))?.[1];
    if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
};

/** Answers every conditional write to these reminders 412, as if another writer always got there first. */
const neverClaimable = (ids: ReadonlySet<string>): PluginConfig => ({
  on: 'request',
  plugin: (context, _node, next) => {
    const path = decodeURIComponent(context.path ?? '');
    const id = /\/colls\/reminders\/docs\/(.+)$/.exec(path)?.[1];
    if (String(context.operationType) === 'replace' && id !== undefined && ids.has(id))
      return Promise.reject(
        Object.assign(new Error('injected 412'), { code: 412, body: { code: '412' } }),
      );
    return next(context);
  },
});

describe('one reminder sweep drains everything due', () => {
  it(
    'sends all 450 due reminders in one sweep, in pages of 200, and reports its requests',
    { timeout: 120_000 },
    async () => {
      const counter: RequestCounter = countRequests();
      await seedDueReminders(deps, { count: 450, tenants: 3, connectorUrl: connector.url });
      const app = await sendingApp([counter.plugin]);
      counter.reset();
      const report = await app.sweep();
      const requests = counter.kinds();
      const total = counter.total();
      expect(report).toMatchObject({ ready: 450, sent: 450, pages: 3, capped: 0, errors: 0 });
      expect(report.deliveries).toEqual({ personal: 450, channel: 0, unreachable: 0 });
      const counts = deliveriesPerAction();
      expect(counts.size).toBe(450);
      expect([...counts.values()].every((n) => n === 1)).toBe(true);
      // The first page looks in every due day (plan + query); the next two in today's partition only.
      expect(requests['plan reminders']).toBe(1);
      expect(requests['query reminders']).toBe(3);
      // Each member's personal chat is looked up once a sweep (20 members on each of 3 boards), each
      // board's meetings once; each action is read once, as it must be.
      expect(requests['read conversations']).toBe(60);
      expect(requests['query meetings']).toBe(3);
      expect(requests['read actions']).toBe(450);
      console.info(
        `drain 450: ${total} Cosmos requests, ${(total / 450).toFixed(2)} per reminder: ${JSON.stringify(requests)}`,
      );

      const again = await app.sweep();
      expect(again).toMatchObject({ ready: 0, sent: 0, pages: 1 });
      expect(connector.delivered).toHaveLength(450);
    },
  );

  it(
    'two instances sweeping at once send each of 450 exactly once, both taking a share',
    { timeout: 120_000 },
    async () => {
      await seedDueReminders(deps, { count: 450, tenants: 3, connectorUrl: connector.url });
      const one = await sendingApp();
      const two = await sendingApp();
      const [a, b] = await Promise.all([one.sweep(), two.sweep()]);
      const counts = deliveriesPerAction();
      expect(counts.size).toBe(450);
      expect([...counts.values()].filter((n) => n > 1)).toEqual([]);
      expect(a.sent + b.sent).toBe(450);
      expect(a.claimed).toBeGreaterThan(0);
      expect(b.claimed).toBeGreaterThan(0);
      expect(a.unrecorded + b.unrecorded).toBe(0);
      expect((await one.sweep()).ready).toBe(0);
    },
  );

  it(
    'does not spin on reminders it cannot claim, even a page’s worth of them, and still drains the rest',
    { timeout: 120_000 },
    async () => {
      const { reminders } = await seedDueReminders(deps, {
        count: 300,
        tenants: 2,
        connectorUrl: connector.url,
      });
      // Every reminder of the second tenant (150, more than a page of 100) stays ready for ever.
      const stuck = new Set(reminders.filter((_, i) => i % 2 === 1).map((r) => r.id));
      const counter = countRequests();
      const app = await sendingApp([neverClaimable(stuck), counter.plugin]);
      counter.reset();
      const report = await app.sweep({ batchSize: 100 });
      expect(report).toMatchObject({ ready: 300, sent: 150, lost: 150, capped: 0 });
      // 100 new (50 stuck), then 150 asked: 100 new; then 200 asked: 100 new; then 250 asked: none.
      expect(report.pages).toBe(4);
      expect(counter.kinds()['query reminders']).toBe(report.pages);
      expect(deliveriesPerAction().size).toBe(150);

      // The next sweep meets only the stuck ones: it tries each once and stops.
      const next = await app.sweep({ batchSize: 100 });
      expect(next).toMatchObject({ ready: 150, sent: 0, lost: 150, pages: 2 });
    },
  );

  it('stops at its ceiling and says so; the next sweep goes on from there', async () => {
    await seedDueReminders(deps, { count: 120, connectorUrl: connector.url });
    const app = await sendingApp();
    const first = await app.sweep({ batchSize: 50, maxPerSweep: 100 });
    expect(first).toMatchObject({ ready: 100, sent: 100, pages: 2, capped: 1 });
    const second = await app.sweep({ batchSize: 50, maxPerSweep: 100 });
    expect(second).toMatchObject({ ready: 20, sent: 20, capped: 0 });
    expect(deliveriesPerAction().size).toBe(120);
  });
});
