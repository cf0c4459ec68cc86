import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AdaptiveCard } from '../../src/cards/card-types.js';
import { Verbs } from '../../src/cards/verbs.js';
import type { Delegate } from '../../src/domain/board.js';
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
import { cardProblems } from '../support/validate-card.js';

/**
 * Issue 21 item 2 through the app as src/app.ts composes it (its reminder scheduler, notifier,
 * adapter and turn error handler) against the Bot Connector double: a police member's apologies
 * put the next meeting at risk; 3 working days before, the chair and coordinator get the forecast
 * and the police delegates a card to attend or name a deputy; a deputy named from the card makes
 * the meeting quorate, and 1 working day before nothing more is sent.
 */

const EM = person(7, 'Elisabeth Major');
const BB = person(1, 'Brian Boxall');
const RS = person(3, 'Robert South');
const KC = person(4, 'Korkor Ceasar');
const LB = person(5, 'Lewis Basford');
/** Police's Delegated Safeguarding Partners, not members of the board. */
const AD = person(9, 'Amrit Dhillon');
const CH = person(10, 'Claire Hunt');

let h: Harness;
let connector: FakeConnector;
let sending: SendingApp;

beforeAll(async () => {
  connector = await startFakeConnector();
});
afterAll(() => connector.close());
beforeEach(async () => {
  h = await createHarness();
  sending = await startSendingApp(h.deps);
  connector.delivered.length = 0;
  connector.requests.length = 0;
  connector.answer = () => ({ status: 201 });
});
afterEach(() => sending.close());

const send = (activity: ReturnType<typeof messageText>) =>
  h.send({ ...activity, serviceUrl: connector.url });
const say = async (where: Where, text: string, who: Person = EM): Promise<string> =>
  textOf(await send(messageText(who, where, text)));

const cardsTo = (p: Person): AdaptiveCard[] =>
  connector.delivered
    .filter((d) => d.conversationId === personalChat(p).conversationId)
    .map((d) => (d.activity.attachments as { content: AdaptiveCard }[])[0]!.content);

const delegate = (p: Person, designation: string): Delegate => ({
  agencyCode: 'POLICE',
  name: p.name,
  designation,
  aadObjectId: aadOf(p.n),
  addedAt: '2026-12-01T09:00:00.000Z',
  addedBy: aadOf(EM.n),
});

/** The Havering-style board, a meeting on Friday 18 December, and police's two delegates. */
const boardWithMeeting = async (delegates: Delegate[]): Promise<Where> => {
  h.deps.clock.set('2026-12-07T08:00:00Z');
  h.roster.push(
    ...[EM, BB, RS, KC, LB].map((p) => ({
      aadObjectId: aadOf(p.n),
      name: p.name,
      id: `29:user-${p.n}`,
    })),
  );
  const chat = groupChat();
  await say(chat, 'setup Havering Safeguarding Children Partnership Executive');
  await say(
    chat,
    [
      'members import',
      'Brian Boxall (BB) | Independent Chair | LA | chair',
      'Elisabeth Major (EM) | Partnership Business Manager | LA | coordinator',
      'Robert South (RS) | Director of Children’s Services | LA',
      'Korkor Ceasar (KC) | Designated Nurse | ICB',
      'Lewis Basford (LB) | Detective Superintendent | POLICE',
    ].join('\n'),
  );
  expect(await say(chat, 'meeting new Executive Planning Meeting on 18/12/26 2-4pm')).toContain(
    'Meeting planned',
  );
  const board = (await h.deps.boards.findByConversation(TENANT, chat.conversationId))!;
  await h.deps.boards.update(TENANT, board.id, (b) => ({ ...b, delegates }));
  for (const p of [EM, BB, RS, KC, LB, AD, CH]) await say(personalChat(p), 'help', p);
  connector.delivered.length = 0;
  return chat;
};

const forecastText = async (chat: Where): Promise<string> => {
  const [reply] = await send(messageText(EM, chat, 'quorum forecast'));
  const json = cardOf(reply);
  expect(json).toBeDefined();
  expect(cardProblems(json as AdaptiveCard)).toEqual([]);
  return JSON.stringify(json);
};

