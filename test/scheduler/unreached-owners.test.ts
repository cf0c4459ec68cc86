import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AdaptiveCard } from '../../src/cards/card-types.js';
import type { FakeConnector } from '../../doubles/fake-connector.js';
import { refusingServiceUrl, startFakeConnector } from '../../doubles/fake-connector.js';
import { aadOf, TENANT } from '../support/fixtures.js';
import type { SendingApp } from '../support/sending-app.js';
import { startSendingApp } from '../support/sending-app.js';
import type { Harness, Person, Where } from '../support/teams-harness.js';
import {
  cardOf,
  createHarness,
  groupChat,
  messageText,
  person,
  personalChat,
  textOf,
} from '../support/teams-harness.js';
import { cardProblems } from '../support/validate-card.js';

const EM = person(7, 'Elisabeth Major');
const BB = person(1, 'Brian Boxall');
const RS = person(3, 'Robert South');
const KC = person(4, 'Korkor Ceasar');

let h: Harness;
let connector: FakeConnector;
let refusing: string;
let sending: SendingApp;

beforeAll(async () => {
  connector = await startFakeConnector();
  refusing = await refusingServiceUrl();
});
afterAll(() => connector.close());
beforeEach(async () => {
  h = await createHarness();
  h.roster.push(
    ...[EM, BB, RS, KC].map((p) => ({
      aadObjectId: aadOf(p.n),
      name: p.name,
      id: `29:user-${p.n}`,
    })),
  );
  sending = await startSendingApp(h.deps);
  connector.delivered.length = 0;
  connector.requests.length = 0;
  connector.answer = () => ({ status: 201 });
});
afterEach(() => sending.close());

const say = async (
  where: Where,
  text: string,
  who: Person = EM,
  serviceUrl = connector.url,
): Promise<string> => textOf(await h.send({ ...messageText(who, where, text), serviceUrl }));

const cardsTo = (conversationId: string): AdaptiveCard[] =>
  connector.delivered
    .filter((d) => d.conversationId === conversationId)
    .map((d) => (d.activity.attachments as { content: AdaptiveCard }[])[0]!.content);

describe('owners Teams will not let Quorate reach (through the production composition)', () => {
  it(
    'a 403 (bot blocked) and a refused connection are both reported not reached, @mentioned in the board chat and listed in Monday’s digest with the reason',
    { timeout: 90_000 },
    async () => {
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
        ].join('\n'),
      );
      await say(personalChat(EM), 'help', EM);
      await say(personalChat(BB), 'help', BB);
      await say(personalChat(RS), 'help', RS);
      // Korkor's personal chat was stored from a service URL that no longer answers.
      await say(personalChat(KC), 'help', KC, refusing);
      await say(chat, 'action RS to circulate the audit findings to partners by 24 November 2026');
      await say(chat, 'action KC to confirm the health attendance figures by 24 November 2026');
      // Robert blocked Quorate: Teams answers 403 MessageWritesBlocked for his chat.
      connector.answer = (conversation) =>
        conversation === personalChat(RS).conversationId ? { status: 403 } : { status: 201 };

      h.deps.clock.set('2026-11-23T09:00:00Z');
      const report = await sending.sweep();
      expect(report.deliveries).toEqual({ personal: 0, channel: 2, unreachable: 0 });
      expect(
        connector.requests.filter((r) => r.conversationId === personalChat(RS).conversationId),
      ).toEqual([expect.objectContaining({ status: 403 })]);
      const inBoardChat = connector.delivered
        .filter((d) => d.conversationId === chat.conversationId)
        .map((d) => String(d.activity.text));
      expect(inBoardChat).toEqual(
        expect.arrayContaining([
          expect.stringContaining('<at>Robert South</at>'),
          expect.stringContaining('<at>Korkor Ceasar</at>'),
        ]),
      );
      const board = await h.deps.boards.findByConversation(TENANT, chat.conversationId);
      expect(board?.unreachable).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ key: aadOf(RS.n), reason: 'blocked' }),
          expect.objectContaining({ key: aadOf(KC.n), reason: 'unreachable' }),
        ]),
      );

      // The coordinator asks who cannot be reached, and why.
      const [members] = await h.send({
        ...messageText(EM, chat, 'members'),
        serviceUrl: connector.url,
      });
      const membersJson = JSON.stringify(cardOf(members));
      expect(membersJson).toContain('Quorate cannot message 2 members personally (RS, KC)');
      expect(membersJson).toContain(
        'Cannot be reached personally: blocked or removed Quorate (Teams answered 403)',
      );
      expect(membersJson).toContain(
        'Cannot be reached personally: could not connect to their chat (no answer from Teams)',
      );
      expect(membersJson).toContain(
        'last reached Monday 23 November 2026, by @mention in the board’s conversation',
      );

      h.deps.clock.set('2026-11-30T09:00:00Z');
      await sending.sweep();
      const digest = cardsTo(personalChat(EM).conversationId).find((c) =>
        JSON.stringify(c).includes('Could not reach in Teams'),
      );
      expect(digest).toBeDefined();
      expect(cardProblems(digest!)).toEqual([]);
      const json = JSON.stringify(digest);
      expect(json).toContain('Robert South');
      expect(json).toContain('blocked or removed Quorate');
      expect(json).toContain('Korkor Ceasar');
      expect(json).toContain('could not connect to their chat');
      expect(json).toContain('Owners last reached');
      expect(json).toContain('Robert South (RS)');
      // The overdue reminder in the board chat says when and how the owner was last reached.
      const overdue = connector.delivered
        .filter((d) => d.conversationId === chat.conversationId)
        .map((d) => JSON.stringify(d.activity))
        .find((a) => a.includes('Robert South') && a.includes('overdue by'));
      expect(overdue).toContain(
        'Last reached: Monday 23 November 2026, by @mention in the board’s conversation.',
      );
    },
  );
});

