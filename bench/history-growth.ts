/**
 * Rows of `npm run bench` that show nothing grows with history: the same commands on a board with a
 * short history (the set-up's few actions, one meeting) and on one with a long one (10,000 actions,
 * 100 meetings), counting the Cosmos requests each makes and the documents they bring back. A
 * command that reads only what it shows costs the same on both.
 */
import type { PluginConfig } from '@azure/cosmos';
import type { RunningApp } from '../src/app.js';
import { startApp } from '../src/app.js';
import { Verbs } from '../src/cards/verbs.js';
import { loadConfig } from '../src/config.js';
import type { Action } from '../src/domain/action.js';
import type { Board } from '../src/domain/board.js';
import type { BoardId } from '../src/domain/ids.js';
import { actionId, meetingId, tenantId } from '../src/domain/ids.js';
import { newMeeting } from '../src/domain/new-meeting.js';
import { addDays } from '../src/domain/zoned-time.js';
import { silentLogger } from '../src/log.js';
import { boardIdFor } from '../src/services/board-id-for.js';
import { boardScript, click, message, TENANT } from './activities.js';
import type { Row } from './reminders.js';
import { scaled } from './scale.js';

const LONG = { actions: scaled(10_000, 300), meetings: scaled(100, 12) };
const SEED_CONCURRENCY = 16;

/** Requests by kind and documents returned, counted on the app's own client. */
const tally = { requests: 0, documents: 0, kinds: new Map<string, number>() };

const countingDocuments: PluginConfig = {
  on: 'request',
  plugin: async (context, _node, next) => {
    tally.requests += 1;
    const container = /\/colls\/([^/]+)/.exec(context.path ?? '')?.[1] ?? '';
    const plan = String(context.headers?.['x-ms-cosmos-is-query-plan-request'] ?? '') === 'True';
    const kind = `${plan ? 'plan' : String(context.operationType)} ${container}`.trim();
    tally.kinds.set(kind, (tally.kinds.get(kind) ?? 0) + 1);
    const response = await next(context);
    const body = response.result as { Documents?: unknown[] } | undefined;
    if (!plan) tally.documents += Array.isArray(body?.Documents) ? body.Documents.length : 1;
    return response;
  },
};

type Measure = { requests: number; documents: number; kinds: string };

