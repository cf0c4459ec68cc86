import { beforeAll, describe, expect, it } from 'vitest';
import type { AdaptiveCard } from '../../src/cards/card-types.js';
import { Verbs } from '../../src/cards/verbs.js';
import type { Action } from '../../src/domain/action.js';
import { aadOf, TENANT } from '../support/fixtures.js';
import type { Harness, Person, Where } from '../support/teams-harness.js';
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
const LB = person(2, 'Lewis Basford');

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  h.roster.push(
    { aadObjectId: aadOf(7), name: 'Elisabeth Major', id: '29:user-7' },
    { aadObjectId: aadOf(2), name: 'Lewis Basford', id: '29:user-2' },
  );
});

const send = async (where: Where, text: string, who: Person = EM) =>
  h.send(messageText(who, where, text));
const say = async (where: Where, text: string, who: Person = EM): Promise<string> =>
  textOf(await send(where, text, who));

/** A board of the reference minutes' kind, with a Jacqui and two Greens. */
const newBoard = async (): Promise<Where> => {
  const chat = groupChat();
  await say(chat, 'setup Havering Safeguarding Children Partnership Executive');
  await say(
    chat,
    [
      'members import',
      'Brian Boxall (BB) | SAB Independent Chair LBH | LA | chair',
      'Lewis Basford (LB) | Detective Superintendent | POLICE',
      'Robert South (RS) | Director Children’s Services LBH | LA',
      'Jacqui Burke (JB) | Head of Safeguarding | ICB',
      'Emma Fox (EF) | Designated Nurse | ICB',
      'Paul Green (PG) | Head of Service | LA',
      'Sarah Green (SGR) | Education Safeguarding Lead | LA',
    ].join('\n'),
  );
  return chat;
};

const inMeeting = async (): Promise<Where> => {
  const chat = await newBoard();
  await say(chat, 'meeting new Executive Planning Meeting on 13/07/22 2-3pm at MS Teams');
  await say(chat, 'agenda add Training');
  await say(chat, 'meeting start');
  await say(chat, 'item 1');
  return chat;
};

const actionsOf = async (where: Where): Promise<Action[]> => {
  const board = (await h.deps.boards.findByConversation(TENANT, where.conversationId))!;
  return h.deps.actions.listForBoard(board.id);
};

type Button = { title: string; verb: string; data: Record<string, unknown> };
const buttonsOf = (card: AdaptiveCard): Button[] => card.actions as unknown as Button[];

const onlyCard = (sent: Awaited<ReturnType<typeof send>>): AdaptiveCard => {
  const card = cardOf(sent[0]) as AdaptiveCard;
  expect(card).toBeDefined();
  expect(cardProblems(card)).toEqual([]);
  return card;
};

