import type { PluginConfig } from '@azure/cosmos';
import { beforeAll, describe, expect, it } from 'vitest';
import { meetingId } from '../../src/domain/ids.js';
import type { RequestCounter } from '../support/count-requests.js';
import { countRequests } from '../support/count-requests.js';
import { aadOf, plannedMeeting, TENANT } from '../support/fixtures.js';
import type { Harness, Where } from '../support/teams-harness.js';
import { createHarness, groupChat, messageText, person, textOf } from '../support/teams-harness.js';
import { createTestDeps } from '../support/test-deps.js';

/**
 * What a chair's meeting costs in Cosmos requests, through the real routes, on a board with a few
 * meetings behind it and on one with a hundred: the same, and the meeting is read once a turn.
 */
const EM = person(7, 'Elisabeth Major');
const MEMBERS = [
  'members import',
  'Brian Boxall (BB) | SAB Independent Chair LBH | IND | chair',
  'Lewis Basford (LB) | Detective Superintendent, Public Protection East Area, BCU, MPS | POLICE',
  'Robert South (RS) | Director Children’s Services LBH | LA',
  'Trevor Cook (TC) | Assistant Director Education, LBH | EDU',
].join('\n');

/** Meeting documents the server sent back (a point read is one, a query its page). */
const countMeetingDocuments = (): { plugin: PluginConfig; reset(): void; read(): number } => {
  let read = 0;
  return {
    plugin: {
      on: 'request',
      plugin: async (context, node, next) => {
        const response = await next(context);
        if (!/\/colls\/meetings/.test(context.path ?? '')) return response;
        const result = response.result as { Documents?: unknown[] } | undefined;
        if (Array.isArray(result?.Documents)) read += result.Documents.length;
        else if (String(context.operationType) === 'read' && result !== undefined) read += 1;
        void node;
        return response;
      },
    },
    reset: () => {
      read = 0;
    },
    read: () => read,
  };
};

let h: Harness;
let counter: RequestCounter;
let documents: ReturnType<typeof countMeetingDocuments>;

beforeAll(async () => {
  counter = countRequests();
  documents = countMeetingDocuments();
  h = await createHarness({
    deps: await createTestDeps({ plugins: [counter.plugin, documents.plugin] }),
  });
  h.roster.push({ aadObjectId: aadOf(7), name: 'Elisabeth Major' });
});

const say = async (where: Where, text: string): Promise<string> =>
  textOf(await h.send(messageText(EM, where, text)));

/** A board whose history holds `past` meetings held, monthly back from October 2026. */
const boardWithHistory = async (past: number): Promise<Where> => {
  const chat = groupChat();
  await say(chat, 'setup Havering Safeguarding Children Partnership Executive');
  await say(chat, 'agency add IND Independent');
  await say(chat, 'agency add EDU Education');
  expect(await say(chat, MEMBERS)).toContain('Imported');
  const board = (await h.deps.boards.findByConversation(TENANT, chat.conversationId))!;
  for (let n = 0; n < past; n += 1) {
    const month = 10 - n;
    const year = 2026 + Math.floor((month - 1) / 12);
    const mm = String(((((month - 1) % 12) + 12) % 12) + 1).padStart(2, '0');
    await h.deps.meetings.create({
      ...plannedMeeting({
        id: meetingId(`${board.id}-past-${n}`),
        boardId: board.id,
        tenantId: TENANT,
        date: `${year}-${mm}-14`,
        start: '14:00',
        end: '15:00',
      }),
      status: 'closed',
    });
  }
  expect(await say(chat, 'meeting new Executive Planning Meeting on 23/11/26 2-3pm')).toContain(
    'Meeting planned',
  );
  return chat;
};

type Cost = { requests: Record<string, number>; meetingDocuments: number; answer: string };

const cost = async (chat: Where, text: string): Promise<Cost> => {
  counter.reset();
  documents.reset();
  const answer = await say(chat, text);
  return { requests: counter.kinds(), meetingDocuments: documents.read(), answer };
};

