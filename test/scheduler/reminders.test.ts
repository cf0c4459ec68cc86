import type { Activity } from 'botbuilder';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AdaptiveCard, CardAction } from '../../src/cards/card-types.js';
import { Verbs } from '../../src/cards/verbs.js';
import type { Action } from '../../src/domain/action.js';
import type { Board } from '../../src/domain/board.js';
import type { FakeConnector } from '../../doubles/fake-connector.js';
import { startFakeConnector } from '../../doubles/fake-connector.js';
import { aadOf, TENANT } from '../support/fixtures.js';
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
import { cardProblems, verbsOf } from '../support/validate-card.js';

const EM = person(7, 'Elisabeth Major');
const BB = person(1, 'Brian Boxall');
const RS = person(3, 'Robert South');
const KC = person(4, 'Korkor Ceasar');
const TC = person(5, 'Trevor Cook');

let h: Harness;
let connector: FakeConnector;
/** The app as production composes it: its reminder scheduler sends through its own adapter. */
let sending: SendingApp;

beforeAll(async () => {
  connector = await startFakeConnector();
});
/** A database of each test's own, so one test's reminders never fall due in another's sweep. */
beforeEach(async () => {
  h = await createHarness();
  h.roster.push(
    ...[EM, BB, RS, KC, TC].map((p) => ({
      aadObjectId: aadOf(p.n),
      name: p.name,
      id: `29:user-${p.n}`,
    })),
  );
  sending = await startSendingApp(h.deps);
});
afterEach(() => sending.close());
afterAll(() => connector.close());
beforeEach(() => {
  connector.delivered.length = 0;
  connector.requests.length = 0;
  connector.answer = () => ({ status: 200 });
});

/** Messages arrive through the fake connector's address, so their references point at it. */
const at = (activity: Partial<Activity>): Partial<Activity> => ({
  ...activity,
  serviceUrl: connector.url,
});
const say = async (where: Where, text: string, who: Person = EM): Promise<string> =>
  textOf(await h.send(at(messageText(who, where, text))));

const sweep = () => sending.sweep({ leaseMs: 60_000 });

const newBoard = async (): Promise<{ chat: Where; board: Board }> => {
  h.deps.clock.set('2026-11-23T08:00:00Z');
  const chat = groupChat();
  await say(chat, 'setup Northfield Partnership Executive');
  await say(
    chat,
    [
      'members import',
      'Brian Boxall (BB) | Independent Chair | LA | chair',
      'Robert South (RS) | Director of Children’s Services | LA',
      'Korkor Ceasar (KC) | Designated Nurse | ICB',
      'Trevor Cook (TC) | Head of Education | LA',
    ].join('\n'),
  );
  const board = await h.deps.boards.findByConversation(TENANT, chat.conversationId);
  return { chat, board: board! };
};

const actionsOf = async (board: Board): Promise<Action[]> => h.deps.actions.listForBoard(board.id);
const cardsTo = (conversationId: string): AdaptiveCard[] =>
  connector.delivered
    .filter((d) => d.conversationId === conversationId)
    .map((d) => (d.activity.attachments as { content: AdaptiveCard }[])[0]!.content);
const button = (card: AdaptiveCard, title: string): CardAction =>
  card.actions!.find((a) => a.title === title)!;

