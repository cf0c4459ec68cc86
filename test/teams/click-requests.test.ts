import type { Activity } from 'botbuilder';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AdaptiveCard, CardAction } from '../../src/cards/card-types.js';
import { Verbs } from '../../src/cards/verbs.js';
import type { Action } from '../../src/domain/action.js';
import type { Board } from '../../src/domain/board.js';
import { actionId, tenantId } from '../../src/domain/ids.js';
import type { FakeConnector } from '../../doubles/fake-connector.js';
import { startFakeConnector } from '../../doubles/fake-connector.js';
import type { RequestCounter } from '../support/count-requests.js';
import { countRequests } from '../support/count-requests.js';
import { actionOf } from '../support/action-fixture.js';
import { aadOf, haveringBoard, TENANT } from '../support/fixtures.js';
import type { SendingApp } from '../support/sending-app.js';
import { startSendingApp } from '../support/sending-app.js';
import type { Harness, Person, Where } from '../support/teams-harness.js';
import {
  cardOf,
  createHarness,
  executeInvoke,
  groupChat,
  messageText,
  person,
  personalChat,
  textOf,
} from '../support/teams-harness.js';
import { createTestDeps } from '../support/test-deps.js';
import { cardProblems } from '../support/validate-card.js';

const EM = person(7, 'Elisabeth Major');
const BB = person(1, 'Brian Boxall');
const RS = person(3, 'Robert South');
const LB = person(2, 'Lewis Basford');

let h: Harness;
let counter: RequestCounter;
let connector: FakeConnector;
let sending: SendingApp;

beforeAll(async () => {
  connector = await startFakeConnector();
});
afterAll(() => connector.close());
/** A database of each test's own: its boards are the only boards the people are on. */
beforeEach(async () => {
  counter = countRequests();
  h = await createHarness({ deps: await createTestDeps({ plugins: [counter.plugin] }) });
  h.roster.push(
    ...[EM, BB, RS, LB].map((p) => ({
      aadObjectId: aadOf(p.n),
      name: p.name,
      id: `29:user-${p.n}`,
    })),
  );
  sending = await startSendingApp(h.deps);
});
afterEach(() => sending.close());

/** Messages arrive through the fake connector's address, so reminders go back to it. */
const at = (activity: Partial<Activity>): Partial<Activity> => ({
  ...activity,
  serviceUrl: connector.url,
});
const say = async (where: Where, text: string, who: Person = EM): Promise<string> =>
  textOf(await h.send(at(messageText(who, where, text))));

/** Sends one activity and says which Cosmos requests it made. */
const counted = async (
  activity: Partial<Activity>,
): Promise<{ sent: Partial<Activity>[]; kinds: Record<string, number>; total: number }> => {
  counter.reset();
  const sent = await h.send(at(activity));
  return { sent, kinds: counter.kinds(), total: counter.total() };
};

const newBoard = async (name: string): Promise<{ chat: Where; board: Board }> => {
  const chat = groupChat();
  await say(chat, `setup ${name}`);
  await say(
    chat,
    [
      'members import',
      'Brian Boxall (BB) | Independent Chair | LA | chair',
      'Robert South (RS) | Director of Children’s Services | LA',
      'Lewis Basford (LB) | Detective Superintendent | POLICE',
    ].join('\n'),
  );
  const board = await h.deps.boards.findByConversation(TENANT, chat.conversationId);
  return { chat, board: board! };
};

/** Boards RS also sits on, written straight to the store (their setup is not what is measured). */
const moreBoardsFor = async (n: number): Promise<void> => {
  for (let i = 0; i < n; i += 1) await h.deps.boards.create(haveringBoard());
};

const button = (card: AdaptiveCard, title: string): Record<string, unknown> =>
  (
    card.actions!.find((a: CardAction) => a.title === title) as unknown as {
      data: Record<string, unknown>;
    }
  ).data;

const refreshData = (card: AdaptiveCard): Record<string, unknown> =>
  (card.refresh!.action as unknown as { data: Record<string, unknown> }).data;

const reminderFor = async (conversationId: string): Promise<AdaptiveCard> => {
  connector.delivered.length = 0;
  await sending.sweep({ leaseMs: 60_000 });
  const delivered = connector.delivered.filter((d) => d.conversationId === conversationId);
  expect(delivered).toHaveLength(1);
  return (delivered[0]!.activity.attachments as { content: AdaptiveCard }[])[0]!.content;
};

