/**
 * Turn rows of `npm run bench`: latency and throughput of six kinds of turn at 1, 10 and 50
 * concurrent connections against the real HTTP server and embedded Cosmos, each next to its floor
 * (an echo bot on the same adapter and server, plus as many raw Cosmos point reads as the turn
 * makes, measured alone in the same run); and the Cosmos requests of five operations, counted with
 * the SDK's request plugin on the app's own client.
 */
import { writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { PluginConfig } from '@azure/cosmos';
import { CosmosClient } from '@azure/cosmos';
import { Application } from '@microsoft/teams-ai';
import autocannon from 'autocannon';
import type { RunningApp } from '../src/app.js';
import { startApp } from '../src/app.js';
import { Verbs } from '../src/cards/verbs.js';
import { loadConfig } from '../src/config.js';
import type { Action } from '../src/domain/action.js';
import type { Board } from '../src/domain/board.js';
import { meetingId, tenantId } from '../src/domain/ids.js';
import type { Meeting } from '../src/domain/meeting.js';
import { createHttpServer } from '../src/http/create-http-server.js';
import { silentLogger } from '../src/log.js';
import { CONTAINERS } from '../src/storage/cosmos-schema.js';
import { createAdapter } from '../src/teams/quorate-adapter.js';
import { createBotRequestHandler } from '../src/teams/handle-bot-request.js';
import type { Row } from './reminders.js';
import type { Body } from './activities.js';
import { boardScript, click, conversationId, message, search, TENANT } from './activities.js';
import { scaled } from './scale.js';

const LEVELS: readonly number[] = scaled([1, 10, 50], [1, 2]);
/** Requests per load, and the time after which a load stops short of them. */
const amountFor = (connections: number): number => scaled(connections === 50 ? 200 : 100, 10);
const LOAD_SECONDS = 10;

const counter = { requests: 0, kinds: new Map<string, number>() };
const counting: PluginConfig = {
  on: 'request',
  plugin: (context, _node, next) => {
    counter.requests += 1;
    /** Operation and container ("read boards", "query actions"): where a request goes. */
    const container = /\/colls\/([^/]+)/.exec(context.path ?? '')?.[1] ?? context.resourceType;
    const resource =
      String(context.resourceType) === 'docs' ? '' : ` ${context.resourceType ?? '?'} of`;
    const plan = String(context.headers?.['x-ms-cosmos-is-query-plan-request'] ?? '') === 'True';
    const kind = `${plan ? 'plan' : (context.operationType ?? '?')}${resource} ${container ?? '?'}`;
    counter.kinds.set(kind, (counter.kinds.get(kind) ?? 0) + 1);
    return next(context);
  },
};

type Connector = { url: string; calls: () => number; close: () => Promise<void> };

/** Teams' connector as far as a card's refresh needs it: any call answers 200 with an id. */
const startLoopbackConnector = async (): Promise<Connector> => {
  let calls = 0;
  const server: Server = createServer((req, res) => {
    calls += 1;
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"1"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    calls: () => calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};

const bodiesFile = join(tmpdir(), `quorate-bench-bodies-${process.pid}.json`);

type Load = { p50: number; p99: number; rps: number; total: number; non2xx: number };

/**
 * One closed-loop load from autocannon in a worker thread (so that the load generator does not
 * share the bot's event loop), bounded in count and, through the request timeout, in time.
 * Throughput is `connections / mean latency` (Little's law): autocannon's own count per second
 * carries its start-up and one-second sampling, which dominate loads of a few hundred requests.
 */
const load = async (port: number, bodies: Body[], connections: number): Promise<Load> => {
  /** Several conversations: the worker hands each request the next one's body (rotate-bodies). */
  const rotate = bodies.length > 1;
  if (rotate) {
    process.env.BENCH_BODIES_FILE = bodiesFile;
    await writeFile(bodiesFile, JSON.stringify(bodies.map((body) => body('[<id>]'))));
  }
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/api/messages`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: bodies[0]?.('[<id>]') ?? '',
    ...(rotate && { requests: [{ setupRequest: join(__dirname, 'rotate-bodies.ts') }] }),
    idReplacement: true,
    workers: 1,
    connections,
    maxOverallRequests: amountFor(connections),
    duration: LOAD_SECONDS,
    timeout: 10,
  });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: (connections * 1000) / Math.max(0.1, result.latency.mean),
    total: result.requests.total,
    non2xx: result.non2xx + result.errors + result.timeouts,
  };
};

/** The echo bot: the same adapter, request handler (shape check, gate) and HTTP server. */
const startEchoBot = async (): Promise<{ port: number; close: () => Promise<void> }> => {
  const adapter = createAdapter({ kind: 'anonymous' });
  const app = new Application({
    adapter,
    botAppId: '',
    startTypingTimer: false,
    longRunningMessages: false,
  });
  app.message(/.*/, async (context) => {
    await context.sendActivity(context.activity.text ?? '');
  });
  app.adaptiveCards.actionExecute(/.*/, () => Promise.resolve('ok'));
  app.messageExtensions.query(/.*/, () =>
    Promise.resolve({ type: 'result', attachmentLayout: 'list', attachments: [] }),
  );
  const handler = createBotRequestHandler(
    adapter,
    app,
    { allowedTenantIds: [], requireTeamsChannel: false },
    silentLogger,
  );
  const http = createHttpServer({
    bot: handler,
    health: () => Promise.resolve(true),
    log: silentLogger,
  });
  const port = await http.listen(0, '127.0.0.1');
  return { port, close: () => http.close() };
};

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

/** p50 of `reads` sequential point reads, `connections` such sequences at a time. */
const pointReads = async (
  client: CosmosClient,
  database: string,
  board: Board,
  reads: number,
  connections: number,
): Promise<number> => {
  const container = client.database(database).container(CONTAINERS.boards);
  const samples: number[] = [];
  let left = Math.min(50, amountFor(connections));
  const until = performance.now() + LOAD_SECONDS * 1000;
  const worker = async (): Promise<void> => {
    while (left > 0 && performance.now() < until) {
      left -= 1;
      const started = performance.now();
      for (let i = 0; i < reads; i += 1) await container.item(board.id, board.tenantId).read();
      samples.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  return percentile(samples, 50);
};

const ms = (value: number): string => (value < 10 ? value.toFixed(1) : String(Math.round(value)));

type Scenario = { app: RunningApp; board: Board; meeting: Meeting; action: Action };

type Conversation = { id: string; meetingId: string };

/** Boards are set up this many at a time. */
const SET_UP_CONCURRENCY = 8;

/**
 * `count` conversations, each with a board of 11 members and a meeting in progress with three
 * items and eight actions (four overdue), all made through chat turns. Conversation 0's board,
 * meeting and first action are returned for the per-operation counts.
 */
const setUp = async (
  app: RunningApp,
  serviceUrl: string,
  count: number,
): Promise<Scenario & { conversations: Conversation[] }> => {
  const script = boardScript('Bench Board');
  const one = async (conversation: string): Promise<Conversation> => {
    for (const text of script) {
      const response = await fetch(`http://127.0.0.1:${app.port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: message(serviceUrl, text, conversation)(),
      });
      await response.text();
      if (response.status !== 200) throw new Error(`set-up turn "${text}" got ${response.status}`);
    }
    const board = await app.deps.boards.findByConversation(tenantId(TENANT), conversation);
    if (board === undefined) throw new Error('set-up made no board');
    const meeting = (await app.deps.meetings.listForBoard(board.id)).find(
      (m) => m.status === 'in-progress',
    );
    if (meeting === undefined) throw new Error('set-up made no meeting');
    return { id: conversation, meetingId: meeting.id };
  };
  const conversations: Conversation[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: SET_UP_CONCURRENCY }, async () => {
      while (next < count) {
        const index = next;
        next += 1;
        conversations[index] = await one(conversationId(index));
      }
    }),
  );
  const board = await app.deps.boards.findByConversation(tenantId(TENANT), conversationId(0));
  if (board === undefined) throw new Error('set-up made no board');
  const meeting = await app.deps.meetings.findById(
    board.id,
    meetingId(conversations[0]?.meetingId ?? ''),
  );
  const action = (await app.deps.actions.listForBoard(board.id))[0];
  if (meeting === undefined || action === undefined) throw new Error('set-up made no meeting');
  return { app, board, meeting, action, conversations };
};

