/**
 * `npm run bench`: measures on 127.0.0.1 only, every load bounded in count and time, and prints one
 * table. Not part of `npm test`.
 */
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { startApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { startEmbeddedCosmos } from '../src/dev/embedded-cosmos.js';
import type { Action } from '../src/domain/action.js';
import { annualReport } from '../src/domain/annual-report.js';
import { attendanceByAgency, attendanceMatrix } from '../src/domain/attendance-report.js';
import type { MinutesInput } from '../src/exports/minutes-docx.js';
import { buildMinutesDocx } from '../src/exports/minutes-docx.js';
import type { AttendanceCode } from '../src/domain/attendance.js';
import { emptyAttendance, setRecord } from '../src/domain/attendance.js';
import type { Board, Member } from '../src/domain/board.js';
import { defaultAgencies, defaultRules } from '../src/domain/board.js';
import { actionId, boardId, meetingId, memberId, tenantId } from '../src/domain/ids.js';
import type { Meeting } from '../src/domain/meeting.js';
import { newMeeting } from '../src/domain/meeting.js';
import { addDays } from '../src/domain/zoned-time.js';
import { silentLogger } from '../src/log.js';
import { reminderRows } from './reminders.js';

type Row = { what: string; value: string; note: string };
const rows: Row[] = [];

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

const time = (runs: number, work: () => void): number[] => {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return samples;
};

const history = (): void => {
  const codes: AttendanceCode[] = ['A', 'A', 'A', 'SD', 'SA', 'DNA'];
  const members: Member[] = Array.from({ length: 40 }, (_, i) => ({
    id: memberId(`m${i}`),
    name: `Member ${i}`,
    initials: `M${i}`,
    role: 'member',
    agencyCode: defaultAgencies()[i % 3]?.code ?? 'LA',
    deputies: [],
    ...(i % 7 === 0 && { memberFrom: '2021-01-01' }),
  }));
  const board: Board = {
    id: boardId('bench'),
    tenantId: tenantId('t'),
    name: 'Bench board',
    conversation: { id: 'c', kind: 'groupChat' },
    agencies: defaultAgencies(),
    members,
    rules: defaultRules(),
    createdAt: '',
    createdBy: '',
    updatedAt: '',
  };
  const meetings: Meeting[] = Array.from({ length: 60 }, (_, k) => {
    const base = newMeeting({
      id: meetingId(`mt${k}`),
      boardId: board.id,
      tenantId: board.tenantId,
      title: 'Exec',
      date: addDays('2018-01-10', k * 30),
      timeZone: 'Europe/London',
      now: new Date(),
      newId: () => `i${k}`,
    });
    const attendance = members.reduce(
      (a, m, i) =>
        setRecord(a, {
          memberId: m.id,
          code: codes[(i + k) % codes.length] ?? 'A',
          source: 'chair',
          at: '',
        }),
      emptyAttendance(),
    );
    return { ...base, status: 'closed', attendance };
  });
  const matrix = time(200, () => attendanceMatrix(board, meetings, 60));
  const agency = time(200, () => attendanceByAgency(board, meetings, '2018-01-01', '2023-12-31'));
  rows.push({
    what: 'history matrix, 40 members × 60 meetings',
    value: `p50 ${percentile(matrix, 50).toFixed(2)} ms, p99 ${percentile(matrix, 99).toFixed(2)} ms`,
    note: '200 runs, in process',
  });
  rows.push({
    what: 'attendance by agency, 40 × 60',
    value: `p50 ${percentile(agency, 50).toFixed(2)} ms, p99 ${percentile(agency, 99).toFixed(2)} ms`,
    note: '200 runs, in process',
  });
  const actions: Action[] = Array.from({ length: 600 }, (_, n) => {
    const owner = members[n % 40] as Member;
    return {
      id: actionId(`a${n}`),
      boardId: board.id,
      tenantId: board.tenantId,
      number: n + 1,
      reference: `10.01.18 ref ${(n % 12) + 1}.1`,
      text: `Action ${n}, to be done by the partnership, with text of a realistic length`,
      owners: [{ kind: 'member', memberId: owner.id, initials: owner.initials, name: owner.name }],
      due: addDays('2018-02-01', n * 3),
      status: n % 3 === 0 ? 'open' : 'completed',
      subjectToRatification: false,
      history:
        n % 3 === 0
          ? []
          : [
              {
                at: `${addDays('2018-02-01', n * 3)}T10:00:00Z`,
                by: 'x',
                kind: 'status',
                to: 'completed',
              },
            ],
      createdAt: `${addDays('2018-01-10', n * 3)}T10:00:00Z`,
      createdBy: 'x',
      updatedAt: '',
      revision: 1,
    };
  });
  const report = time(100, () => {
    for (const year of ['2018-19', '2019-20', '2020-21', '2021-22', '2022-23'])
      annualReport(board, meetings, actions, year, '2026-11-23');
  });
  rows.push({
    what: 'annual report, 5 years × 12 meetings × 40 members, 600 actions',
    value: `p50 ${percentile(report, 50).toFixed(2)} ms, p99 ${percentile(report, 99).toFixed(2)} ms`,
    note: '100 runs of all five years, in process',
  });
  const last = meetings[59] as Meeting;
  docxInput = {
    board,
    meeting: {
      ...last,
      agenda: Array.from({ length: 12 }, (_, i) => ({
        id: `it${i}`,
        number: String(i + 1),
        title: `Item ${i + 1}`,
        presenters: [],
        minutes: 10,
        kind: 'discussion' as const,
        confidential: false,
        papers: [],
        notes: [
          {
            id: `n${i}`,
            text: 'A paragraph of notes recorded against the item, of the length minutes usually carry.',
            at: '',
            by: '',
            subjectToRatification: false,
          },
        ],
        decisions: [
          {
            id: `d${i}`,
            text: 'It was agreed to proceed.',
            at: '',
            by: '',
            subjectToRatification: false,
          },
        ],
      })),
    },
    earlier: meetings.slice(57, 59),
    actions: actions.slice(0, 30),
  };
};

const activity = (text: string, n: number) =>
  JSON.stringify({
    type: 'message',
    id: `bench-${n}`,
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/_connector',
    deliveryMode: 'expectReplies',
    from: {
      id: '29:bench',
      aadObjectId: '00000000-0000-4000-8000-000000000001',
      name: 'Bench Chair',
    },
    recipient: { id: '28:bot', name: 'Quorate' },
    conversation: {
      id: '19:bench@thread.v2',
      conversationType: 'groupChat',
      tenantId: 'bench-tenant',
    },
    channelData: { tenant: { id: 'bench-tenant' } },
    text,
  });

let sequence = 100;

const load = async (
  port: number,
  label: string,
  text: string,
  connections: number,
): Promise<void> => {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/api/messages`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request) => ({ ...request, body: activity(text, (sequence += 1)) }),
      },
    ],
    connections,
    amount: Math.max(200, connections * 20),
    timeout: 10,
  });
  rows.push({
    what: `${label}, ${connections} connection${connections === 1 ? '' : 's'}`,
    value: `p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${Math.round(result.requests.total / result.duration)} req/s`,
    note: `${result.requests.total} requests, ${result.non2xx} non-2xx, embedded Cosmos`,
  });
};

let docxInput: MinutesInput | undefined;

const minutesDocx = async (): Promise<void> => {
  if (docxInput === undefined) return;
  const samples: number[] = [];
  let size = 0;
  for (let i = 0; i < 20; i += 1) {
    const started = performance.now();
    size = (await buildMinutesDocx(docxInput)).length;
    samples.push(performance.now() - started);
  }
  rows.push({
    what: 'minutes .docx, 12 items, 30 actions, 40 members',
    value: `p50 ${percentile(samples, 50).toFixed(1)} ms, ${Math.round(size / 1024)} KB`,
    note: '20 builds, in process',
  });
};

const turns = async (): Promise<void> => {
  const startedAt = performance.now();
  const cosmos = await startEmbeddedCosmos(0);
  const config = loadConfig(
    {
      PORT: '0',
      COSMOS_ENDPOINT: cosmos.endpoint,
      COSMOS_KEY: cosmos.key,
      COSMOS_DATABASE: 'bench',
    },
    'local',
  );
  const app = await startApp({ config, log: silentLogger, readRoster: () => Promise.resolve([]) });
  rows.push({
    what: 'start-up to listening (local, embedded Cosmos)',
    value: `${Math.round(performance.now() - startedAt)} ms`,
    note: 'in process, schema created',
  });
  const post = (text: string, n: number) =>
    fetch(`http://127.0.0.1:${app.port}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: activity(text, n),
    });
  await post('setup Bench Board', 1);
  await post('meeting new Exec on 13/07/22 2-3pm', 2);
  await post('agenda add MoU', 3);
  await post('meeting start', 4);
  const rssBefore = process.memoryUsage().rss;
  for (const c of [1, 10, 50]) await load(app.port, '`help`', 'help', c);
  for (const c of [1, 10]) await load(app.port, '`agenda`', 'agenda', c);
  for (const c of [1, 10])
    await load(
      app.port,
      '`action RS to … by …` (capture)',
      'action Bench Chair to write the report by 10/08/22',
      c,
    );
  for (const c of [1, 10]) await load(app.port, '`actions overdue`', 'actions overdue', c);
  const rssAfter = process.memoryUsage().rss;
  rows.push({
    what: 'RSS before → after the loads',
    value: `${Math.round(rssBefore / 1e6)} MB → ${Math.round(rssAfter / 1e6)} MB`,
    note: 'bench process (bot and embedded Cosmos together)',
  });
  await app.close();
  rows.push(...(await reminderRows(cosmos)));
  await cosmos.close();
};

const main = async (): Promise<void> => {
  history();
  await minutesDocx();
  await turns();
  const width = Math.max(...rows.map((r) => r.what.length));
  const valueWidth = Math.max(...rows.map((r) => r.value.length));
  process.stdout.write(
    `\n| ${'measure'.padEnd(width)} | ${'result'.padEnd(valueWidth)} | notes |\n| ${'-'.repeat(width)} | ${'-'.repeat(valueWidth)} | --- |\n`,
  );
  for (const r of rows)
    process.stdout.write(
      `| ${r.what.padEnd(width)} | ${r.value.padEnd(valueWidth)} | ${r.note} |\n`,
    );
};

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