describe('an action due tomorrow', () => {
  it('reminds its owner at 09:00 in their personal chat; the owner completes it from the card', async () => {
    const { chat, board } = await newBoard();
    await say(personalChat(RS), 'help', RS);
    expect(
      await say(chat, 'action RS to send the audit report to the board by 24 November'),
    ).toContain('Recorded as action 1');

    h.deps.clock.set('2026-11-23T08:59:00Z');
    expect((await sweep()).sent).toBe(0);
    expect(connector.delivered).toHaveLength(0);

    h.deps.clock.set('2026-11-23T09:00:00Z');
    const report = await sweep();
    expect(report).toMatchObject({
      sent: 1,
      deliveries: { personal: 1, channel: 0, unreachable: 0 },
    });
    const [reminder] = cardsTo(personalChat(RS).conversationId);
    expect(reminder).toBeDefined();
    expect(cardProblems(reminder!)).toEqual([]);
    const json = JSON.stringify(reminder);
    expect(json).toContain('Reminder: due tomorrow (Tuesday 24 November 2026)');
    expect(json).toContain('send the audit report to the board');
    expect(verbsOf(reminder!)).toEqual(
      expect.arrayContaining([
        Verbs.actionUpdate,
        Verbs.actionDone,
        Verbs.actionDue,
        Verbs.actionNotMine,
      ]),
    );

    const [answer] = await h.send(
      at(
        executeInvoke(
          RS,
          personalChat(RS),
          Verbs.actionDone,
          button(reminder!, 'Mark done').data as Record<string, unknown>,
        ),
      ),
    );
    expect(JSON.stringify(cardOf(answer))).toContain('Marked complete.');
    const [action] = await actionsOf(board);
    expect(action?.status).toBe('completed');
    expect(action?.history.at(-1)).toMatchObject({
      kind: 'status',
      to: 'completed',
      by: aadOf(RS.n),
    });
    expect(await say(chat, 'actions all')).toContain('Completed');

    // A second click on the answered card changes nothing and shows the current state.
    const [again] = await h.send(
      at(
        executeInvoke(
          RS,
          personalChat(RS),
          Verbs.actionDone,
          button(reminder!, 'Mark done').data as Record<string, unknown>,
        ),
      ),
    );
    expect(JSON.stringify(cardOf(again))).toContain('"title":"Status","value":"Completed"');
    expect((await actionsOf(board))[0]?.history).toHaveLength(action!.history.length);

    // The on-the-day reminder comes up tomorrow and is cancelled: the action is complete.
    h.deps.clock.set('2026-11-24T09:00:00Z');
    const next = await sweep();
    expect(next).toMatchObject({ ready: 1, cancelled: 1, sent: 0 });
    expect(connector.delivered).toHaveLength(1);
  });

  it('sends each reminder of the policy once, then weekly while overdue, and escalates after 14 days', async () => {
    const { chat } = await newBoard();
    await say(personalChat(KC), 'help', KC);
    await say(personalChat(BB), 'help', BB);
    await say(personalChat(EM), 'help', EM);
    await say(chat, 'action KC to refresh the neglect strategy by 2 December 2026');
    const kinds: string[] = [];
    for (let day = 0; day < 24; day += 1) {
      const date = new Date(Date.UTC(2026, 10, 23 + day, 9, 0));
      h.deps.clock.set(date.toISOString());
      const before = connector.delivered.length;
      await sweep();
      await sweep();
      for (const d of connector.delivered.slice(before)) {
        const intro =
          /"text":"((?:Reminder|Escalation|Overdue actions)[^"]*)"/.exec(
            JSON.stringify(d.activity),
          )?.[1] ?? '?';
        kinds.push(
          `${date.toISOString().slice(0, 10)} ${d.conversationId.replace('a:1personal-', '#')} ${intro.split(/[:—]/)[0]?.trim()}${intro.includes('overdue by') ? ' (overdue)' : ''}`,
        );
      }
    }
    expect(kinds.sort()).toEqual([
      '2026-11-25 #4 Reminder',
      '2026-12-01 #4 Reminder',
      '2026-12-02 #4 Reminder',
      '2026-12-07 #7 Overdue actions',
      '2026-12-09 #4 Reminder (overdue)',
      '2026-12-14 #7 Overdue actions',
      '2026-12-16 #1 Escalation',
      '2026-12-16 #4 Reminder (overdue)',
      '2026-12-16 #7 Escalation',
    ]);
  });
});

describe('a sweep that runs late (the bot was down)', () => {
  it('sends one reminder, worded as of the day it goes out, not a burst of stale ones', async () => {
    const { chat } = await newBoard();
    await say(personalChat(RS), 'help', RS);
    await say(chat, 'action RS to finalise the audit plan by 3 December 2026');
    h.deps.clock.set('2026-12-03T10:00:00Z');
    // The owner's reminder, and Monday's missed digest to the coordinators.
    expect((await sweep()).sent).toBe(2);
    expect(await sweep()).toMatchObject({ ready: 0 });
    const cards = cardsTo(personalChat(RS).conversationId);
    expect(cards).toHaveLength(1);
    expect(JSON.stringify(cards[0])).toContain('Reminder: due today (Thursday 3 December 2026).');
  });
});

