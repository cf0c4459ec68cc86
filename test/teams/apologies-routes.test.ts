import { beforeEach, describe, expect, it } from 'vitest';
import type { AdaptiveCard } from '../../src/cards/card-types.js';
import { Verbs } from '../../src/cards/verbs.js';
import { aadOf, TENANT } from '../support/fixtures.js';
import type { Harness, Person, Where } from '../support/teams-harness.js';
import {
  cardOf,
  createHarness,
  executeInvoke,
  groupChat,
  messageText,
  person,
  personalChat,
  proactiveSent,
  textOf,
} from '../support/teams-harness.js';
import { cardProblems } from '../support/validate-card.js';

/**
 * Issue 21 item 2: members send their own apologies for the next meeting, from their personal chat
 * (`apologies [for <date>] [deputy <name>, <designation>]`) or the agenda card's "Send apologies",
 * as their own entry (the chair's still wins); `quorum forecast` for the chair and coordinators.
 */

const EM = person(7, 'Elisabeth Major');
const BB = person(1, 'Brian Boxall');
const LB = person(5, 'Lewis Basford');
const KC = person(4, 'Korkor Ceasar');
const VISITOR = person(40, 'Pat Visitor');

let h: Harness;
let chat: Where;

const say = async (where: Where, text: string, who: Person = EM): Promise<string> =>
  textOf(await h.send(messageText(who, where, text)));

type Row = { code: string; source: string; deputy: string | undefined };

const register = async (): Promise<Record<string, Row>> => {
  const board = (await h.deps.boards.findByConversation(TENANT, chat.conversationId))!;
  const [meeting] = await h.deps.meetings.listCurrent(board.id, '2026-12-07');
  const initialsOf = (id: string) => board.members.find((m) => m.id === id)?.initials;
  return Object.fromEntries(
    (meeting?.attendance?.records ?? []).map((r): [string, Row] => [
      initialsOf(r.memberId) ?? '?',
      { code: r.code, source: r.source, deputy: r.deputy?.name },
    ]),
  );
};

beforeEach(async () => {
  h = await createHarness();
  h.deps.clock.set('2026-12-07T10:00:00Z');
  h.roster.push(
    ...[EM, BB, LB, KC].map((p) => ({ aadObjectId: aadOf(p.n), name: p.name, id: `29:u-${p.n}` })),
  );
  chat = groupChat();
  await say(chat, 'setup Havering Safeguarding Children Partnership Executive');
  await say(
    chat,
    [
      'members import',
      'Brian Boxall (BB) | Independent Chair | LA | chair',
      'Elisabeth Major (EM) | Partnership Business Manager | LA | coordinator',
      'Korkor Ceasar (KC) | Designated Nurse | ICB',
      'Lewis Basford (LB) | Detective Superintendent | POLICE',
    ].join('\n'),
  );
  await say(chat, 'meeting new Executive Planning Meeting on 18/12/26 2-4pm');
});

describe('a member’s own apologies from their personal chat', () => {
  it('with a deputy: SD, the member’s own entry, and the forecast counts the deputy', async () => {
    expect(
      await say(
        personalChat(LB),
        'apologies deputy DI Sam Patel, Detective Inspector, Public Protection',
        LB,
      ),
    ).toContain(
      'Apologies from Lewis Basford (LB) for Executive Planning Meeting on Friday 18 December 2026 are recorded, with DI Sam Patel (Detective Inspector, Public Protection) attending for them.',
    );
    expect(await register()).toEqual({
      LB: { code: 'SD', source: 'member', deputy: 'DI Sam Patel' },
    });
    const forecast = JSON.stringify(
      cardOf((await h.send(messageText(EM, chat, 'quorum forecast')))[0]),
    );
    expect(forecast).toContain('should be quorate');
    expect(forecast).toContain(
      'deputy named: DI Sam Patel (Detective Inspector, Public Protection) for LB',
    );
  });

  it('a date with no meeting is said so; nothing is recorded', async () => {
    expect(await say(personalChat(LB), 'apologies for 19/12/26', LB)).toContain(
      'has no meeting planned on Saturday 19 December 2026. The next is Executive Planning Meeting on Friday 18 December 2026: "apologies" sends yours for it.',
    );
    expect(await register()).toEqual({});
  });

  it('never overrides the chair’s entry: the member is told, the chair is told', async () => {
    await say(chat, 'present LB', BB);
    proactiveSent.length = 0;
    expect(await say(personalChat(LB), 'apologies for 18/12/26', LB)).toContain(
      'The chair or a coordinator has recorded you as present',
    );
    expect(await register()).toEqual({ LB: { code: 'A', source: 'chair', deputy: undefined } });
    expect(JSON.stringify(proactiveSent.map((p) => p.activity))).toContain(
      'Lewis Basford (LB) sent apologies for Executive Planning Meeting',
    );
  });

  it('apologies the chair recorded plus a deputy the member names: SD', async () => {
    await say(chat, 'apologies LB', BB);
    await say(personalChat(LB), 'apologies deputy Sam Patel (Detective Inspector)', LB);
    expect(await register()).toEqual({ LB: { code: 'SD', source: 'member', deputy: 'Sam Patel' } });
  });

  it('“undo” takes the apologies back', async () => {
    await say(personalChat(LB), 'apologies for Friday 18 December', LB);
    expect(await register()).toEqual({ LB: { code: 'SA', source: 'member', deputy: undefined } });
    expect(await say(personalChat(LB), 'undo', LB)).toContain('Undone');
    expect(await register()).toEqual({});
  });
});