/**
 * A chair's meeting, turn by turn, with its meetings requests: one query finds the meeting, a
 * change is written from it without reading it again; the agenda card also reads the previous
 * meeting (its minutes are an item). Documents: the meetings the server sent back.
 */
const MEETING: [string, Record<string, number>, number][] = [
  ['agenda', { 'query meetings': 1, 'read meetings': 1 }, 2],
  ['meeting start', { 'query meetings': 1, 'read meetings': 1, 'replace meetings': 1 }, 2],
  ['present BB LB', { 'query meetings': 1, 'replace meetings': 1 }, 1],
  ['apologies RS', { 'query meetings': 1, 'replace meetings': 1 }, 1],
  ['agenda', { 'query meetings': 1, 'read meetings': 1 }, 2],
  ['note The partnership reviewed the MoU.', { 'query meetings': 1, 'replace meetings': 1 }, 1],
  ['action BB to circulate the MoU by 30/11/26', { 'query meetings': 1 }, 1],
  ['action LB to report back', { 'query meetings': 1 }, 1],
  ['quorum', { 'query meetings': 1 }, 1],
  ['meeting end', { 'query meetings': 1, 'read meetings': 1, 'replace meetings': 1 }, 2],
];

const meetingsKinds = (kinds: Record<string, number>): Record<string, number> =>
  Object.fromEntries(Object.entries(kinds).filter(([kind]) => kind.endsWith(' meetings')));

describe('a chair’s meeting costs the same with 3 or 100 meetings behind it', () => {
  it('reads the meeting once a turn, and no more requests or meeting documents at 100', async () => {
    const few = await boardWithHistory(3);
    const many = await boardWithHistory(100);
    for (const [text, meetingsRequests, meetingDocuments] of MEETING) {
      const small = await cost(few, text);
      const large = await cost(many, text);
      expect(large.requests, text).toEqual(small.requests);
      expect(large.meetingDocuments, text).toBe(small.meetingDocuments);
      expect(large.answer.replace(/[0-9a-f-]{8,}/g, ''), text).toBe(
        small.answer.replace(/[0-9a-f-]{8,}/g, ''),
      );
      expect(meetingsKinds(small.requests), text).toEqual(meetingsRequests);
      expect(small.meetingDocuments, text).toBe(meetingDocuments);
    }
  });
});

/**
 * After the meeting: planning the next, the log, the history, the report and the minutes, with the
 * meeting documents each reads at 100 meetings (what it shows: six history columns, the nine
 * meetings of 2026-27).
 */
const AFTER: [string, number, string][] = [
  ['next meeting 14/12/26 2-3pm', 1, 'Next meeting: Monday 14 December 2026 2pm–3pm'],
  ['action RS to send the audit', 1, 'Monday 14 December 2026 (next meeting)'],
  ['actions', 1, 'Open actions'],
  ['history', 6, 'Attendance'],
  ['report', 9, 'Annual figures 2026-27'],
  ['minutes', 2, 'Minutes of Executive Planning Meeting, 2026-11-23'],
  ['meeting move 15/12/26', 3, 'Moved from Monday 14 December 2026 to Tuesday 15 December 2026'],
  ['agenda', 2, 'Tuesday 15 December 2026'],
];

describe('after the meeting, nothing costs more at 100 meetings than at 3', () => {
  it('plans, lists and reports with the same requests, reading the meetings it shows', async () => {
    const few = await boardWithHistory(3);
    const many = await boardWithHistory(100);
    for (const chat of [few, many]) {
      await say(chat, 'meeting start');
      await say(chat, 'present BB LB RS TC');
      await say(chat, 'meeting end');
    }
    for (const [text, documentsAt100, answer] of AFTER) {
      const small = await cost(few, text);
      const large = await cost(many, text);
      expect(large.requests, text).toEqual(small.requests);
      expect(small.requests['query meetings'] ?? 0, text).toBeLessThanOrEqual(4);
      expect(large.meetingDocuments, text).toBe(documentsAt100);
      expect(large.answer, text).toContain(answer);
    }
  });
});