/** Cosmos requests of one operation, averaged over `times` (state read before each, uncounted). */
const countOperation = async (
  port: number,
  times: number,
  body: () => Promise<string>,
): Promise<{ mean: number; kinds: string }> => {
  let total = 0;
  counter.kinds.clear();
  for (let i = 0; i < times; i += 1) {
    /** The state read that builds the body is not the operation's: its requests are taken out. */
    const kindsBefore = new Map(counter.kinds);
    const payload = await body();
    counter.kinds.clear();
    for (const [kind, n] of kindsBefore) counter.kinds.set(kind, n);
    counter.requests = 0;
    const response = await fetch(`http://127.0.0.1:${port}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: payload,
    });
    await response.text();
    if (response.status !== 200) throw new Error(`counted operation got ${response.status}`);
    total += counter.requests;
  }
  const kinds = [...counter.kinds]
    .map(([kind, n]) => `${kind} ${(n / times).toFixed(1).replace(/\.0$/, '')}`)
    .join(', ');
  return { mean: total / times, kinds };
};

const operationRows = async (scenario: Scenario, serviceUrl: string): Promise<Row[]> => {
  const { app, board, action } = scenario;
  const port = app.port;
  const fixed = (text: string) => () => Promise.resolve(message(serviceUrl, text)());
  const operations: {
    what: string;
    body: () => Promise<string>;
    target: number;
    minimum: number;
    why: string;
  }[] = [
    {
      what: 'capture an action (`action AA to … by …`)',
      body: fixed('action AA to circulate the audit by 10/08/27'),
      target: 4,
      minimum: 4,
      why: 'board (1 point read), meetings in progress or planned (1 query), one transactional batch in the board partition of the actions container: counter + action + audit entry (1), owner reminder and escalation in one bulk request (1: different day partitions, one physical partition range); the counter is read first (+1) only when this instance did not write it last (a board’s first capture, or another instance took a number since). Reminders stay in their own container: the sweep finds them by due day, and moving them into the board partition would make every sweep page a cross-partition query',
    },
    {
      what: 'update from a card (action.update)',
      body: async () => {
        const current = await app.deps.actions.findById(board.id, action.id);
        return click(serviceUrl, Verbs.actionUpdate, {
          actionId: action.id,
          boardId: board.id,
          revision: current?.revision ?? 1,
          updateText: 'Progress noted',
        })();
      },
      target: 4,
      minimum: 4,
      why: 'board named by the card (1 point read), action (1 point read), one transactional batch: the replace on the ETag just read + its audit entry (1), meetings of the shown action for the card’s next-meeting line (1)',
    },
    {
      what: `action card refresh in the chair's personal chat (chair on ${Math.max(...LEVELS)} boards)`,
      body: () =>
        Promise.resolve(
          JSON.stringify({
            ...(JSON.parse(
              click(serviceUrl, Verbs.actionRefresh, { actionId: action.id, boardId: board.id })(),
            ) as Record<string, unknown>),
            conversation: {
              id: 'a:bench-chair-personal',
              conversationType: 'personal',
              tenantId: TENANT,
            },
          }),
        ),
      target: 4,
      minimum: 3,
      why: 'board named by the card (1 point read), action (1 point read), meetings of the shown action (1)',
    },
    {
      what: 'open the agenda card (`agenda`)',
      body: fixed('agenda'),
      target: 3,
      minimum: 3,
      why: 'board (1), current meetings (1 query), the action log (1 query)',
    },
    {
      what: 'record attendance (`present AA BB`)',
      body: fixed('present AA BB'),
      target: 4,
      minimum: 4,
      why: 'board (1), current meeting (1 query), conditional replace on its ETag (1), audit (1)',
    },
    {
      what: 'close a meeting (`meeting end`)',
      body: fixed('meeting end'),
      target: 5,
      minimum: 5,
      why: 'board (1), current meeting (1), conditional replace (1), audit (1), actions of the meeting for the summary (1 query)',
    },
  ];
  const rows: Row[] = [];
  for (const op of operations) {
    const times = op.what.startsWith('close') ? 1 : scaled(5, 1);
    /** A person's first message in a chat stores where to reach them: paid once, not per click. */
    if (op.what.includes('personal chat')) await countOperation(port, 1, op.body);
    const count = await countOperation(port, times, op.body);
    rows.push({
      what: `Cosmos requests: ${op.what}`,
      value: `${count.mean.toFixed(1)} (target ≤ ${op.target}; minimum here ${op.minimum})${count.mean > op.target ? ' — OVER TARGET' : ''}`,
      note: `${times === 1 ? 'one run' : `mean of ${times}`}: ${count.kinds}; minimum with these containers: ${op.why}`,
    });
  }
  return rows;
};

