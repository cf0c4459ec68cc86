/**
 * `npm run bench`: measures on 127.0.0.1 only, every load bounded in count and time, and prints one
 * table. Not part of `npm test`.
 */
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
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
import { newMeeting } from '../src/domain/new-meeting.js';
import { addDays } from '../src/domain/zoned-time.js';
import { startCosmosProcess } from './child.js';
import { historyRows } from './history-growth.js';
import { memoryRows } from './memory.js';
import type { Row } from './reminders.js';
import { reminderRows } from './reminders.js';
import { startUpRows } from './start-up.js';
import { turnRows } from './turns.js';
import { SMOKE } from './scale.js';

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
    version: 'restricted',
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

/** Every load is bounded; this bounds the whole run, printing what was measured so far. */
const WATCHDOG_MS = 9.5 * 60_000;

const printTable = (): void => {
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

const step = async (label: string, work: () => Promise<Row[]>): Promise<void> => {
  const started = performance.now();
  process.stderr.write(`bench: ${label}\n`);
  rows.push(...(await work()));
  process.stderr.write(
    `bench: ${label} done in ${((performance.now() - started) / 1000).toFixed(0)} s\n`,
  );
};

const main = async (): Promise<void> => {
  const started = performance.now();
  const watchdog = setTimeout(() => {
    rows.push({
      what: 'WATCHDOG',
      value: 'stopped',
      note: `the run passed ${WATCHDOG_MS / 1000} s`,
    });
    printTable();
    process.exit(1);
  }, WATCHDOG_MS);
  watchdog.unref();
  history();
  await minutesDocx();
  await step('start-up', startUpRows);
  const cosmos = await startCosmosProcess();
  try {
    await step('turns and Cosmos requests per operation', () => turnRows(cosmos));
    await step('history growth: 10,000 actions, 100 meetings', () => historyRows(cosmos));
    await step('memory', () => memoryRows(cosmos));
    await step('reminders', () => reminderRows(cosmos));
  } finally {
    await cosmos.close();
  }
  rows.push({
    what: SMOKE
      ? 'whole bench run (--smoke: small counts, numbers not comparable)'
      : 'whole bench run',
    value: `${((performance.now() - started) / 1000).toFixed(0)} s`,
    note: `${cpus().length} CPUs; embedded Cosmos in its own process; 127.0.0.1 only`,
  });
  clearTimeout(watchdog);
  printTable();
};

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  printTable();
  process.exit(1);
});