/**
 * The requests a click makes, by kind, with the meetings reads apart: those belong to the action
 * card's next-meeting line and disclosure (replies/action-replies.ts), counted on their own.
 */
const split = (kinds: Record<string, number>) => ({
  ours: Object.fromEntries(Object.entries(kinds).filter(([k]) => !k.endsWith(' meetings'))),
  meetings: Object.entries(kinds)
    .filter(([k]) => k.endsWith(' meetings'))
    .reduce((sum, [, n]) => sum + n, 0),
});

/** The board the card names, by one point read; the action on it, by one point read. */
const FOUND = { 'read boards': 1, 'read actions': 1 };
/**
 * The action written on the ETag it was read with, and its audit entry: one transactional batch
 * (the entry lives in the action's partition).
 */
const CHANGED = { 'batch actions': 1 };

describe('an owner answers a reminder card in their personal chat', () => {
  it.each([1, 50])('with the same requests on %i board(s)', async (boards) => {
    h.deps.clock.set('2026-11-23T08:00:00Z');
    /** The other boards first, so a search board by board would come to the action's board last. */
    await moreBoardsFor(boards - 1);
    const { chat, board } = await newBoard('Northfield Partnership Executive');
    expect(await h.deps.boards.listForMember(TENANT, aadOf(RS.n))).toHaveLength(boards);
    await say(personalChat(RS), 'help', RS);
    await say(chat, 'action RS to send the audit report to the board by 24 November');
    h.deps.clock.set('2026-11-23T09:00:00Z');
    const reminder = await reminderFor(personalChat(RS).conversationId);
    expect(cardProblems(reminder)).toEqual([]);
    const [action] = await h.deps.actions.listForBoard(board.id);
    expect(button(reminder, 'Mark done')).toEqual({
      actionId: action!.id,
      boardId: board.id,
      revision: 1,
      verb: Verbs.actionDone,
    });
    expect(refreshData(reminder)).toEqual({
      actionId: action!.id,
      boardId: board.id,
      verb: Verbs.actionRefresh,
    });
    const click = async (verb: string, data: Record<string, unknown>) => {
      const result = await counted(executeInvoke(RS, personalChat(RS), verb, data));
      return { ...result, ...split(result.kinds), json: JSON.stringify(cardOf(result.sent[0])) };
    };

    /** Teams refreshes the card when the owner opens the chat. */
    const refresh = await click(Verbs.actionRefresh, refreshData(reminder));
    expect(refresh.json).toContain('send the audit report to the board');
    expect(refresh.ours).toEqual(FOUND);
    expect(refresh.meetings).toBeLessThanOrEqual(1);

    const update = await click(Verbs.actionUpdate, {
      ...button(reminder, 'Add update'),
      updateText: 'Draft circulated to the business unit; final version to the chair on Monday',
    });
    expect(update.json).toContain('Update added.');
    expect(update.ours).toEqual({ ...FOUND, ...CHANGED });
    expect(update.meetings).toBeLessThanOrEqual(1);

    /** "Need more time": the proposal goes to the chair and coordinators as a planned notice. */
    const later = await click(Verbs.actionDue, {
      ...button(JSON.parse(update.json) as AdaptiveCard, 'Need more time'),
      newDate: '2026-12-04',
    });
    expect(later.json).toContain('New date proposed: Friday 4 December 2026');
    expect(later.ours).toEqual({ ...FOUND, ...CHANGED, 'create reminders': 1 });
    expect(later.meetings).toBeLessThanOrEqual(2);

    const doneData = button(JSON.parse(later.json) as AdaptiveCard, 'Mark done');
    const done = await click(Verbs.actionDone, doneData);
    expect(done.json).toContain('Marked complete.');
    expect(done.ours).toEqual({ ...FOUND, ...CHANGED });
    expect(done.meetings).toBeLessThanOrEqual(1);

    /** A second click (Teams resends, or a second tap): the same answer, its audit entry kept once. */
    const again = await click(Verbs.actionDone, doneData);
    expect(again.json).toContain('Marked complete.');
    expect(again.ours).toEqual({ ...FOUND, 'create actions': 1 });
    expect(again.meetings).toBeLessThanOrEqual(1);

    /** The reminder card itself is out of date now: nothing changes, the action as it is. */
    const stale = await click(Verbs.actionDue, {
      ...button(reminder, 'Need more time'),
      newDate: '2026-12-11',
    });
    expect(stale.json).toContain('This card was out of date, so nothing was changed.');
    expect(stale.ours).toEqual(FOUND);

    const [after] = await h.deps.actions.listForBoard(board.id);
    expect(after?.status).toBe('completed');
    expect(after?.proposedDue?.date).toBe('2026-12-04');
    expect(after?.history.map((e) => e.kind)).toEqual(['created', 'update', 'proposal', 'status']);
  });
});

