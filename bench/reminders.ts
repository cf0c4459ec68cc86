/**
 * Reminder rows of `npm run bench`: dispatch rate against a loopback fake connector with a rate
 * cap, and the Cosmos requests of one sweep with 1,000 due among 1,000 or 100,000 stored actions
 * (every action is a document; only the due ones have a reminder document).
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { PluginConfig } from '@azure/cosmos';
import { CosmosClient } from '@azure/cosmos';
import type { Action } from '../src/domain/action.js';
import type { Board } from '../src/domain/board.js';
import { defaultAgencies, defaultRules } from '../src/domain/board.js';
import { actionId, memberId, tenantId } from '../src/domain/ids.js';
import { boardIdFor } from '../src/services/board-id-for.js';
import { todayIn } from '../src/domain/parse-when.js';
import type { Reminder } from '../src/domain/reminder.js';
import { utcDay } from '../src/domain/reminder-policy.js';
import type { ReminderDeps } from '../src/services/ports.js';
import { sweepReminders } from '../src/services/sweep-reminders.js';
import { createCosmosDeps } from '../src/storage/create-cosmos-deps.js';
import { CosmosSendRateLimiter } from '../src/storage/cosmos-send-rate-limiter.js';
import { createAdapter } from '../src/teams/quorate-adapter.js';
import { createProactiveSender } from '../src/teams/proactive.js';
import { teamsNotifier } from '../src/teams/reminder-notifier.js';
import { startFakeConnector } from '../doubles/fake-connector.js';
import { scaled } from './scale.js';

export type Row = { what: string; value: string; note: string };

const MEMBERS = 20;

const counter = { requests: 0 };
const counting: PluginConfig = {
  on: 'request',
  plugin: (context, _node, next) => {
    counter.requests += 1;
    return next(context);
  },
};

const seedBoard = async (
  deps: ReminderDeps,
  connectorUrl: string,
  stored: number,
  due: number,
): Promise<void> => {
  const tenant = tenantId(`tenant-${randomUUID().slice(0, 8)}`);
  const conversation = `19:${randomUUID()}@thread.v2`;
  const board: Board = {
    id: boardIdFor(tenant, conversation),
    tenantId: tenant,
    name: 'Bench board',
    conversation: { id: conversation, kind: 'groupChat' },
    agencies: defaultAgencies(),
    members: Array.from({ length: MEMBERS }, (_, i) => ({
      id: memberId(`m${i}`),
      name: `Member ${i}`,
      initials: `M${String.fromCharCode(65 + i)}`,
      role: i === 0 ? 'chair' : 'member',
      aadObjectId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      deputies: [],
    })),
    rules: defaultRules(),
    createdAt: '',
    createdBy: '',
    updatedAt: '',
  };
  await deps.boards.create(board);
  const now = new Date();
  for (const m of board.members) {
    const id = `a:1${board.id}-${m.initials}`;
    await deps.conversations.save({
      tenantId: board.tenantId,
      conversationId: id,
      kind: 'personal',
      userAadObjectId: m.aadObjectId ?? '',
      serviceUrl: connectorUrl,
      reference: {
        channelId: 'msteams',
        serviceUrl: connectorUrl,
        conversation: { id },
        bot: { id: '28:q' },
      },
      updatedAt: now.toISOString(),
    });
  }
  const today = todayIn(now, board.rules.timeZone);
  const fireAt = new Date(now.getTime() - 60_000);
  let pending: Promise<unknown>[] = [];
  for (let i = 1; i <= stored; i += 1) {
    const owner = board.members[i % MEMBERS];
    if (owner === undefined) continue;
    const action: Action = {
      id: actionId(`${board.id}-a${i}`),
      boardId: board.id,
      tenantId: board.tenantId,
      number: i,
      text: `Action ${i}`,
      owners: [{ kind: 'member', memberId: owner.id, initials: owner.initials, name: owner.name }],
      due: i <= due ? today : '2031-01-01',
      status: 'open',
      subjectToRatification: false,
      history: [],
      createdAt: now.toISOString(),
      createdBy: 'bench',
      updatedAt: now.toISOString(),
      revision: 1,
    };
    const reminder: Reminder = {
      id: `due:${action.id}:${action.due ?? ''}`,
      tenantId: board.tenantId,
      boardId: board.id,
      kind: 'due',
      dueDay: i <= due ? utcDay(fireAt) : '2031-01-01',
      fireAt: i <= due ? fireAt.toISOString() : '2031-01-01T09:00:00.000Z',
      localDate: action.due ?? today,
      actionId: action.id,
      plannedFor: action.due ?? today,
      daysFromDue: 0,
      status: 'pending',
      attempts: 0,
      deliveries: {},
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    pending.push(
      deps.actions.create(action).then(() => (i <= due ? deps.reminders.plan([reminder]) : 0)),
    );
    if (pending.length >= 64) {
      await Promise.all(pending);
      pending = [];
    }
  }
  await Promise.all(pending);
};

export const reminderRows = async (cosmos: { endpoint: string; key: string }): Promise<Row[]> => {
  const rows: Row[] = [];
  const connector = await startFakeConnector();
  const make = async (cap: number): Promise<ReminderDeps> => {
    // `plugins` works but is not in the published options type.
    const options = {
      endpoint: cosmos.endpoint,
      key: cosmos.key,
      connectionPolicy: { enableEndpointDiscovery: false, requestTimeout: 60_000 },
      plugins: [counting],
    };
    const client = new CosmosClient(options);
    const ids = { next: () => randomUUID() };
    const store = await createCosmosDeps(
      client,
      `bench-reminders-${randomUUID().slice(0, 6)}`,
      ids,
    );
    return {
      ...store,
      clock: { now: () => new Date() },
      ids,
      notifier: teamsNotifier(
        createProactiveSender(createAdapter({ kind: 'anonymous' }), '', true),
      ),
      rateLimiter: new CosmosSendRateLimiter(store.remindersContainer, cap),
    };
  };

  const cap = 25;
  const due = scaled(1000, 50);
  const capped = await make(cap);
  await seedBoard(capped, connector.url, due, due);
  connector.delivered.length = 0;
  const started = performance.now();
  let sweeps = 0;
  while (connector.delivered.length < due && sweeps < 20) {
    await sweepReminders(capped, { instanceId: 'bench', batchSize: 1000 });
    sweeps += 1;
  }
  const seconds = (performance.now() - started) / 1000;
  const first = connector.delivered[0]?.at ?? 0;
  const last = connector.delivered.at(-1)?.at ?? 0;
  const rate = (connector.delivered.length - 1) / Math.max(0.001, (last - first) / 1000);
  const throttled = connector.requests.filter((r) => r.status === 429).length;
  rows.push({
    what: `reminder dispatch, ${due.toLocaleString('en-GB')} due, cap ${cap}/s per tenant`,
    value: `${rate.toFixed(1)}/s = ${Math.round((rate / cap) * 100)} % of the cap`,
    note: `${connector.delivered.length} delivered in ${seconds.toFixed(1)} s, ${throttled} × 429 from the connector`,
  });

  for (const stored of scaled([1000, 100_000], [due, 4 * due])) {
    const deps = await make(100_000);
    const seedStart = performance.now();
    await seedBoard(deps, connector.url, stored, due);
    const seeded = (performance.now() - seedStart) / 1000;
    counter.requests = 0;
    const report = await sweepReminders(deps, { instanceId: 'bench', batchSize: 1000 });
    rows.push({
      what: `Cosmos requests of one sweep, ${stored.toLocaleString('en-GB')} actions stored, ${due.toLocaleString('en-GB')} due`,
      value: `${counter.requests} requests (${(counter.requests / Math.max(1, report.sent)).toFixed(2)} per reminder)`,
      note: `${report.sent} sent; seeded in ${seeded.toFixed(0)} s`,
    });
  }
  await connector.close();
  return rows;
};