describe('a line written as minutes write actions ("JB to …")', () => {
  it('is offered on a one-tap card, saved only when tapped, and once however often it is tapped', async () => {
    const chat = await inMeeting();
    const card = onlyCard(await send(chat, 'JB to send the report to the Business Unit'));
    expect(JSON.stringify(card)).toContain('Record as the next action for JB (Jacqui Burke)?');
    expect(await actionsOf(chat)).toEqual([]);
    const [tap] = buttonsOf(card);
    expect(tap?.verb).toBe(Verbs.actionCaptureConfirm);
    const first = await h.send(executeInvoke(EM, chat, tap!.verb, tap!.data));
    expect(JSON.stringify(cardOf(first[0]))).toContain('Recorded as action 1.');
    const second = await h.send(executeInvoke(EM, chat, tap!.verb, tap!.data));
    expect(JSON.stringify(cardOf(second[0]))).toContain('Recorded as action 1.');
    const actions = await actionsOf(chat);
    expect(actions.map((a) => [a.number, a.owners.map((o) => o.initials), a.text])).toEqual([
      [1, ['JB'], 'send the report to the Business Unit'],
    ]);
  });

  it('offers first names and groups too, and asks about a first name two members share', async () => {
    const chat = await inMeeting();
    expect(JSON.stringify(onlyCard(await send(chat, 'Jacqui to circulate the slides')))).toContain(
      'Record as the next action for JB (Jacqui Burke)?',
    );
    expect(
      JSON.stringify(onlyCard(await send(chat, 'the Business Unit to circulate the notes'))),
    ).toContain('Record as the next action for Business Unit?');
    const which = onlyCard(await send(chat, 'Green to review the policy'));
    expect(buttonsOf(which).map((b) => b.title)).toEqual(['PG (Paul Green)', 'SGR (Sarah Green)']);
    expect(await actionsOf(chat)).toEqual([]);
    const sarah = buttonsOf(which)[1]!;
    await h.send(executeInvoke(EM, chat, sarah.verb, sarah.data));
    expect((await actionsOf(chat)).map((a) => a.owners.map((o) => o.initials))).toEqual([['SGR']]);
  });

  it('is not offered for initials of no member, nor for ordinary sentences', async () => {
    const chat = await inMeeting();
    expect(await say(chat, 'XY to send the report')).toMatch(
      /I don't know "XY to send the report"/,
    );
    expect(await say(chat, 'Welcome to the meeting')).toMatch(/I don't know/);
    expect(await actionsOf(chat)).toEqual([]);
  });

  it('offers an outsider named in full the "action …" form, with a button that records it once', async () => {
    const chat = await inMeeting();
    const card = onlyCard(
      await send(chat, 'Shakira Gordon to attend next meeting & liaise with LB'),
    );
    expect(JSON.stringify(card)).toContain('action Shakira Gordon to attend next meeting');
    const [run] = buttonsOf(card);
    expect(run?.verb).toBe(Verbs.commandRun);
    for (let i = 0; i < 2; i += 1) {
      const sent = await h.send(executeInvoke(EM, chat, run!.verb, run!.data));
      expect(JSON.stringify(cardOf(sent[0]))).toContain('Recorded as action 1.');
    }
    expect((await actionsOf(chat)).map((a) => a.owners[0]?.name)).toEqual(['Shakira Gordon']);
  });
});

describe('a line whose initials are one letter off a member’s', () => {
  it('asks "did you mean", and the button records it for that member', async () => {
    const chat = await inMeeting();
    const card = onlyCard(await send(chat, 'BX to chair the next meeting'));
    expect(JSON.stringify(card)).toContain('did you mean BB, Brian Boxall?');
    expect(await actionsOf(chat)).toEqual([]);
    const [use] = buttonsOf(card);
    expect(use?.title).toBe('Use BB (Brian Boxall)');
    await h.send(executeInvoke(EM, chat, use!.verb, use!.data));
    await h.send(executeInvoke(EM, chat, use!.verb, use!.data));
    expect((await actionsOf(chat)).map((a) => a.owners.map((o) => o.initials))).toEqual([['BB']]);
  });
});

describe('did you mean', () => {
  it('answers a misspelt command with the corrected one and a button that runs it as the clicker', async () => {
    const chat = await inMeeting();
    const card = onlyCard(await send(chat, 'acton JB to send the report'));
    expect(JSON.stringify(card)).toContain('I don\'t know \\"acton\\"');
    const [run] = buttonsOf(card);
    expect(run?.data).toMatchObject({ text: 'action JB to send the report' });
    expect(await actionsOf(chat)).toEqual([]);
    const sent = await h.send(executeInvoke(EM, chat, run!.verb, run!.data));
    expect(JSON.stringify(cardOf(sent[0]))).toContain('Recorded as action 1.');
    await h.send(executeInvoke(EM, chat, run!.verb, run!.data));
    expect(await actionsOf(chat)).toHaveLength(1);
    // The clicker's identity, not the typist's: a member who is no manager cannot start a meeting.
    const agenda = onlyCard(await send(chat, 'agnda'));
    const [show] = buttonsOf(agenda);
    const shown = await h.send(executeInvoke(LB, chat, show!.verb, show!.data));
    expect(JSON.stringify(cardOf(shown[0]))).toContain('Executive Planning Meeting');
  });

  it('runs the box as edited when the person changed it', async () => {
    const chat = await newBoard();
    const typo = onlyCard(await send(chat, 'attendence'));
    const [fix] = buttonsOf(typo);
    expect(fix?.data.text).toBe('attendance');
    const card = onlyCard(await h.send(executeInvoke(EM, chat, fix!.verb, fix!.data)));
    expect(JSON.stringify(card)).toContain('has no meeting planned');
    const [plan] = buttonsOf(card);
    expect(plan?.data.text).toMatch(/^meeting new Board meeting on \d\d\/\d\d\/\d\d$/);
    const sent = await h.send(
      executeInvoke(EM, chat, plan!.verb, {
        ...plan!.data,
        command: 'meeting new Executive Planning Meeting on 13/07/27 2-3pm',
      }),
    );
    expect(textOf(sent)).toContain('Executive Planning Meeting');
    expect(await say(chat, 'agenda')).toContain('Executive Planning Meeting');
  });

  it('answers a note with no meeting in progress with "meeting start", saving nothing', async () => {
    const chat = await newBoard();
    await say(chat, 'meeting new Executive Planning Meeting on 13/07/27 2-3pm');
    const card = onlyCard(await send(chat, 'Note: the notes of the last meeting were agreed'));
    expect(JSON.stringify(card)).toContain('No meeting is in progress');
    const [start] = buttonsOf(card);
    expect(start?.data.text).toBe('meeting start');
    await h.send(executeInvoke(EM, chat, start!.verb, start!.data));
    expect(await say(chat, 'Note: the notes of the last meeting were agreed')).toContain(
      'Noted under item',
    );
  });
});

describe('owners as people name them, through the routes', () => {
  it('records a group as one owner that no member’s initials list', async () => {
    const chat = await inMeeting();
    expect(
      await say(chat, 'action Development & Practice Group to review the threshold document'),
    ).toContain('Recorded as action 1.');
    expect(await say(chat, 'action Police to share the HMICFRS report')).toContain(
      'Recorded as action 2.',
    );
    const [group, police] = await actionsOf(chat);
    expect(group?.owners).toEqual([
      { kind: 'group', name: 'Development & Practice Group', initials: 'D&PG' },
    ]);
    expect(police?.owners).toEqual([
      { kind: 'agency', code: 'POLICE', name: 'Police', initials: 'POLICE' },
    ]);
    expect(await say(chat, 'actions PG')).not.toContain('threshold document');
  });

  it('asks which member a shared surname means, and records the one tapped', async () => {
    const chat = await inMeeting();
    const card = onlyCard(await send(chat, 'action Green to review the policy'));
    expect(JSON.stringify(card)).toContain('More than one member could be');
    expect(await actionsOf(chat)).toEqual([]);
    const choice = buttonsOf(card).find((b) => b.title === 'PG (Paul Green)')!;
    const sent = await h.send(executeInvoke(EM, chat, choice.verb, choice.data));
    expect(JSON.stringify(cardOf(sent[0]))).toContain('Recorded as action 1.');
    expect((await actionsOf(chat))[0]?.owners.map((o) => o.initials)).toEqual(['PG']);
  });

  it('takes a guest of the meeting by initials', async () => {
    const chat = await inMeeting();
    await say(chat, 'guest Kim Walsh (Head of Early Help)');
    expect(await say(chat, 'action EF/KW/PG to draft the terms of reference')).toContain(
      'Recorded as action 1.',
    );
    expect((await actionsOf(chat))[0]?.owners.map((o) => `${o.kind}:${o.name}`)).toEqual([
      'member:Emma Fox',
      'external:Kim Walsh',
      'member:Paul Green',
    ]);
  });
});