/** The data of a card's button (top level, or inside a ShowCard), as Teams would send it back. */
const buttonData = (card: AdaptiveCard, title: string): Record<string, unknown> => {
  const found: Record<string, unknown>[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) {
      const o = node as Record<string, unknown>;
      if (o.title === title && typeof o.data === 'object')
        found.push(o.data as Record<string, unknown>);
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  expect(found.length, title).toBeGreaterThan(0);
  return found[0]!;
};

describe('the quorum forecast, end to end', () => {
  it(
    'police apologies → at risk → the police delegate is asked → names a deputy from the card → quorate',
    { timeout: 120_000 },
    async () => {
      const chat = await boardWithMeeting([
        delegate(AD, 'Detective Chief Inspector, Safeguarding'),
      ]);
      expect(await forecastText(chat)).toContain('should be quorate');

      // The police member sends apologies from his personal chat.
      expect(await say(personalChat(LB), 'apologies for 18/12/26', LB)).toContain(
        'Apologies from Lewis Basford (LB) for Executive Planning Meeting on Friday 18 December 2026 are recorded',
      );
      const atRisk = await forecastText(chat);
      expect(atRisk).toContain('At risk');
      expect(atRisk).toContain('Police not represented');
      expect(atRisk).toContain(
        'apologies from Lewis Basford (LB), nobody named (delegates: Amrit Dhillon)',
      );
      expect(atRisk).toContain('member expected: Brian Boxall (BB), Robert South (RS)');

      // Tuesday 15 December, 09:00: 3 working days before the Friday meeting.
      h.deps.clock.set('2026-12-15T09:00:00Z');
      const first = await sending.sweep();
      expect(first.deliveries).toEqual({ personal: 3, channel: 0, unreachable: 0 });
      const [ask] = cardsTo(AD);
      expect(ask).toBeDefined();
      expect(cardProblems(ask!)).toEqual([]);
      expect(JSON.stringify(ask)).toContain(
        'Police has no one attending on 18 December — attend, or name a deputy',
      );
      for (const manager of [EM, BB]) {
        const [forecast] = cardsTo(manager);
        expect(JSON.stringify(forecast)).toContain('Sent 3 working days before the meeting');
        expect(cardProblems(forecast!)).toEqual([]);
      }
      expect(cardsTo(RS)).toEqual([]);

      // The delegate names a deputy on the card, in place.
      const deputy = {
        ...buttonData(ask!, 'Record the deputy'),
        deputyName: 'DI Sam Patel',
        deputyDesignation: 'Detective Inspector, Public Protection',
      };
      const [answered] = await send(
        executeInvoke(AD, personalChat(AD), Verbs.forecastDeputy, deputy),
      );
      const answeredJson = JSON.stringify(cardOf(answered));
      expect(answeredJson).toContain(
        'DI Sam Patel (Detective Inspector, Public Protection) will attend for Lewis Basford (LB) on Friday 18 December 2026.',
      );
      expect(cardProblems(cardOf(answered) as AdaptiveCard)).toEqual([]);

      // Teams resends the click: nothing changes twice.
      const before = await h.deps.meetings.listCurrent(
        (await h.deps.boards.findByConversation(TENANT, chat.conversationId))!.id,
        '2026-12-15',
      );
      const [again] = await send(executeInvoke(AD, personalChat(AD), Verbs.forecastDeputy, deputy));
      expect(JSON.stringify(cardOf(again))).toContain(
        'Police is covered: DI Sam Patel attending for LB.',
      );
      const after = await h.deps.meetings.listCurrent(before[0]!.boardId, '2026-12-15');
      expect(after[0]!.attendance).toEqual(before[0]!.attendance);
      expect(after[0]!.attendance?.records).toEqual([
        expect.objectContaining({
          code: 'SD',
          source: 'member',
          deputy: {
            name: 'DI Sam Patel',
            designation: 'Detective Inspector, Public Protection',
            nominatedBy: { name: 'Amrit Dhillon', aadObjectId: aadOf(AD.n) },
          },
        }),
      ]);

      const quorate = await forecastText(chat);
      expect(quorate).toContain('should be quorate');
      expect(quorate).toContain(
        'deputy named: DI Sam Patel (Detective Inspector, Public Protection) for LB',
      );

      // Thursday 17 December: 1 working day before, quorate, so nobody is told anything.
      connector.delivered.length = 0;
      h.deps.clock.set('2026-12-17T09:00:00Z');
      const second = await sending.sweep();
      expect(second.sent).toBe(1);
      expect(second.deliveries).toEqual({ personal: 0, channel: 0, unreachable: 0 });
      expect(connector.delivered).toEqual([]);

      // A later sweep (or a restart) sends neither threshold again.
      h.deps.clock.set('2026-12-17T15:00:00Z');
      expect((await sending.sweep()).ready).toBe(0);

      // At the meeting: the deputy police's delegate named decides for police, so the decision
      // carries no flag; an unauthorised deputy named instead flags the next one.
      h.deps.clock.set('2026-12-18T14:00:00Z');
      await say(chat, 'meeting start');
      await say(chat, 'present BB RS KC');
      expect(
        await say(chat, 'decision The neglect strategy was approved for publication'),
      ).not.toContain('unauthorised');
      expect(await say(chat, 'deputy Pat Jones (Sergeant) for LB')).toContain(
        'Not authorised to decide for Police',
      );
      expect(await say(chat, 'decision The section 11 audit timetable was agreed')).toContain(
        'Police represented only by an unauthorised deputy',
      );
      const board = (await h.deps.boards.findByConversation(TENANT, chat.conversationId))!;
      const [meeting] = await h.deps.meetings.listForBoard(board.id);
      expect(
        meeting!.agenda.flatMap((i) => i.decisions).map((d) => d.unauthorisedFor ?? []),
      ).toEqual([[], ['POLICE']]);
    },
  );

  it(
    'a delegate Teams refuses (403) is not reached: @mentioned in the board chat, on the coordinators’ list, named on the next forecast',
    { timeout: 120_000 },
    async () => {
      const chat = await boardWithMeeting([
        delegate(AD, 'Detective Chief Inspector, Safeguarding'),
        delegate(CH, 'Detective Superintendent, Public Protection'),
      ]);
      await say(personalChat(LB), 'apologies', LB);
      connector.answer = (conversation) =>
        conversation === personalChat(CH).conversationId ? { status: 403 } : { status: 201 };

      h.deps.clock.set('2026-12-15T09:00:00Z');
      const first = await sending.sweep();
      expect(first.deliveries).toEqual({ personal: 3, channel: 1, unreachable: 0 });
      expect(cardsTo(CH)).toEqual([]);
      const inBoardChat = connector.delivered.filter(
        (d) => d.conversationId === chat.conversationId,
      );
      expect(inBoardChat.map((d) => String(d.activity.text))).toEqual([
        expect.stringContaining('<at>Claire Hunt</at>'),
      ]);
      const board = await h.deps.boards.findByConversation(TENANT, chat.conversationId);
      expect(board?.unreachable).toEqual([
        expect.objectContaining({ key: aadOf(CH.n), name: 'Claire Hunt', reason: 'blocked' }),
      ]);

      // Nobody answered: 1 working day before, the chair and coordinator hear who was not reached.
      connector.delivered.length = 0;
      h.deps.clock.set('2026-12-17T09:00:00Z');
      await sending.sweep();
      const [forecast] = cardsTo(EM);
      const json = JSON.stringify(forecast);
      expect(json).toContain('Sent 1 working day before the meeting');
      expect(json).toContain(
        'Quorate could not reach: Claire Hunt (blocked or removed Quorate (Teams answered 403))',
      );
    },
  );

  it(
    'a delegate who is the absent member says "I’ll attend": apologies withdrawn; "undo" puts them back',
    { timeout: 120_000 },
    async () => {
      const board0 = async () =>
        (await h.deps.boards.findByConversation(TENANT, chat.conversationId))!;
      const chat = await boardWithMeeting([]);
      const lb = (await board0()).members.find((m) => m.initials === 'LB')!;
      await h.deps.boards.update(TENANT, (await board0()).id, (b) => ({
        ...b,
        delegates: [{ ...delegate(LB, 'Detective Superintendent'), memberId: lb.id }],
      }));
      await say(personalChat(LB), 'apologies', LB);
      h.deps.clock.set('2026-12-15T09:00:00Z');
      await sending.sweep();
      const [ask] = cardsTo(LB);
      expect(JSON.stringify(ask)).toContain('Police has no one attending on 18 December');
      const [answered] = await send(
        executeInvoke(LB, personalChat(LB), Verbs.forecastAttend, buttonData(ask!, 'I’ll attend')),
      );
      expect(JSON.stringify(cardOf(answered))).toContain(
        'Your apologies are withdrawn: you are expected at Executive Planning Meeting on Friday 18 December 2026.',
      );
      expect(await forecastText(chat)).toContain('member expected: Lewis Basford (LB)');

      expect(await say(personalChat(LB), 'undo', LB)).toContain('Undone');
      expect(await forecastText(chat)).toContain('apologies from Lewis Basford (LB)');
    },
  );

  it(
    'someone who is neither a delegate nor runs the board cannot answer the card',
    { timeout: 120_000 },
    async () => {
      const chat = await boardWithMeeting([delegate(AD, 'Detective Chief Inspector')]);
      await say(personalChat(LB), 'apologies', LB);
      h.deps.clock.set('2026-12-15T09:00:00Z');
      await sending.sweep();
      const [ask] = cardsTo(AD);
      const data = { ...buttonData(ask!, 'Record the deputy'), deputyName: 'Someone Else' };
      const [refused] = await send(executeInvoke(KC, personalChat(KC), Verbs.forecastDeputy, data));
      expect(JSON.stringify(cardOf(refused))).toContain(
        'Only the people authorised to decide for Police, the chair or a coordinator can answer this.',
      );
      expect(await forecastText(chat)).toContain('At risk');

      // The chair does not attend for police; they can record the deputy police named to them.
      const [attend] = await send(
        executeInvoke(BB, personalChat(BB), Verbs.forecastAttend, buttonData(ask!, 'I’ll attend')),
      );
      expect(JSON.stringify(cardOf(attend))).toContain(
        'Only someone authorised to decide for Police attends for it: use \\"Name a deputy\\" to record who is coming.',
      );
      const [named] = await send(
        executeInvoke(BB, personalChat(BB), Verbs.forecastDeputy, {
          ...data,
          deputyName: 'DI Sam Patel',
        }),
      );
      expect(JSON.stringify(cardOf(named))).toContain(
        'DI Sam Patel will attend for Lewis Basford (LB)',
      );
      // Police named no delegate to the chair: the deputy cannot decide for police (issue 21 item 1).
      const forecast = await forecastText(chat);
      expect(forecast).toContain('At risk');
      expect(forecast).toContain('Police represented only by an unauthorised deputy');
      expect(forecast).toContain('DI Sam Patel for LB (not authorised to decide for Police)');
    },
  );
});
