import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Action } from '../../src/domain/action.js';
import type { Board } from '../../src/domain/board.js';
import { actionId, tenantId } from '../../src/domain/ids.js';
import { todayIn } from '../../src/domain/parse-when.js';
import type { Reminder } from '../../src/domain/reminder.js';
import { utcDay } from '../../src/domain/reminder-policy.js';
import type { FakeConnector } from '../../doubles/fake-connector.js';
import { startFakeConnector } from '../../doubles/fake-connector.js';
import { seeded } from '../support/cosmos-faults.js';
import { aadOf, haveringBoard, member, TENANT } from '../support/fixtures.js';
import type { TestDeps } from '../support/test-deps.js';
import { createTestDeps } from '../support/test-deps.js';

type WorkerTotals = {
  sweeps: number;
  claimed: number;
  retried: number;
  failed: number;
  deliveries: { personal: number; channel: number; unreachable: number };
  lost: number;
  sent: number;
  errors: number;
  unrecorded: number;
  sweepErrors: number;
  faults: { throttled: number; unavailable: number; lostAnswers: number };
};

const MEMBERS = 20;

let connector: FakeConnector;
beforeAll(async () => {
  connector = await startFakeConnector();
});
afterAll(() => connector.close());

const tenantNo = (t: number) =>
  tenantId(t === 0 ? TENANT : `11111111-1111-4111-8111-${String(t).padStart(12, '0')}`);
/** Personal chats keep their plain ids in the first tenant. */
export const personalId = (t: number, n: number): string =>
  t === 0 ? `a:1personal-${n}` : `a:1personal-${t}-${n}`;

/**
 * In each of `tenants` tenants a board of 20 members, each with a personal chat at the fake
 * connector, and `count` due reminders shared out among the boards.
 */
const seed = async (count: number, tenants = 1): Promise<{ deps: TestDeps; boards: Board[] }> => {
  const deps = await createTestDeps();
  const boards: Board[] = [];
  const now = new Date();
  for (let t = 0; t < tenants; t += 1) {
    const board = haveringBoard({
      tenantId: tenantNo(t),
      members: Array.from({ length: MEMBERS }, (_, i) =>
        member(i + 1, `Member ${i + 1}`, `M${String.fromCharCode(65 + i)}`, {
          role: i === 0 ? 'chair' : i === 1 ? 'coordinator' : 'member',
        }),
      ),
    });
    await deps.boards.create(board);
    boards.push(board);
    const save = (conversationId: string, kind: 'personal' | 'groupChat', user?: string) =>
      deps.conversations.save({
        tenantId: board.tenantId,
        conversationId,
        kind,
        ...(user !== undefined && { userAadObjectId: user }),
        serviceUrl: connector.url,
        reference: {
          channelId: 'msteams',
          serviceUrl: connector.url,
          conversation: { id: conversationId },
          bot: { id: '28:quorate' },
        },
        updatedAt: now.toISOString(),
      });
    await save(board.conversation.id, 'groupChat');
    for (let n = 1; n <= MEMBERS; n += 1) await save(personalId(t, n), 'personal', aadOf(n));
  }
  const fireAt = new Date(now.getTime() - 3_600_000);
  const work: Promise<unknown>[] = [];
  for (let i = 1; i <= count; i += 1) {
    const board = boards[(i - 1) % tenants]!;
    const due = todayIn(now, board.rules.timeZone);
    const owner = board.members[Math.floor((i - 1) / tenants) % MEMBERS]!;
    const action: Action = {
      id: actionId(`race-${i}`),
      boardId: board.id,
      tenantId: board.tenantId,
      number: i,
      text: `Race action ${i}`,
      owners: [{ kind: 'member', memberId: owner.id, initials: owner.initials, name: owner.name }],
      due,
      status: 'open',
      subjectToRatification: false,
      history: [],
      createdAt: now.toISOString(),
      createdBy: aadOf(1),
      updatedAt: now.toISOString(),
      revision: 1,
    };
    const reminder: Reminder = {
      id: `due:race-${i}:${due}`,
      tenantId: tenantId(board.tenantId),
      boardId: board.id,
      kind: 'due',
      dueDay: utcDay(fireAt),
      fireAt: fireAt.toISOString(),
      localDate: due,
      actionId: action.id,
      plannedFor: due,
      daysFromDue: 0,
      status: 'pending',
      attempts: 0,
      deliveries: {},
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    work.push(deps.actions.create(action).then(() => deps.reminders.plan([reminder])));
    if (work.length >= 25) await Promise.all(work.splice(0));
  }
  await Promise.all(work);
  return { deps, boards };
};

const runWorker = (
  deps: TestDeps,
  instance: string,
  extra: Record<string, string> = {},
): Promise<WorkerTotals> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/reminder-worker.ts'], {
      env: {
        ...process.env,
        COSMOS_ENDPOINT: inject('cosmosEndpoint'),
        COSMOS_KEY: inject('cosmosKey'),
        COSMOS_DATABASE: deps.databaseId,
        INSTANCE_ID: instance,
        SEND_RATE: '50',
        MAX_SECONDS: '150',
        ...extra,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => {
      const line = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !line.startsWith('{'))
        reject(new Error(`worker ${instance} exited ${code}: ${err.slice(-500)}`));
      else resolve(JSON.parse(line) as WorkerTotals);
    });
  });