const post = async (app: RunningApp, body: string): Promise<void> => {
  const response = await fetch(`http://127.0.0.1:${app.port}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  await response.text();
  if (response.status !== 200) throw new Error(`turn got ${response.status}: ${body.slice(0, 80)}`);
};

const measure = async (app: RunningApp, body: string): Promise<Measure> => {
  tally.requests = 0;
  tally.documents = 0;
  tally.kinds.clear();
  await post(app, body);
  return {
    requests: tally.requests,
    documents: tally.documents,
    kinds: [...tally.kinds].map(([k, n]) => `${k} ${n}`).join(', '),
  };
};

/** A board set up through chat turns: members, a meeting in progress with items and 8 actions. */
const setUpBoard = async (app: RunningApp, url: string, conversation: string): Promise<void> => {
  const script = boardScript('Bench History Board');
  for (const text of script) await post(app, message(url, text, conversation)());
};

const inBatches = async (count: number, work: (i: number) => Promise<unknown>): Promise<void> => {
  let next = 0;
  await Promise.all(
    Array.from({ length: SEED_CONCURRENCY }, async () => {
      while (next < count) {
        const i = next;
        next += 1;
        await work(i);
      }
    }),
  );
};

/** Years of history: closed meetings monthly before the current one, and completed actions. */
const seedHistory = async (app: RunningApp, board: Board): Promise<void> => {
  const now = new Date();
  await inBatches(LONG.meetings - 1, (k) =>
    app.deps.meetings.create({
      ...newMeeting({
        id: meetingId(`past-${k}`),
        boardId: board.id,
        tenantId: board.tenantId,
        title: 'Exec',
        date: addDays('2022-07-13', -30 * (k + 1)),
        timeZone: 'Europe/London',
        now,
        newId: () => `i${k}`,
      }),
      status: 'closed',
    }),
  );
  const owner = board.members[1];
  await inBatches(LONG.actions - 8, async (n) => {
    const { number } = await app.deps.actions.allocateNumber(board.id);
    const action: Action = {
      id: actionId(`past-${n}`),
      boardId: board.id,
      tenantId: board.tenantId,
      number,
      meetingId: meetingId(`past-${n % (LONG.meetings - 1)}`),
      text: `Past action ${n}, done long ago, with text of a realistic length for a board`,
      owners:
        owner === undefined
          ? []
          : [{ kind: 'member', memberId: owner.id, initials: owner.initials, name: owner.name }],
      due: addDays('2022-06-01', -(n % 1500)),
      status: 'completed',
      subjectToRatification: false,
      history: [],
      createdAt: now.toISOString(),
      createdBy: 'bench',
      updatedAt: now.toISOString(),
      revision: 1,
    };
    await app.deps.actions.create(action);
  });
};

export const historyRows = async (cosmos: { endpoint: string; key: string }): Promise<Row[]> => {
  const app = await startApp({
    config: loadConfig(
      {
        PORT: '0',
        COSMOS_ENDPOINT: cosmos.endpoint,
        COSMOS_KEY: cosmos.key,
        COSMOS_DATABASE: 'bench-history',
        REMINDERS: 'off',
      },
      'local',
    ),
    log: silentLogger,
    readRoster: () => Promise.resolve([]),
    cosmosPlugins: [countingDocuments],
  });
  /** Teams' connector is never called by these commands; nothing listens there. */
  const url = 'http://127.0.0.1:9/';
  const short = '19:bench-history-short@thread.v2';
  const long = '19:bench-history-long@thread.v2';
  try {
    await setUpBoard(app, url, short);
    await setUpBoard(app, url, long);
    const board = await app.deps.boards.findByConversation(tenantId(TENANT), long);
    if (board === undefined) throw new Error('set-up made no board');
    const started = Date.now();
    await seedHistory(app, board);
    const seeded = `${LONG.actions.toLocaleString('en-GB')} actions and ${LONG.meetings} meetings, seeded in ${Math.round((Date.now() - started) / 1000)} s`;
    const currentMeeting = async (id: BoardId): Promise<string> => {
      const meetings = await app.deps.meetings.listForBoard(id);
      return meetings.find((m) => m.status === 'in-progress')?.id ?? '';
    };
    const shortBoard = boardIdFor(tenantId(TENANT), short);
    const commands: { what: string; body: (conversation: string, meeting: string) => string }[] = [
      { what: '`agenda`', body: (c) => message(url, 'agenda', c)() },
      { what: '`actions`', body: (c) => message(url, 'actions', c)() },
      { what: '`actions overdue`', body: (c) => message(url, 'actions overdue', c)() },
      { what: '`attendance`', body: (c) => message(url, 'attendance', c)() },
      { what: '`history`', body: (c) => message(url, 'history', c)() },
      {
        what: 'card click (agenda.refresh)',
        body: (c, m) => click(url, Verbs.agendaRefresh, { meetingId: m }, c)(),
      },
      {
        what: 'capture (`action AA to … by …`)',
        body: (c) => message(url, 'action AA to circulate the audit by 10/08/27', c)(),
      },
    ];
    const rows: Row[] = [];
    const meetings = {
      short: await currentMeeting(shortBoard),
      long: await currentMeeting(board.id),
    };
    /**
     * The seed numbered its actions through the counter directly, as another instance would: one
     * capture on each board first, so the capture row compares history, not whether this instance
     * wrote the board's last number (+2 requests when it did not: test/teams/capture-request-counts).
     */
    const capture = commands.at(-1);
    if (capture !== undefined) {
      await measure(app, capture.body(short, meetings.short));
      await measure(app, capture.body(long, meetings.long));
    }
    for (const command of commands) {
      const a = await measure(app, command.body(short, meetings.short));
      const b = await measure(app, command.body(long, meetings.long));
      const holds = b.requests <= a.requests && b.documents <= a.documents + 1;
      rows.push({
        what: `history growth: ${command.what}`,
        value: `${a.requests} / ${b.requests} requests, ${a.documents} / ${b.documents} documents${holds ? '' : ' — GROWS'}`,
        note: `short history / ${seeded}; long: ${b.kinds}`,
      });
    }
    return rows;
  } finally {
    await app.close();
  }
};