describe('reaching people', () => {
  it('falls back to the board’s chat with an @mention, and lists the owner as not reached', async () => {
    const { chat, board } = await newBoard();
    await say(chat, 'action TC to circulate the schools audit by 24 November 2026');
    h.deps.clock.set('2026-11-23T09:00:00Z');
    const report = await sweep();
    expect(report.deliveries).toEqual({ personal: 0, channel: 1, unreachable: 0 });
    const [posted] = connector.delivered;
    expect(posted?.conversationId).toBe(chat.conversationId);
    expect(posted?.activity.text).toContain('<at>Trevor Cook</at>');
    const stored = await h.deps.boards.findById(board.tenantId, board.id);
    expect(stored?.unreachable).toEqual([
      expect.objectContaining({ key: aadOf(TC.n), name: 'Trevor Cook', reason: 'no-chat' }),
    ]);
  });

  it('never retries a 403: the owner blocked the bot, so the board’s chat is told instead', async () => {
    const { chat } = await newBoard();
    await say(personalChat(RS), 'help', RS);
    await say(chat, 'action RS to chase the health returns by 24 November 2026');
    connector.answer = (conversation) => ({
      status: conversation === personalChat(RS).conversationId ? 403 : 200,
    });
    h.deps.clock.set('2026-11-23T09:00:00Z');
    expect((await sweep()).deliveries).toEqual({ personal: 0, channel: 1, unreachable: 0 });
    expect(
      connector.requests.filter((r) => r.conversationId === personalChat(RS).conversationId),
    ).toHaveLength(1);
  });

  it.each([
    ['429 with Retry-After', { status: 429, headers: { 'Retry-After': '1' } }],
    ['429 without Retry-After', { status: 429 }],
    ['503', { status: 503 }],
  ])('after %s, tries again later and delivers exactly once', async (_what, failure) => {
    const { chat } = await newBoard();
    await say(personalChat(RS), 'help', RS);
    await say(chat, 'action RS to book the learning review by 24 November 2026');
    let failuresLeft = 5;
    connector.answer = () => (failuresLeft-- > 0 ? failure : { status: 200 });
    h.deps.clock.set('2026-11-23T09:00:00Z');
    for (let i = 0; i < 8 && connector.delivered.length === 0; i += 1) {
      await sweep();
      h.deps.clock.advance(61 * 60_000);
    }
    expect(connector.delivered).toHaveLength(1);
    expect(connector.delivered[0]?.conversationId).toBe(personalChat(RS).conversationId);
    h.deps.clock.advance(60 * 60_000);
    await sweep();
    expect(connector.delivered).toHaveLength(1);
  });
});