/** How many times each action's reminder reached anyone. */
const deliveriesPerAction = (): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const d of connector.delivered) {
    const id = /"actionId":"(race-\d+)"/.exec(JSON.stringify(d.activity))?.[1];
    if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
};

const statuses = async (deps: TestDeps): Promise<Record<string, number>> => {
  const { resources } = await deps.database
    .container('reminders')
    .items.query<{ status: string; kind: string }>({
      query: 'SELECT c.status, c.kind FROM c WHERE c.type = @t',
      parameters: [{ name: '@t', value: 'reminder' }],
    })
    .fetchAll();
  const out: Record<string, number> = {};
  for (const r of resources) out[`${r.kind} ${r.status}`] = (out[`${r.kind} ${r.status}`] ?? 0) + 1;
  return out;
};

describe('two scheduler processes racing over the same due reminders', () => {
  it('send each of 1,000 exactly once', { timeout: 240_000 }, async () => {
    connector.delivered.length = 0;
    connector.answer = () => ({ status: 200 });
    const { deps } = await seed(1000, 4);
    const [a, b] = await Promise.all([runWorker(deps, 'one'), runWorker(deps, 'two')]);
    const counts = deliveriesPerAction();
    expect(counts.size).toBe(1000);
    expect([...counts.values()].filter((n) => n > 1)).toEqual([]);
    expect(connector.delivered).toHaveLength(1000);
    expect(a.sent + b.sent).toBe(1000);
    expect(a.claimed).toBeGreaterThan(0);
    expect(b.claimed).toBeGreaterThan(0);
    // Each sent reminder planned the next in its series (weekly while overdue), once.
    expect(await statuses(deps)).toEqual({ 'due sent': 1000, 'overdue pending': 1000 });
  });

  it(
    'lose none under Cosmos faults (429, 503, lost answers) and a faulty Teams (429 with and without Retry-After, 5xx, 403); duplicates only from sends whose outcome could not be recorded',
    { timeout: 240_000 },
    async () => {
      connector.delivered.length = 0;
      connector.requests.length = 0;
      let n = 0;
      connector.answer = (conversationId) => {
        n += 1;
        if (conversationId === `a:1personal-${MEMBERS}`) return { status: 403 };
        if (n % 31 === 0) return { status: 429, headers: { 'Retry-After': '0' } };
        if (n % 37 === 0) return { status: 429 };
        if (n % 41 === 0) return { status: 503 };
        return { status: 200 };
      };
      const { deps } = await seed(400, 4);
      const fault = { FAULT_RATE: '0.1', LEASE_MS: '1500', BACKOFF_MS: '100' };
      const [a, b] = await Promise.all([
        runWorker(deps, 'one', { ...fault, FAULT_SEED: '11' }),
        runWorker(deps, 'two', { ...fault, FAULT_SEED: '29' }),
      ]);
      const injected =
        a.faults.throttled +
        a.faults.unavailable +
        a.faults.lostAnswers +
        b.faults.throttled +
        b.faults.unavailable +
        b.faults.lostAnswers;
      expect(injected).toBeGreaterThan(100);
      const counts = deliveriesPerAction();
      expect(counts.size).toBe(400);
      const duplicates = [...counts.values()].reduce((sum, c) => sum + c - 1, 0);
      expect(duplicates).toBeLessThanOrEqual(a.unrecorded + b.unrecorded);
      // The blocked member's reminders went to the board's chat instead, never retried in person.
      const blocked = connector.requests.filter(
        (r) => r.conversationId === `a:1personal-${MEMBERS}`,
      );
      expect(blocked.length).toBeLessThanOrEqual(20 + a.unrecorded + b.unrecorded);
      expect(await statuses(deps)).toEqual({ 'due sent': 400, 'overdue pending': 400 });
      console.info(
        `faults: injected ${injected} (${JSON.stringify(a.faults)} / ${JSON.stringify(b.faults)}); ` +
          `connector answered ${connector.requests.filter((r) => r.status !== 200).length} failures; ` +
          `duplicates ${duplicates}, unrecorded ${a.unrecorded + b.unrecorded}, errors ${a.errors + b.errors}`,
      );
    },
  );

  it(
    '1,000 due reminders, 30 % connector faults (403, 404, 429 with and without Retry-After, 500, 502, dropped connections) and 10 % Cosmos faults: each delivered once or recorded as not reached, none silently lost',
    { timeout: 300_000 },
    async () => {
      connector.delivered.length = 0;
      connector.requests.length = 0;
      const random = seeded(2026);
      connector.answer = () => {
        const r = random();
        if (r < 0.08) return { status: 403 };
        if (r < 0.11) return { status: 404 };
        if (r < 0.16) return { status: 429, headers: { 'Retry-After': '0' } };
        if (r < 0.2) return { status: 429 };
        if (r < 0.23) return { status: 500 };
        if (r < 0.26) return { status: 502 };
        if (r < 0.3) return { drop: true };
        return { status: 201 };
      };
      const { deps, boards } = await seed(1000, 8);
      const fault = { FAULT_RATE: '0.1', LEASE_MS: '4000', BACKOFF_MS: '100' };
      const [a, b] = await Promise.all([
        runWorker(deps, 'one', { ...fault, FAULT_SEED: '7' }),
        runWorker(deps, 'two', { ...fault, FAULT_SEED: '13' }),
      ]);
      const { resources } = await deps.database
        .container('reminders')
        .items.query<Reminder>({
          query: 'SELECT * FROM c WHERE c.type = @t AND c.kind = @k',
          parameters: [
            { name: '@t', value: 'reminder' },
            { name: '@k', value: 'due' },
          ],
        })
        .fetchAll();
      expect(resources).toHaveLength(1000);
      const counts = deliveriesPerAction();
      const outcomes = { personal: 0, channel: 0, unreachable: 0 };
      const silentlyLost: string[] = [];
      const unfinished: string[] = [];
      for (const r of resources) {
        if (r.status !== 'sent' && r.status !== 'failed') unfinished.push(`${r.id} ${r.status}`);
        const [delivery] = Object.values(r.deliveries);
        const delivered = counts.get(r.actionId ?? '') ?? 0;
        if (delivery !== undefined) outcomes[delivery.outcome] += 1;
        const reached = delivery?.outcome === 'personal' || delivery?.outcome === 'channel';
        // Recorded as reached but nothing arrived, or neither arrived nor recorded as not reached.
        if ((reached && delivered === 0) || (!reached && delivery?.outcome !== 'unreachable'))
          silentlyLost.push(r.id);
      }
      expect(unfinished).toEqual([]);
      expect(silentlyLost).toEqual([]);
      const unrecorded = a.unrecorded + b.unrecorded;
      const duplicates = [...counts.values()].reduce((sum, c) => sum + c - 1, 0);
      expect(duplicates).toBeLessThanOrEqual(unrecorded);
      // Everyone recorded as not reached is on their board's list, with a reason.
      const listed = new Set(
        (await Promise.all(boards.map((board) => deps.boards.findById(board.tenantId, board.id))))
          .flatMap((board) => board?.unreachable ?? [])
          .map((p) => p.reason),
      );
      if (outcomes.unreachable > 0) expect(listed.size).toBeGreaterThan(0);
      const answered = (status: number) =>
        connector.requests.filter((r) => r.status === status).length;
      const injected =
        a.faults.throttled +
        a.faults.unavailable +
        a.faults.lostAnswers +
        b.faults.throttled +
        b.faults.unavailable +
        b.faults.lostAnswers;
      expect(injected).toBeGreaterThan(100);
      expect(connector.requests.filter((r) => r.status !== 201).length).toBeGreaterThan(300);
      console.info(
        `race 2 × 1,000: delivered personal ${outcomes.personal}, board chat ${outcomes.channel}, ` +
          `could not reach ${outcomes.unreachable}, silently lost ${silentlyLost.length}, ` +
          `duplicates ${duplicates} (unrecorded ${unrecorded}); connector requests ` +
          `${connector.requests.length}: 201 ${answered(201)}, 403 ${answered(403)}, 404 ${answered(404)}, ` +
          `429 ${answered(429)}, 500 ${answered(500)}, 502 ${answered(502)}, dropped ${answered(0)}; ` +
          `Cosmos faults ${injected}; sweeps ${a.sweeps}+${b.sweeps}, retried ${a.retried + b.retried}, ` +
          `gave up ${a.failed + b.failed}, errors ${a.errors + b.errors}, lost claims ${a.lost + b.lost}; ` +
          `reasons listed ${[...listed].join(',')}`,
      );
    },
  );
});