/** A board with Robert South as owner of one action due tomorrow, his personal chat stored. */
const boardWithOwner = async (personalServiceUrl = connector.url) => {
  h.deps.clock.set('2026-11-23T08:00:00Z');
  const chat = groupChat();
  await say(chat, 'setup Northfield Partnership Executive');
  await say(chat, 'members import\nRobert South (RS) | Director of Children’s Services | LA');
  await say(personalChat(RS), 'help', RS, personalServiceUrl);
  await say(chat, 'action RS to circulate the audit findings to partners by 24 November 2026');
  h.deps.clock.set('2026-11-23T09:00:00Z');
  return chat;
};

describe(
  'every answer Teams can give a reminder, through the production adapter and turn error handler',
  { timeout: 60_000 },
  () => {
    const personal = personalChat(RS).conversationId;
    it.each([
      // answer, requests the connector client makes (it retries 429 with Retry-After, 5xx and drops 3 times), outcome
      ['201', () => ({ status: 201 }), 1, 'personal'],
      ['403 (blocked)', () => ({ status: 403 }), 1, 'channel blocked'],
      ['404 (chat gone)', () => ({ status: 404 }), 1, 'channel chat-gone'],
      ['429 without Retry-After', () => ({ status: 429 }), 1, 'retry'],
      [
        '429 with Retry-After (90 s on the last try)',
        (tries: number) => ({
          status: 429,
          headers: { 'Retry-After': tries < 4 ? '0' : '90' },
        }),
        4,
        'retry after 90',
      ],
      ['500', () => ({ status: 500 }), 4, 'retry'],
      ['502', () => ({ status: 502 }), 4, 'retry'],
      ['a dropped connection', () => ({ drop: true as const }), 4, 'channel unreachable'],
    ])('%s', async (_what, answer, requests, outcome) => {
      const chat = await boardWithOwner();
      let tries = 0;
      connector.answer = (conversation) =>
        conversation === personal ? answer((tries += 1)) : { status: 201 };
      const report = await sending.sweep();
      expect(connector.requests.filter((r) => r.conversationId === personal)).toHaveLength(
        requests,
      );
      const toBoard = connector.delivered.filter((d) => d.conversationId === chat.conversationId);
      const [reminder] = await h.deps.reminders.listReady(new Date('2026-11-24T12:00:00Z'), 10);
      if (outcome === 'personal') {
        expect(report.deliveries).toEqual({ personal: 1, channel: 0, unreachable: 0 });
        expect(toBoard).toHaveLength(0);
      } else if (outcome.startsWith('channel')) {
        expect(report.deliveries).toEqual({ personal: 0, channel: 1, unreachable: 0 });
        expect(String(toBoard[0]?.activity.text)).toContain('<at>Robert South</at>');
        const board = await h.deps.boards.findByConversation(TENANT, chat.conversationId);
        expect(board?.unreachable?.[0]).toMatchObject({
          key: aadOf(RS.n),
          reason: outcome.split(' ')[1],
        });
      } else {
        expect(report).toMatchObject({ sent: 0, retried: 1 });
        expect(toBoard).toHaveLength(0);
        expect(reminder?.value.status).toBe('pending');
        const waitMs = new Date(reminder!.value.fireAt).getTime() - h.deps.clock.now().getTime();
        expect(waitMs).toBe(outcome === 'retry after 90' ? 90_000 : 30_000);
      }
    });

    it('a refused connection (nothing listens at the stored address) goes to the board chat as unreachable', async () => {
      const chat = await boardWithOwner(refusing);
      const report = await sending.sweep();
      expect(report.deliveries).toEqual({ personal: 0, channel: 1, unreachable: 0 });
      expect(connector.requests.filter((r) => r.conversationId === personal)).toHaveLength(0);
      const board = await h.deps.boards.findByConversation(TENANT, chat.conversationId);
      expect(board?.unreachable?.[0]).toMatchObject({ key: aadOf(RS.n), reason: 'unreachable' });
    });
  },
);
