import type { Activity } from 'botbuilder';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FakeConnector } from '../../doubles/fake-connector.js';
import { startFakeConnector } from '../../doubles/fake-connector.js';
import type { AdaptiveCard } from '../../src/cards/card-types.js';
import { Verbs } from '../../src/cards/verbs.js';
import type { Meeting } from '../../src/domain/meeting.js';
import { aadOf, TENANT } from '../support/fixtures.js';
import { postActivity } from '../support/http-client.js';
import type { SendingApp } from '../support/sending-app.js';
import { startSendingApp } from '../support/sending-app.js';
import type { Harness, Person, Where } from '../support/teams-harness.js';
import {
  createHarness,
  executeInvoke,
  groupChat,
  messageText,
  person,
  personalChat,
  textOf,
} from '../support/teams-harness.js';
import { cardProblems } from '../support/validate-card.js';

const EM = person(7, 'Elisabeth Major');
const BB = person(1, 'Brian Boxall');
const LB = person(2, 'Lewis Basford');
const CHAIR_CHAT = personalChat(BB).conversationId;

let h: Harness;
let connector: FakeConnector;
let sending: SendingApp;

beforeAll(async () => {
  connector = await startFakeConnector();
});
afterAll(() => connector.close());
beforeEach(async () => {
  h = await createHarness();
  h.roster.push(
    ...[EM, BB, LB].map((p) => ({ aadObjectId: aadOf(p.n), name: p.name, id: `29:user-${p.n}` })),
  );
  sending = await startSendingApp(h.deps);
  connector.delivered.length = 0;
  connector.updated.length = 0;
  connector.requests.length = 0;
  connector.answer = () => ({ status: 201 });
});
afterEach(() => sending.close());

/** Messages arrive through the fake connector's address, so proactive sends go back to it. */
const say = async (where: Where, text: string, who: Person = BB): Promise<string> =>
  textOf(await h.send({ ...messageText(who, where, text), serviceUrl: connector.url }));

const meetingOf = async (where: Where): Promise<Meeting> => {
  const board = await h.deps.boards.findByConversation(TENANT, where.conversationId);
  const [meeting] = await h.deps.meetings.listForBoard(board!.id);
  return meeting!;
};

/** A board whose chair has a personal chat with Quorate, its meeting on item 1 (20 min) from 2.12pm. */
const meetingOnItem1 = async (): Promise<Where> => {
  h.deps.clock.set('2026-12-10T13:40:00Z');
  const chat = groupChat();
  await say(chat, 'setup Northfield Safeguarding Children Partnership Executive', EM);
  await say(
    chat,
    [
      'members import',
      'Brian Boxall (BB) | Independent Chair | LA | chair',
      'Lewis Basford (LB) | Detective Superintendent, Public Protection | POLICE',
    ].join('\n'),
    EM,
  );
  await say(personalChat(BB), 'help');
  await say(chat, 'meeting new Executive Planning Meeting on 10/12/26 2-3pm at MS Teams', EM);
  await say(chat, 'agenda add Child exploitation: police update by LB 20 min', EM);
  h.deps.clock.set('2026-12-10T14:02:00Z');
  await say(chat, 'meeting start');
  h.deps.clock.set('2026-12-10T14:12:00Z');
  expect(await say(chat, 'item 1')).toContain('Now:');
  return chat;
};

const toChair = (): string[] =>
  connector.delivered
    .filter((d) => d.conversationId === CHAIR_CHAT)
    .map((d) => String(d.activity.text));