describe('“Send apologies” on the agenda card', () => {
  const agendaCard = async (who: Person): Promise<AdaptiveCard> => {
    const [reply] = await h.send(messageText(who, chat, 'agenda'));
    return cardOf(reply) as AdaptiveCard;
  };
  const sendButton = (card: AdaptiveCard): Record<string, unknown> => {
    const json = JSON.stringify(card);
    const match = /"title":"Send my apologies","verb":"meeting\.apologies","data":(\{[^}]*\})/.exec(
      json,
    );
    expect(match, 'Send apologies button').not.toBeNull();
    return JSON.parse(match![1]!) as Record<string, unknown>;
  };

  it('records the clicker’s own apologies with the deputy they typed; a second click changes nothing', async () => {
    const card = await agendaCard(KC);
    expect(cardProblems(card)).toEqual([]);
    const data = {
      ...sendButton(card),
      deputyName: 'Jane Smith',
      deputyDesignation: 'Named Nurse',
    };
    const [answered] = await h.send(executeInvoke(KC, chat, Verbs.apologiesSend, data));
    const json = JSON.stringify(cardOf(answered));
    expect(json).toContain(
      'Apologies from Korkor Ceasar (KC) for Executive Planning Meeting on Friday 18 December 2026 are recorded, with Jane Smith (Named Nurse) attending for them.',
    );
    expect(cardProblems(cardOf(answered) as AdaptiveCard)).toEqual([]);
    const once = await register();
    await h.send(executeInvoke(KC, chat, Verbs.apologiesSend, data));
    expect(await register()).toEqual(once);
    expect(once).toEqual({ KC: { code: 'SD', source: 'member', deputy: 'Jane Smith' } });
  });

  it('someone who is not a member is told so', async () => {
    const data = sendButton(await agendaCard(EM));
    const [answered] = await h.send(executeInvoke(VISITOR, chat, Verbs.apologiesSend, data));
    expect(JSON.stringify(answered)).toContain(
      'Only members of Havering Safeguarding Children Partnership Executive send apologies',
    );
    expect(await register()).toEqual({});
  });

  it('is not on the card once the meeting has started', async () => {
    await say(chat, 'meeting start', BB);
    expect(JSON.stringify(await agendaCard(BB))).not.toContain('Send apologies');
  });
});

describe('quorum forecast', () => {
  it('is for the chair and coordinators; a member is told who can', async () => {
    expect(await say(chat, 'quorum forecast', KC)).toContain(
      'Only Brian Boxall (BB), Elisabeth Major (EM) can see the quorum forecast.',
    );
  });

  it('in the chair’s personal chat: the next meeting of their board', async () => {
    await say(personalChat(LB), 'apologies', LB);
    const [reply] = await h.send(messageText(BB, personalChat(BB), 'quorum forecast'));
    const json = JSON.stringify(cardOf(reply));
    expect(json).toContain('At risk: Executive Planning Meeting on Friday 18 December 2026');
    expect(json).toContain(
      'apologies from Lewis Basford (LB), nobody named (no delegates recorded)',
    );
  });

  it('a meeting in progress is answered by "quorum"', async () => {
    await say(chat, 'meeting start', BB);
    expect(await say(chat, 'quorum forecast', BB)).toContain('is in progress: "quorum" says');
  });
});