describe('answering a reminder in place', () => {
  it('an owner proposes a new date; the chair accepts it on a card of their own; the owner is told', async () => {
    const { chat, board } = await newBoard();
    for (const p of [RS, BB, EM]) await say(personalChat(p), 'help', p);
    await say(chat, 'action RS to write the section 11 summary by 24 November 2026');
    h.deps.clock.set('2026-11-23T09:00:00Z');
    await sweep();
    const [reminder] = cardsTo(personalChat(RS).conversationId);
    const data = {
      ...(button(reminder!, 'Need more time').data as Record<string, unknown>),
      newDate: '2026-12-08',
    };
    const [proposed] = await h.send(at(executeInvoke(RS, personalChat(RS), Verbs.actionDue, data)));
    expect(JSON.stringify(cardOf(proposed))).toContain('New date proposed');
    expect((await sweep()).sent).toBe(1);
    const [toChair] = cardsTo(personalChat(BB).conversationId);
    const [toCoordinator] = cardsTo(personalChat(EM).conversationId);
    expect(JSON.stringify(toChair)).toContain('asks for more time');
    expect(toCoordinator).toBeDefined();
    expect(verbsOf(toChair!)).toEqual(
      expect.arrayContaining([Verbs.actionAcceptDate, Verbs.actionRejectDate]),
    );
    const accept = (toChair!.body as { type: string; actions?: CardAction[] }[])
      .flatMap((e) => e.actions ?? [])
      .find((a) => a.title === 'Accept new date')!;
    const [accepted] = await h.send(
      at(
        executeInvoke(
          BB,
          personalChat(BB),
          Verbs.actionAcceptDate,
          accept.data as Record<string, unknown>,
        ),
      ),
    );
    expect(JSON.stringify(cardOf(accepted))).toContain('Tuesday 8 December 2026');
    await sweep();
    const told = cardsTo(personalChat(RS).conversationId).at(-1);
    expect(JSON.stringify(told)).toContain('Your new date was accepted');
    expect((await actionsOf(board))[0]?.due).toBe('2026-12-08');
    // The reminder planned for the old date is cancelled; the new date has its own.
    h.deps.clock.set('2026-11-24T09:00:00Z');
    expect(await sweep()).toMatchObject({ cancelled: 1, sent: 0 });
  });

  it('"Not mine" tells the coordinators, once however often it is clicked', async () => {
    const { chat } = await newBoard();
    for (const p of [RS, EM]) await say(personalChat(p), 'help', p);
    await say(chat, 'action RS to update the threshold document by 24 November 2026');
    h.deps.clock.set('2026-11-23T09:00:00Z');
    await sweep();
    const [reminder] = cardsTo(personalChat(RS).conversationId);
    const data = button(reminder!, 'Not mine').data as Record<string, unknown>;
    const [first] = await h.send(
      at(executeInvoke(RS, personalChat(RS), Verbs.actionNotMine, data)),
    );
    expect(JSON.stringify(cardOf(first))).toContain('the coordinators have been told');
    await h.send(at(executeInvoke(RS, personalChat(RS), Verbs.actionNotMine, data)));
    await sweep();
    const toCoordinator = cardsTo(personalChat(EM).conversationId);
    expect(toCoordinator).toHaveLength(1);
    expect(JSON.stringify(toCoordinator[0])).toContain('Robert South (RS) says Action 1');
    const [refused] = await h.send(at(executeInvoke(KC, chat, Verbs.actionNotMine, data)));
    expect(JSON.stringify(refused?.value)).toContain('Only its owners');
  });
});

describe('the coordinators', () => {
  it('get a Monday digest of overdue actions and of people reminders could not reach', async () => {
    const { chat } = await newBoard();
    await say(personalChat(EM), 'help', EM);
    await say(chat, 'action TC to send the attendance figures by 24 November 2026');
    for (const iso of ['2026-11-23T09:00:00Z', '2026-11-24T09:00:00Z', '2026-11-30T09:00:00Z']) {
      h.deps.clock.set(iso);
      await sweep();
    }
    const digest = cardsTo(personalChat(EM).conversationId).find((c) =>
      JSON.stringify(c).includes('week of'),
    );
    expect(digest).toBeDefined();
    expect(cardProblems(digest!)).toEqual([]);
    const json = JSON.stringify(digest);
    expect(json).toContain('send the attendance figures');
    expect(json).toContain('Could not reach in Teams');
    expect(json).toContain('has not opened a chat with Quorate');
  });

  it('hear which presenters have not sent papers before the deadline; presenters are chased', async () => {
    const { chat } = await newBoard();
    for (const p of [RS, EM]) await say(personalChat(p), 'help', p);
    await say(chat, 'meeting new Executive on 10 December 2026 10:00-12:00');
    await say(chat, 'agenda add Neglect strategy by RS');
    await say(chat, 'agenda add Health update by KC');
    await say(chat, 'paper 2 Health update https://example.org/health.pdf');
    h.deps.clock.set('2026-12-01T09:00:00Z');
    await sweep();
    const toRS = cardsTo(personalChat(RS).conversationId);
    expect(JSON.stringify(toRS)).toContain('Neglect strategy');
    expect(JSON.stringify(toRS)).not.toContain('Health update');
    const toEM = cardsTo(personalChat(EM).conversationId);
    expect(JSON.stringify(toEM)).toContain('Papers not yet sent');
    expect(JSON.stringify(toEM)).toContain('Neglect strategy — RS');
  });
});

describe('the scheduler loop', () => {
  it('sweeps when kicked and stops cleanly', async () => {
    const { chat } = await newBoard();
    await say(personalChat(RS), 'help', RS);
    await say(chat, 'action RS to confirm the venue by 24 November 2026');
    h.deps.clock.set('2026-11-23T09:00:00Z');
    const scheduler = sending.app.reminders!;
    const report = await scheduler.sweepNow();
    expect(report.sent).toBe(1);
    scheduler.kick();
    await scheduler.stop();
    expect(connector.delivered).toHaveLength(1);
  });
});
