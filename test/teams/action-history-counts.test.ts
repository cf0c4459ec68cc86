import { beforeAll, describe, expect, it } from 'vitest';
import type { Action } from '../../src/domain/action.js';
import type { Board } from '../../src/domain/board.js';
import { actionId } from '../../src/domain/ids.js';
import { exportMinutesDocx } from '../../src/services/export-minutes.js';
import { exportSubjectData } from '../../src/services/export-subject-data.js';
import { actionOf } from '../support/action-fixture.js';
import type { RequestCounter } from '../support/count-requests.js';
import { countRequests } from '../support/count-requests.js';
import { aadOf, TENANT } from '../support/fixtures.js';
import type { Harness, Where } from '../support/teams-harness.js';
import { cardOf, createHarness, groupChat, messageText, person } from '../support/teams-harness.js';
import { createTestDeps } from '../support/test-deps.js';

/**
 * Issue 23: nothing grows with history. Two boards alike in what is live — the same meetings, the
 * same twelve recent actions — one with 990 finished actions from earlier years on top. What a
 * coordinator asks of either costs the same requests and reads the same documents, and the cards
 * say the same.
 */

const EM = person(7, 'Elisabeth Major');
const OLD = 990;

let h: Harness;
let counter: RequestCounter;
beforeAll(async () => {
  counter = countRequests();
  h = await createHarness({ deps: await createTestDeps({ plugins: [counter.plugin] }) });
  h.deps.clock.set('2026-11-23T09:00:00Z');
});

const say = (chat: Where, text: string) => h.send(messageText(EM, chat, text));

/** Twelve recent actions: seven open (three overdue), five completed; BB owns half. */
const recent = (board: Board, meetingId: string): Action[] => {
  const bb = board.members.find((m) => m.initials === 'BB')!;
  const lb = board.members.find((m) => m.initials === 'LB')!;
  return Array.from({ length: 12 }, (_, i) => {
    const owner = i % 2 === 0 ? bb : lb;
    return actionOf(board, {
      id: actionId(`${board.id}-recent-${i}`),
      number: OLD + i + 1,
      text: `Recent action ${i + 1}`,
      owners: [{ kind: 'member', memberId: owner.id, initials: owner.initials, name: owner.name }],
      status: i < 7 ? 'open' : 'completed',
      due: i < 3 ? '2026-11-02' : '2026-12-14',
      meetingId: meetingId as never,
      createdAt: '2026-10-01T09:00:00.000Z',
      updatedAt: '2026-10-01T09:00:00.000Z',
    });
  });
};

/** Finished actions of 2019–2025, with owners, meetings of their own and long histories. */
const history = (board: Board): Action[] =>
  Array.from({ length: OLD }, (_, i) =>
    actionOf(board, {
      id: actionId(`${board.id}-old-${i}`),
      number: i + 1,
      text: `Old action ${i + 1}`,
      owners: [{ kind: 'external', name: 'Shakira Gordon', initials: 'SG', aadObjectId: aadOf(2) }],
      status: i % 2 === 0 ? 'completed' : 'closed',
      due: '2023-01-10',
      meetingId: `old-meeting-${i % 40}` as never,
      history: [{ at: '2023-01-09T09:00:00.000Z', by: aadOf(2), kind: 'update', text: 'Sent.' }],
      createdAt: `${2019 + (i % 6)}-06-01T09:00:00.000Z`,
      updatedAt: `${2019 + (i % 6)}-07-01T09:00:00.000Z`,
    }),
  );

const boardWith = async (old: boolean): Promise<{ chat: Where; board: Board }> => {
  const chat = groupChat();
  await say(chat, 'setup Havering Safeguarding Children Partnership Executive');
  await say(
    chat,
    [
      'members import',
      'Brian Boxall (BB) | SAB Independent Chair LBH | LA | chair',
      'Lewis Basford (LB) | Detective Superintendent | POLICE',
    ].join('\n'),
  );
  await say(chat, 'meeting new Executive Planning Meeting on 13/10/26 2-3pm at MS Teams');
  await say(chat, 'meeting start');
  await say(chat, 'meeting end');
  await say(chat, 'meeting new Executive Planning Meeting on 14/12/26 2-3pm at MS Teams');
  const board = (await h.deps.boards.findByConversation(TENANT, chat.conversationId))!;
  const meetings = await h.deps.meetings.listForBoard(board.id);
  const held = meetings.find((m) => m.status === 'closed')!;
  const actions = [...recent(board, held.id), ...(old ? history(board) : [])];
  for (let i = 0; i < actions.length; i += 50)
    await Promise.all(actions.slice(i, i + 50).map((a) => h.deps.actions.create(a)));
  return { chat, board };
};

type Cost = { requests: Record<string, number>; documents: number; shown: string[] };

