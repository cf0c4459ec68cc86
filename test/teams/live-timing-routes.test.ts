import { beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import type { AdaptiveCard } from '../../src/cards/card-types.js';
import { Verbs } from '../../src/cards/verbs.js';
import type { Meeting } from '../../src/domain/meeting.js';
import { aadOf, TENANT } from '../support/fixtures.js';
import type { Harness, Where } from '../support/teams-harness.js';
import {
  cardOf,
  createHarness,
  executeInvoke,
  groupChat,
  messageText,
  person,
  textOf,
} from '../support/teams-harness.js';
import { cardProblems } from '../support/validate-card.js';

const EM = person(7, 'Elisabeth Major');
const BB = person(1, 'Brian Boxall');
const LB = person(2, 'Lewis Basford');

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  h.roster.push(
    { aadObjectId: aadOf(7), name: 'Elisabeth Major' },
    { aadObjectId: aadOf(1), name: 'Brian Boxall' },
    { aadObjectId: aadOf(2), name: 'Lewis Basford' },
  );
});

const say = async (where: Where, text: string, who = BB): Promise<string> =>
  textOf(await h.send(messageText(who, where, text)));

const meetingOf = async (where: Where): Promise<Meeting> => {
  const board = await h.deps.boards.findByConversation(TENANT, where.conversationId);
  const [meeting] = await h.deps.meetings.listForBoard(board!.id);
  return meeting!;
};

/** Every TextBlock of a card, with its colour: what the chair sees and how. */
const lines = (card: unknown): { text: string; color?: string }[] => {
  const found: { text: string; color?: string }[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const n = node as { type?: unknown; text?: unknown; color?: unknown };
    if (n.type === 'TextBlock' && typeof n.text === 'string')
      found.push({ text: n.text, ...(typeof n.color === 'string' && { color: n.color }) });
    Object.values(node).forEach(walk);
  };
  walk(card);
  return found;
};

const runningBoard = async (): Promise<Where> => {
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
  expect(
    await say(chat, 'meeting new Executive Planning Meeting on 10/12/26 2-3pm at MS Teams', EM),
  ).toContain('Meeting planned');
  await say(chat, 'agenda add Child exploitation: police update by LB 20 min', EM);
  h.deps.clock.set('2026-12-10T14:02:00Z');
  expect(await say(chat, 'meeting start')).toContain('Meeting started.');
  return chat;
};

describe('live item timing on the agenda card (through the app’s routes)', () => {
  it('moving through items stamps them; at 1.5 × the allocation the card shows the overrun in the attention colour', async () => {
    const chat = await runningBoard();
    h.deps.clock.set('2026-12-10T14:09:00Z');
    await say(chat, 'next');
    h.deps.clock.set('2026-12-10T14:12:00Z');
    expect(await say(chat, 'item 1')).toContain('Now:');
    const stamped = await meetingOf(chat);
    expect(
      stamped.agenda
        .filter((i) => i.actual !== undefined)
        .map((i) => [
          i.number,
          i.actual?.startedAt.slice(11, 16),
          i.actual?.endedAt?.slice(11, 16),
        ]),
    ).toEqual([
      ['Welcome', '14:02', '14:09'],
      ['Minutes', '14:09', '14:12'],
      ['1', '14:12', undefined],
    ]);

    h.deps.clock.set('2026-12-10T14:42:00Z');
    const sent = await h.send(
      executeInvoke(BB, chat, Verbs.agendaRefresh, { meetingId: stamped.id }),
    );
    const card = cardOf(sent[0]);
    expect(cardProblems(card as AdaptiveCard)).toEqual([]);
    const shown = lines(card);
    expect(shown).toContainEqual({ text: 'Started 2.12pm · 30 of 20 min', color: 'Attention' });
    expect(shown).toContainEqual({ text: '2.02pm–2.09pm · 7 of 5 min', color: 'Attention' });
    expect(shown.find((l) => l.text.startsWith('2.09pm–2.12pm'))).toEqual({
      text: '2.09pm–2.12pm · 3 of 10 min',
    });
    expect(shown.map((l) => l.text)).toContain('LB · planned 2.15pm · 20 min');
    expect(shown.map((l) => l.text)).toContain('planned 2.35pm · 5 min');
    /** 14:42 + 5 (AOB) + 2 (next meeting) = 14:49 against 15:00: ahead. */
    expect(shown.find((l) => l.text.startsWith('Running'))?.text).toBe(
      'Running 11 min ahead: planned to end 3pm, now heading for 2.49pm',
    );
  });

  it('the meeting runs over its end: said in the attention colour', async () => {
    const chat = await runningBoard();
    h.deps.clock.set('2026-12-10T14:20:00Z');
    await say(chat, 'item 1');
    h.deps.clock.set('2026-12-10T15:00:00Z');
    const m = await meetingOf(chat);
    const card = cardOf(
      (await h.send(executeInvoke(BB, chat, Verbs.agendaRefresh, { meetingId: m.id })))[0],
    );
    expect(lines(card)).toContainEqual({
      text: 'Running 7 min over: planned to end 3pm, now heading for 3.07pm',
      color: 'Attention',
    });
  });

  it('Refresh answers the click with the card in place and posts no new message', async () => {
    const chat = await runningBoard();
    const m = await meetingOf(chat);
    h.deps.clock.set('2026-12-10T14:15:00Z');
    const sent = await h.send(executeInvoke(LB, chat, Verbs.agendaRefresh, { meetingId: m.id }));
    expect(sent.map((a: Partial<Activity>) => a.type)).toEqual(['invokeResponse']);
    expect(lines(cardOf(sent[0])).map((l) => l.text)).toContain('Started 2.02pm · 13 of 5 min');
    /** The card carries its own refresh, so Teams redraws it for each viewer as they open it. */
    expect(
      (cardOf(sent[0]) as { refresh?: { action?: { verb?: string } } }).refresh?.action?.verb,
    ).toBe(Verbs.agendaRefresh);
  });

  it('shows no live timing before the meeting starts or after it ends; the end closes the current item', async () => {
    const chat = await runningBoard();
    h.deps.clock.set('2026-12-10T14:30:00Z');
    const ended = await say(chat, 'meeting end');
    expect(ended).toContain('Meeting ended.');
    expect(ended).not.toContain('Running');
    expect(ended).not.toContain('of 5 min');
    const m = await meetingOf(chat);
    expect(m.agenda[0]!.actual).toEqual({
      startedAt: '2026-12-10T14:02:00.000Z',
      endedAt: '2026-12-10T14:30:00.000Z',
    });
  });
});