describe('the chair’s overrun nudge (the app’s own tick, proactive sender and connector)', () => {
  it(
    'comes once per item, 5 minutes past its allocation, and never again on later ticks or after a restart',
    { timeout: 90_000 },
    async () => {
      const chat = await meetingOnItem1();
      h.deps.clock.set('2026-12-10T14:36:59Z');
      expect(await sending.app.liveTiming.sweepNow()).toMatchObject({ due: 0, sent: 0 });
      expect(toChair()).toEqual([]);

      h.deps.clock.set('2026-12-10T14:37:00Z');
      expect(await sending.app.liveTiming.sweepNow()).toMatchObject({ due: 1, sent: 1 });
      expect(toChair()).toEqual([
        'Executive Planning Meeting, Northfield Safeguarding Children Partnership Executive: Item 1 (Child exploitation: police update) has run 25 of 20 min, 5 min over. The meeting still has 16 min in hand. Type "next" in the meeting chat to move on.',
      ]);
      /** Nothing goes to the meeting's chat: the nudge is private. */
      expect(connector.delivered.filter((d) => d.conversationId === chat.conversationId)).toEqual(
        [],
      );

      h.deps.clock.set('2026-12-10T14:45:00Z');
      expect(await sending.app.liveTiming.sweepNow()).toMatchObject({ due: 0, sent: 0 });
      await sending.close();
      sending = await startSendingApp(h.deps);
      expect(await sending.app.liveTiming.sweepNow()).toMatchObject({ checked: 1, due: 0 });
      expect(toChair()).toHaveLength(1);
      const nudged = (await meetingOf(chat)).agenda.find((i) => i.number === '1');
      expect(nudged?.actual?.nudgedAt).toBe('2026-12-10T14:37:00.000Z');

      /** The next item gets a nudge of its own: AOB (5 min) taken at 2.50pm, due at 3pm. */
      h.deps.clock.set('2026-12-10T14:50:00Z');
      await say(chat, 'next');
      h.deps.clock.set('2026-12-10T15:00:00Z');
      expect(await sending.app.liveTiming.sweepNow()).toMatchObject({ due: 1, sent: 1 });
      expect(toChair()[1]).toContain(
        'Item AOB (Any other business) has run 10 of 5 min, 5 min over.',
      );
      expect(await sending.app.liveTiming.sweepNow()).toMatchObject({ due: 0, sent: 0 });
      expect(toChair()).toHaveLength(2);

      /** After the meeting ends, nothing more. */
      await say(chat, 'meeting end');
      h.deps.clock.set('2026-12-10T16:00:00Z');
      expect(await sending.app.liveTiming.sweepNow()).toMatchObject({ checked: 0, due: 0 });
    },
  );

  it(
    'a chair who blocked the bot (403) is reported once, not retried each minute, and the meeting runs on',
    { timeout: 90_000 },
    async () => {
      const chat = await meetingOnItem1();
      connector.answer = (conversationId) =>
        conversationId === CHAIR_CHAT ? { status: 403 } : { status: 201 };
      h.deps.clock.set('2026-12-10T14:40:00Z');
      expect(await sending.app.liveTiming.sweepNow()).toMatchObject({
        due: 1,
        sent: 0,
        failed: 1,
        errors: 0,
      });
      const tried = connector.requests.filter((r) => r.conversationId === CHAIR_CHAT);
      expect(tried.map((r) => r.status)).toEqual([403]);
      h.deps.clock.set('2026-12-10T14:41:00Z');
      expect(await sending.app.liveTiming.sweepNow()).toMatchObject({ due: 0, failed: 0 });
      expect(connector.requests.filter((r) => r.conversationId === CHAIR_CHAT)).toHaveLength(1);
      expect(await say(chat, 'next')).toContain('Now: AOB');
    },
  );

  it('leaves a confidential item’s title out of the nudge', { timeout: 90_000 }, async () => {
    const chat = await meetingOnItem1();
    await say(chat, 'agenda add Child R rapid review by BB 10 min confidential', EM);
    h.deps.clock.set('2026-12-10T14:20:00Z');
    expect(await say(chat, 'item 2')).toContain('Now:');
    h.deps.clock.set('2026-12-10T14:35:00Z');
    expect(await sending.app.liveTiming.sweepNow()).toMatchObject({ due: 1, sent: 1 });
    expect(toChair()).toHaveLength(1);
    expect(toChair()[0]).toContain('Item 2 has run 15 of 10 min, 5 min over.');
    expect(toChair()[0]).not.toContain('Child R');
  });

  it(
    'a board whose chair never opened a personal chat is counted unreachable, and nothing is sent',
    { timeout: 90_000 },
    async () => {
      h.deps.clock.set('2026-12-10T13:40:00Z');
      const chat = groupChat();
      await say(chat, 'setup Northfield Safeguarding Adults Board', EM);
      await say(chat, 'members import\nBrian Boxall (BB) | Independent Chair | LA | chair', EM);
      await say(chat, 'meeting new Board meeting on 10/12/26 2-3pm', EM);
      h.deps.clock.set('2026-12-10T14:00:00Z');
      await say(chat, 'meeting start');
      h.deps.clock.set('2026-12-10T14:10:00Z');
      expect(await sending.app.liveTiming.sweepNow()).toMatchObject({
        due: 1,
        sent: 0,
        unreachable: 1,
      });
      expect(connector.requests).toEqual([]);
    },
  );
});

describe('Refresh on the agenda card, over HTTP through the production composition', () => {
  it(
    'updates the clicked card in place for everyone (PUT on the connector) and posts no new message',
    { timeout: 90_000 },
    async () => {
      const chat = await meetingOnItem1();
      const m = await meetingOf(chat);
      h.deps.clock.set('2026-12-10T14:42:00Z');
      const answer = await postActivity(sending.app.port, {
        ...executeInvoke(LB, chat, Verbs.agendaRefresh, { meetingId: m.id }),
        id: 'invoke-1',
        serviceUrl: connector.url,
        replyToId: 'agenda-card-1',
      } satisfies Partial<Activity>);
      expect(answer.status).toBe(200);
      const replied = (JSON.parse(answer.body) as { value: unknown }).value;
      expect(cardProblems(replied as AdaptiveCard)).toEqual([]);
      expect(JSON.stringify(replied)).toContain('Started 2.12pm · 30 of 20 min');
      expect(connector.updated.map((u) => [u.conversationId, u.activityId])).toEqual([
        [chat.conversationId, 'agenda-card-1'],
      ]);
      expect(JSON.stringify(connector.updated[0]!.activity)).toContain('30 of 20 min');
      expect(connector.delivered).toEqual([]);
    },
  );
});