/** What a person reads on a card or in a message: its texts, titles and values, no ids or links. */
const visible = (node: unknown): string[] => {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(visible);
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) =>
    ['text', 'title', 'value'].includes(key) && typeof value === 'string'
      ? [value]
      : key === 'data' || key === 'url'
        ? []
        : visible(value),
  );
};

const costOf = async (run: () => Promise<unknown>): Promise<Cost> => {
  counter.reset();
  const result = await run();
  return { requests: counter.kinds(), documents: counter.documents(), shown: visible(result) };
};

const asked = (chat: Where, text: string) => async () =>
  (await say(chat, text)).map((a) => cardOf(a) ?? a.text);

describe('a coordinator’s questions with 12 actions and with 1,002', () => {
  let small: { chat: Where; board: Board };
  let large: { chat: Where; board: Board };
  beforeAll(async () => {
    small = await boardWith(false);
    large = await boardWith(true);
  });

  const commands = [
    'actions',
    'actions overdue',
    'actions mine',
    'actions meeting 13/10/26',
    'summary',
    'actions BB',
    'agenda',
    'report 2026-27',
  ];

  it.each(commands)('"%s" costs the same and shows the same', async (command) => {
    const few = await costOf(asked(small.chat, command));
    const many = await costOf(asked(large.chat, command));
    expect(many.requests).toEqual(few.requests);
    expect(many.documents).toBe(few.documents);
    expect(many.shown).toEqual(few.shown);
    expect(few.shown.length).toBeGreaterThan(3);
    /** Everything selected fits on the card: one query, no count. */
    expect(many.requests['query actions']).toBe(1);
  });

  it('shows the agenda’s action log and the report’s figures as they were', async () => {
    const agenda = visible(await asked(large.chat, 'agenda')());
    expect(agenda).toContain('Action log: 7 open');
    expect(agenda).toContain('997. BB — Recent action 7');
    const report = visible(await asked(large.chat, 'report 2026-27')());
    expect(report).toEqual(
      expect.arrayContaining(['Actions raised', '12', 'Overdue at year end', '3']),
    );
  });

  it('counts what does not fit on the card with one more request, and says how many more', async () => {
    const { chat, board } = await boardWith(true);
    const extra = Array.from({ length: 25 }, (_, i) =>
      actionOf(board, {
        id: actionId(`${board.id}-more-${i}`),
        number: 2000 + i,
        text: `Further action ${i + 1}`,
      }),
    );
    await Promise.all(extra.map((a) => h.deps.actions.create(a)));
    const agenda = await costOf(asked(chat, 'agenda'));
    expect(agenda.requests['query actions']).toBe(2);
    expect(agenda.shown).toContain('Action log: 32 open');
    expect(agenda.shown).toContain('…and 17 more: type "actions".');
    const log = await costOf(asked(chat, 'actions all'));
    expect(log.requests['query actions']).toBe(2);
    expect(log.shown).toContain(
      'Havering Safeguarding Children Partnership Executive · 1027 actions',
    );
    expect(log.shown).toContain(
      '…and 987 more. Narrow the list: "actions overdue", "actions <initials>".',
    );
  });

  it('builds the minutes and the subject access export from the same reads', async () => {
    const minutesOf = (board: Board) => async () => {
      const held = (await h.deps.meetings.listForBoard(board.id)).find(
        (m) => m.status === 'closed',
      )!;
      const file = await exportMinutesDocx(h.deps, {
        kind: 'minutes.docx',
        tenantId: TENANT,
        boardId: board.id,
        aadObjectId: aadOf(7),
        meetingId: held.id,
        expires: 0,
      });
      return file?.fileName.replace(/^.*-(\d{4}-\d\d-\d\d)\.docx$/, '$1');
    };
    const few = await costOf(minutesOf(small.board));
    const many = await costOf(minutesOf(large.board));
    expect(many.requests).toEqual(few.requests);
    expect(many.documents).toBe(few.documents);
    expect(many.shown).toEqual(['2026-10-13']);
    const subjectOf = (board: Board) => async (): Promise<string> =>
      (
        JSON.parse(
          (await exportSubjectData(h.deps, {
            kind: 'subject.json',
            tenantId: TENANT,
            boardId: board.id,
            aadObjectId: aadOf(7),
            subject: 'BB',
            expires: 0,
          }))!.json,
        ) as { actions: unknown[] }
      ).actions.length.toString();
    const fewSubject = await costOf(subjectOf(small.board));
    const manySubject = await costOf(subjectOf(large.board));
    expect(manySubject.requests).toEqual(fewSubject.requests);
    expect(manySubject.documents).toBe(fewSubject.documents);
    expect(manySubject.shown).toEqual(['6']);
    expect(fewSubject.shown).toEqual(['6']);
  });
});
