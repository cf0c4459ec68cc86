import type { Activity } from 'botbuilder';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AdaptiveCard, CardAction } from '../../src/cards/card-types.js';
import { DATE_REQUEST_INTRO } from '../../src/cards/render-reminder-cards.js';
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
const JB = person(2, 'Jo Bloggs');

let h: Harness;
let connector: FakeConnector;
let sending: SendingApp;

beforeAll(async () => {
  connector = await startFakeConnector();
});
afterAll(() => connector.close());
afterEach(() => sending.close());
/** A database of each test's own, so one test's reminders never fall due in another's sweep. */
beforeEach(async () => {
  h = await createHarness();
  h.roster.push(
    ...[EM, BB, JB].map((p) => ({ aadObjectId: aadOf(p.n), name: p.name, id: `29:user-${p.n}` })),
  );
  /** Sends go through the app as app.ts composes it (turn error handler installed). */
  sending = await startSendingApp(h.deps);
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
const sweepAt = (iso: string) => {
  h.deps.clock.set(iso);
  return sweep();
};

/** Tuesday 24 November 2026: the board meets 14:00–15:00 and Jo is given an action with no date. */
const boardWithUndatedAction = async (): Promise<{ chat: Where; board: Board }> => {
  h.deps.clock.set('2026-11-24T10:00:00Z');
  const chat = groupChat();
  await say(chat, 'setup Northfield Safeguarding Children Partnership Executive');
  await say(
    chat,
    [
      'members import',
      'Brian Boxall (BB) | Independent Chair | LA | chair',
      'Jo Bloggs (JB) | Head of Quality Assurance | LA',
    ].join('\n'),
  );
  for (const p of [EM, BB, JB]) await say(personalChat(p), 'help', p);
  await say(chat, 'meeting new Executive Planning Meeting on 24/11/26 2-3pm at MS Teams', BB);
  h.deps.clock.set('2026-11-24T14:00:00Z');
  await say(chat, 'meeting start', BB);
  expect(await say(chat, 'action JB to send the report')).toContain('no date yet');
  h.deps.clock.set('2026-11-24T15:00:00Z');
  await say(chat, 'meeting end', BB);
  const board = await h.deps.boards.findByConversation(TENANT, chat.conversationId);
  return { chat, board: board! };
};

const actionOf = async (board: Board): Promise<Action> =>
  (await h.deps.actions.findByNumber(board.id, 1))!;
const cardsTo = (p: Person): AdaptiveCard[] =>
  connector.delivered
    .filter((d) => d.conversationId === personalChat(p).conversationId)
    .map((d) => (d.activity.attachments as { content: AdaptiveCard }[])[0]!.content);
const introOf = (card: AdaptiveCard): string =>
  (card.body as { type: string; items?: { text?: string }[]; text?: string }[])
    .flatMap((e) => [e.text ?? '', ...(e.items ?? []).map((i) => i.text ?? '')])
    .find((t) => /^(Reminder|Escalation|This action has no due date)/.test(t))
    /** When the owner was last reached is another test's business (unreached-owners). */
    ?.replace(/ Last reached: .*$/, '') ?? '';
const button = (card: AdaptiveCard, title: string): CardAction | undefined =>
  card.actions?.find((a) => a.title === title);

describe('an action captured with no date', () => {
  it('asks its owner for a date 7 days later; the owner proposes one on the card and the chair accepts it', async () => {
    const { chat, board } = await boardWithUndatedAction();
    expect(await sweepAt('2026-11-30T09:00:00Z')).toMatchObject({ sent: 1 });
    expect(cardsTo(JB)).toHaveLength(0);
    const report = await sweepAt('2026-12-01T09:00:00Z');
    expect(report).toMatchObject({ sent: 1, deliveries: { personal: 1 } });
    const [ask] = cardsTo(JB);
    expect(ask).toBeDefined();
    expect(cardProblems(ask!)).toEqual([]);
    expect(introOf(ask!)).toBe(DATE_REQUEST_INTRO);
    expect(JSON.stringify(ask)).toContain('next meeting — no date yet');
    expect(JSON.stringify(ask)).toContain('"label":"Propose a date"');
    expect(verbsOf(ask!)).toEqual(
      expect.arrayContaining([Verbs.actionDue, Verbs.actionUpdate, Verbs.actionNotMine]),
    );

    const [proposed] = await h.send(
      at(
        executeInvoke(JB, personalChat(JB), Verbs.actionDue, {
          ...(button(ask!, 'Propose a date')!.data as Record<string, unknown>),
          newDate: '2026-12-10',
        }),
      ),
    );
    expect(JSON.stringify(cardOf(proposed))).toContain(
      'New date proposed: Thursday 10 December 2026',
    );
    await sweep();
    const toChair = cardsTo(BB).at(-1)!;
    expect(JSON.stringify(toChair)).toContain('An owner proposes a date for Action 1');
    const accept = (toChair.body as { actions?: CardAction[] }[])
      .flatMap((e) => e.actions ?? [])
      .find((a) => a.title === 'Accept new date')!;
    await h.send(
      at(
        executeInvoke(
          BB,
          personalChat(BB),
          Verbs.actionAcceptDate,
          accept.data as Record<string, unknown>,
        ),
      ),
    );
    const accepted = await actionOf(board);
    expect([accepted.due, accepted.dueMeetingId]).toEqual(['2026-12-10', undefined]);

    // A date a person set is theirs: setting the next meeting later does not touch it.
    h.deps.clock.set('2026-12-02T10:00:00Z');
    await say(chat, 'next meeting 18/12/26', BB);
    expect((await actionOf(board)).due).toBe('2026-12-10');
    await sweepAt('2026-12-03T09:00:00Z');
    expect(introOf(cardsTo(JB).at(-1)!)).toBe(
      'Reminder: due in 7 days (Thursday 10 December 2026).',
    );
  });

  it('once the next meeting is set, is chased for that date and is overdue the day after it', async () => {
    const { chat, board } = await boardWithUndatedAction();
    h.deps.clock.set('2026-11-26T10:00:00Z');
    await say(chat, 'next meeting 18/12/26', BB);
    expect((await actionOf(board)).due).toBe('2026-12-18');

    // Monday's digest has nothing to say; the request for a date comes up on 1 December and is
    // cancelled: there is a date now.
    await sweepAt('2026-11-30T09:00:00Z');
    expect(await sweepAt('2026-12-01T09:00:00Z')).toMatchObject({ cancelled: 1, sent: 0 });
    expect(connector.delivered).toEqual([]);
    const seen: string[] = [];
    for (const day of ['2026-12-11', '2026-12-17', '2026-12-18', '2026-12-25', '2027-01-01']) {
      const [jo, chair] = [cardsTo(JB).length, cardsTo(BB).length];
      await sweepAt(`${day}T09:00:00Z`);
      const toJo = cardsTo(JB).slice(jo).map(introOf);
      // The chair also hears the meeting's quorum forecast (issue 21): not an action reminder.
      const toChair = cardsTo(BB)
        .slice(chair)
        .filter((c) => !JSON.stringify(c).includes('Quorum forecast'))
        .map(introOf);
      seen.push(`${day}: ${toJo.join(', ')} | ${toChair.join(', ')}`);
    }
    expect(seen).toEqual([
      '2026-12-11: Reminder: due in 7 days (Friday 18 December 2026). | ',
      '2026-12-17: Reminder: due tomorrow (Friday 18 December 2026). | ',
      '2026-12-18: Reminder: due today (Friday 18 December 2026). | ',
      '2026-12-25: Reminder: overdue by 7 days (was due Friday 18 December 2026). | ',
      '2027-01-01: Reminder: overdue by 14 days (was due Friday 18 December 2026). | Escalation: Action 1 (24.11.26 ref Welcome.1) is 14 days overdue (owners JB). Chase it, change its date or close it.',
    ]);
    h.deps.clock.set('2026-12-19T09:00:00Z');
    expect(await say(chat, 'actions overdue')).toContain('send the report');
  });

  it('is listed as undated in the coordinators’ Monday digest until it has a date', async () => {
    const { chat } = await boardWithUndatedAction();
    await sweepAt('2026-11-30T09:00:00Z');
    const digest = cardsTo(EM).find((c) => JSON.stringify(c).includes('week of'));
    expect(digest).toBeDefined();
    expect(cardProblems(digest!)).toEqual([]);
    const json = JSON.stringify(digest);
    expect(json).toContain('No due date yet');
    expect(json).toContain('JB to send the report');

    h.deps.clock.set('2026-12-02T10:00:00Z');
    await say(chat, 'next meeting 18/12/26', BB);
    connector.delivered.length = 0;
    // Nothing overdue, nothing undated, everyone reached: no digest the next Monday.
    await sweepAt('2026-12-07T09:00:00Z');
    expect(cardsTo(EM).filter((c) => JSON.stringify(c).includes('week of'))).toEqual([]);
  });
});