export const turnRows = async (cosmos: { endpoint: string; key: string }): Promise<Row[]> => {
  const rows: Row[] = [];
  const connector = await startLoopbackConnector();
  const database = 'bench-turns';
  const app = await startApp({
    config: loadConfig(
      {
        PORT: '0',
        COSMOS_ENDPOINT: cosmos.endpoint,
        COSMOS_KEY: cosmos.key,
        COSMOS_DATABASE: database,
        REMINDERS: 'off',
      },
      'local',
    ),
    log: silentLogger,
    readRoster: () => Promise.resolve([]),
    cosmosPlugins: [counting],
  });
  const echo = await startEchoBot();
  const raw = new CosmosClient({
    endpoint: cosmos.endpoint,
    key: cosmos.key,
    connectionPolicy: { enableEndpointDiscovery: false },
  });
  const url = connector.url;
  const scenario = await setUp(app, url, Math.max(...LEVELS));
  const { board, conversations } = scenario;

  /**
   * `needs`: the Cosmos requests the turn cannot do without (the floor makes that many point
   * reads); the requests it makes are counted and printed next to them.
   */
  const kinds: { label: string; body: (c: Conversation) => Body; needs: number }[] = [
    { label: '`help`', body: (c) => message(url, 'help', c.id), needs: 1 },
    {
      label: '`actions overdue` (4 of 8)',
      body: (c) => message(url, 'actions overdue', c.id),
      needs: 2,
    },
    { label: '`attendance`', body: (c) => message(url, 'attendance', c.id), needs: 2 },
    {
      label: 'card click (agenda.refresh)',
      body: (c) => click(url, Verbs.agendaRefresh, { meetingId: c.meetingId }, c.id),
      needs: 2,
    },
    { label: '`searchBoard` query "audit"', body: (c) => search(url, 'audit', c.id), needs: 2 },
    {
      label: '`action … to … by …` (capture)',
      body: (c) => message(url, 'action BB to check the audit trail by 10/08/27', c.id),
      needs: 3,
    },
  ];
  for (const kind of kinds) {
    process.stderr.write(`bench: turns ${kind.label}\n`);
    for (const connections of LEVELS) {
      const before = counter.requests;
      counter.kinds.clear();
      const bodies = conversations.slice(0, connections).map(kind.body);
      const measured = await load(app.port, bodies, connections);
      const perTurn = (counter.requests - before) / Math.max(1, measured.total);
      const made = [...counter.kinds]
        .map(([k, n]) => `${k} ${(n / Math.max(1, measured.total)).toFixed(1).replace(/\.0$/, '')}`)
        .join(', ');
      const floorEcho = await load(echo.port, bodies, connections);
      const floorReads = await pointReads(raw, database, board, kind.needs, connections);
      const floor = floorEcho.p50 + floorReads;
      rows.push({
        what: `${kind.label}, ${connections} conv.`,
        value: `p50 ${ms(measured.p50)} ms = ${(measured.p50 / Math.max(0.1, floor)).toFixed(1)}× floor ${ms(floor)}, p99 ${ms(measured.p99)} ms, ${Math.round(measured.rps)}/s (echo ${Math.round(floorEcho.rps)}/s)`,
        note: `${measured.total} turns, ${measured.non2xx} failed; floor = echo p50 ${ms(floorEcho.p50)} + ${kind.needs} point read${kind.needs === 1 ? '' : 's'} p50 ${ms(floorReads)}; Cosmos ${perTurn.toFixed(1)} req/turn (minimum ${kind.needs})${connections === 1 ? `: ${made}` : ''}`,
      });
    }
  }
  rows.push({
    what: 'connector calls during the card-click loads',
    value: String(connector.calls()),
    note: 'a card with a refresh section is replaced for all (PUT to the loopback connector)',
  });
  rows.push(...(await operationRows(scenario, url)));
  raw.dispose();
  await echo.close();
  await app.close();
  await connector.close();
  return rows;
};
