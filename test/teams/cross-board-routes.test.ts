import { beforeAll, describe, expect, it } from 'vitest';
import type { AdaptiveCard } from '../../src/cards/card-types.js';
import type { Board } from '../../src/domain/board.js';
import type { RequestCounter } from '../support/count-requests.js';
import { countRequests } from '../support/count-requests.js';
import { world } from '../support/cross-board-world.js';
import { TENANT } from '../support/fixtures.js';
import type { Harness } from '../support/teams-harness.js';
import {
  cardOf,
  createHarness,
  messageText,
  person,
  personalChat,
  teamsActivity,
} from '../support/teams-harness.js';
import { createTestDeps } from '../support/test-deps.js';
import { cardProblems } from '../support/validate-card.js';

const BB = person(1, 'Brian Boxall');
const KC = person(4, 'Korkor Ceasar');

type Seeded = { h: Harness; counter: RequestCounter; boards: Board[] };

/** The real routes over a database where the chair is on `count` boards of the tenant. */
const seeded = async (count: number): Promise<Seeded> => {
  const counter = countRequests();
  const h = await createHarness({ deps: await createTestDeps({ plugins: [counter.plugin] }) });
  const { boards } = await world(h.deps, count, TENANT);
  return { h, counter, boards };
};

const searchInvoke = (text: string) =>
  teamsActivity(BB, personalChat(BB), {
    type: 'invoke',
    name: 'composeExtension/query',
    value: {
      commandId: 'searchBoard',
      parameters: [{ name: 'searchText', value: text }],
      queryOptions: { skip: 0, count: 25 },
    },
  });

const inserted = (sent: Awaited<ReturnType<Harness['send']>>): AdaptiveCard[] =>
  (
    sent[0]?.value as {
      body: { composeExtension: { attachments: { content: AdaptiveCard }[] } };
    }
  ).body.composeExtension.attachments.map((a) => a.content);

/** A turn, once to warm up what the first turn of a conversation records, then counted. */
const counted = async (s: Seeded, activity: ReturnType<typeof teamsActivity>) => {
  await s.h.send(activity);
  s.counter.reset();
  const sent = await s.h.send(activity);
  return { sent, kinds: s.counter.kinds(), total: s.counter.total() };
};

describe('a chair on many boards, through the real routes', () => {
  let one: Seeded;
  let fifty: Seeded;
  beforeAll(async () => {
    one = await seeded(1);
    fifty = await seeded(50);
  });

  it('searchBoard "safeguarding audit front door" and an action number: the same requests on 1 board as on 50, at most 5', async () => {
    for (const text of ['safeguarding audit front door', '1']) {
      const small = await counted(one, searchInvoke(text));
      const large = await counted(fifty, searchInvoke(text));
      expect(large.kinds, text).toEqual(small.kinds);
      expect(large.total, text).toBeLessThanOrEqual(5);
      const cards = inserted(large.sent);
      expect(cards.length, text).toBeGreaterThan(0);
      expect(cards.length, text).toBeLessThanOrEqual(25);
      cards.forEach((c) => expect(cardProblems(c)).toEqual([]));
      const json = JSON.stringify(cards);
      expect(json).toContain('Safeguarding audit of the MASH front door');
      expect(json).not.toMatch(/Child R|Child Q|follow-up|Not the chair’s board/);
    }
  });

  it('actions mine in the personal chat: every board’s own open actions in one card, the same requests on 1 board as on 50', async () => {
    const small = await counted(one, messageText(BB, personalChat(BB), 'actions mine'));
    const large = await counted(fifty, messageText(BB, personalChat(BB), 'actions mine'));
    expect(large.kinds).toEqual(small.kinds);
    expect(large.total).toBeLessThanOrEqual(4);
    const card = cardOf(large.sent[0]) as AdaptiveCard;
    expect(cardProblems(card)).toEqual([]);
    const json = JSON.stringify(card);
    expect(json).toContain('My open actions');
    expect(json).toContain('50 boards');
    // 100 open actions of the chair's: the card says it shows the 50 recorded first.
    expect(json).toContain('My open actions: the 50 recorded first');
    expect(json).toContain('Board 17 · BB');
    // Privately, a member reads their own confidential action in full; not KC's actions.
    expect(json).toContain('Write to Child R’s school');
    expect(json).not.toMatch(/Child Q|Report the safeguarding audit|Not the chair’s board/);
    const single = JSON.stringify(cardOf(small.sent[0]));
    expect(single).toContain('Board 0 · 2 actions');
    expect(single).toContain('Download the log (CSV)');
    // Someone on no board hears so.
    const kc = await fifty.h.send(
      messageText(
        person(30, 'Pat Stranger'),
        personalChat(person(30, 'Pat Stranger')),
        'actions mine',
      ),
    );
    expect(kc[0]?.text).toContain('There is no board here yet');
    expect(KC.n).toBe(4);
  });
});