describe('a chair refreshes the agenda card', () => {
  it.each([1, 50])(
    'in the board’s chat and in their personal chat, on %i board(s)',
    async (boards) => {
      await moreBoardsFor(boards - 1);
      const { chat, board } = await newBoard('Northfield Partnership Executive');
      await say(personalChat(BB), 'help', BB);
      await say(chat, 'meeting new Executive Planning Meeting on 10/12/26 2-4pm at MS Teams');
      const [agenda] = await h.send(at(messageText(BB, chat, 'agenda')));
      const data = refreshData(cardOf(agenda) as AdaptiveCard);
      expect(data).toMatchObject({ boardId: board.id, verb: Verbs.agendaRefresh });
      /** The board, the meeting, the board's actions (its action log). */
      const READ = { 'read boards': 1, 'read meetings': 1, 'query actions': 1 };
      for (const where of [chat, personalChat(BB)]) {
        const refreshed = await counted(executeInvoke(BB, where, Verbs.agendaRefresh, data));
        expect(JSON.stringify(cardOf(refreshed.sent[0]))).toContain('Executive Planning Meeting');
        expect(refreshed.kinds).toEqual(READ);
      }
    },
  );
});

describe('card data is a hint, never a permission', () => {
  const POLICE_TENANT = tenantId('22222222-2222-4222-8222-222222222222');
  const REFUSED = 'That action is not on a board you belong to.';

  /** A board with an open action, RS among its members or not. */
  const boardWithAction = async (board: Board): Promise<Action> => {
    await h.deps.boards.create(board);
    return h.deps.actions.create(actionOf(board, { id: actionId(`a-${board.id}`) }));
  };
  const unchanged = async (action: Action): Promise<void> => {
    expect(await h.deps.actions.findById(action.boardId, action.id)).toEqual(action);
    expect(await h.deps.audit.listForBoard(action.tenantId, action.boardId)).toEqual([]);
  };

  it('a boardId naming a board of another tenant is refused, and nothing changes', async () => {
    await newBoard('Northfield Partnership Executive');
    const theirs = await boardWithAction(haveringBoard({ tenantId: POLICE_TENANT }));
    const [reply] = await h.send(
      at(
        executeInvoke(RS, personalChat(RS), Verbs.actionDone, {
          actionId: theirs.id,
          boardId: theirs.boardId,
          revision: 1,
        }),
      ),
    );
    expect(JSON.stringify(reply?.value)).toContain(REFUSED);
    await unchanged(theirs);
  });

  it('a boardId naming a board the clicker is not on is refused, in any chat, and nothing changes', async () => {
    const { chat } = await newBoard('Northfield Partnership Executive');
    const without = haveringBoard();
    const notOn = await boardWithAction({
      ...without,
      members: without.members.filter((m) => m.initials !== 'RS'),
    });
    for (const where of [personalChat(RS), chat]) {
      const [reply] = await h.send(
        at(
          executeInvoke(RS, where, Verbs.actionDone, {
            actionId: notOn.id,
            boardId: notOn.boardId,
            revision: 1,
          }),
        ),
      );
      expect(JSON.stringify(reply?.value)).toContain(REFUSED);
    }
    await unchanged(notOn);
  });

  it('a card posted before cards named their board still works, the way it did', async () => {
    h.deps.clock.set('2026-11-23T08:00:00Z');
    const { chat, board } = await newBoard('Northfield Partnership Executive');
    await say(personalChat(RS), 'help', RS);
    await say(chat, 'action RS to send the audit report to the board by 24 November');
    h.deps.clock.set('2026-11-23T09:00:00Z');
    const { boardId: _named, ...oldCard } = button(
      await reminderFor(personalChat(RS).conversationId),
      'Mark done',
    );
    const done = await counted(executeInvoke(RS, personalChat(RS), Verbs.actionDone, oldCard));
    expect(JSON.stringify(cardOf(done.sent[0]))).toContain('Marked complete.');
    /** The chat's board (none: a personal chat), then the clicker's boards, then the action. */
    expect(split(done.kinds).ours).toEqual({ ...FOUND, 'query boards': 1, ...CHANGED });
    expect((await h.deps.actions.listForBoard(board.id))[0]?.status).toBe('completed');
  });
});
