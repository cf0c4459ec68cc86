import { beforeEach, describe, expect, it } from 'vitest';
import type { AdaptiveCard } from '../../src/cards/card-types.js';
import { Verbs } from '../../src/cards/verbs.js';
import type { Action } from '../../src/domain/action.js';
import type { Board } from '../../src/domain/board.js';
import { aadOf, TENANT } from '../support/fixtures.js';
import type { Harness, Person, Where } from '../support/teams-harness.js';
import {
  cardOf,
  createHarness,
  executeInvoke,
  groupChat,
  messageText,
  person,
  submitMessage,
  teamsActivity,
  textOf,
} from '../support/teams-harness.js';
import { cardProblems } from '../support/validate-card.js';

const EM = person(7, 'Elisabeth Major');
const BB = person(1, 'Brian Boxall');
const JB = person(2, 'Jo Bloggs');
const KC = person(4, 'Korkor Ceasar');
const OUTSIDER = person(9, 'Oliver Outsider');

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
  h.roster.push(
    ...[EM, BB, JB, KC].map((p) => ({
      aadObjectId: aadOf(p.n),
      name: p.name,
      id: `29:user-${p.n}`,
    })),
  );
});

const say = async (where: Where, text: string, who: Person = EM): Promise<string> =>
  textOf(await h.send(messageText(who, where, text)));

/** Tuesday 24 November 2026: the Executive meets 14:00–15:00, on item 2 (Training). */
const meetingInProgress = async (): Promise<{ chat: Where; board: Board }> => {
  h.deps.clock.set('2026-11-24T10:00:00Z');
  const chat = groupChat();
  await say(chat, 'setup Northfield Safeguarding Children Partnership Executive');
  await say(
    chat,
    [
      'members import',
      'Brian Boxall (BB) | Independent Chair | LA | chair',
      'Jo Bloggs (JB) | Head of Quality Assurance | LA',
      'Korkor Ceasar (KC) | Designated Nurse | ICB',
    ].join('\n'),
  );
  await say(chat, 'meeting new Executive Planning Meeting on 24/11/26 2-3pm at MS Teams', BB);
  await say(chat, 'agenda add Memorandum of Understanding', BB);
  await say(chat, 'agenda add Training', BB);
  h.deps.clock.set('2026-11-24T14:00:00Z');
  await say(chat, 'meeting start', BB);
  const board = (await h.deps.boards.findByConversation(TENANT, chat.conversationId))!;
  return { chat, board };
};

const actionsOf = (board: Board): Promise<Action[]> => h.deps.actions.listForBoard(board.id);

type Button = { title: string; verb: string; data: Record<string, unknown> };
/** The question card a line gets, checked with the Adaptive Cards parser. */
const askedFor = async (chat: Where, line: string) => {
  const [reply] = await h.send(messageText(EM, chat, `action ${line}`));
  const card = cardOf(reply) as AdaptiveCard;
  expect(cardProblems(card)).toEqual([]);
  const inputs = Object.fromEntries(
    (card.body as { id?: string; value?: string }[])
      .filter((e) => e.id !== undefined)
      .map((e) => [e.id, e.value]),
  );
  const [dated, none] = card.actions as unknown as Button[];
  return { card, json: JSON.stringify(card), inputs, dated: dated!, none: none! };
};

describe('a due date Quorate is not sure of is asked about, never dropped', () => {
  it('"by 31st": nothing saved; the picked date records it once, under the item it was said in', async () => {
    const { chat, board } = await meetingInProgress();
    await say(chat, 'item 2', BB);
    const q = await askedFor(chat, 'JB to send the training figures to the LSCB by 31st');
    expect(q.json).toContain('When is this action due?');
    expect(q.json).toContain('I was not sure what date “by 31st” means.');
    expect(q.inputs).toEqual({
      actionText: 'send the training figures to the LSCB',
      dueDate: '2026-12-31',
    });
    expect([q.dated.verb, q.dated.title]).toEqual([
      Verbs.actionCaptureDated,
      'Record with this date',
    ]);
    expect(await actionsOf(board)).toEqual([]);

    // The chair moves on before Elisabeth answers: the action stays under item 2.
    await say(chat, 'item 1', BB);
    const answer = { ...q.dated.data, ...q.inputs, dueDate: '2026-12-18' };
    const [saved] = await h.send(executeInvoke(EM, chat, Verbs.actionCaptureDated, answer));
    const savedJson = JSON.stringify(cardOf(saved));
    expect(savedJson).toContain('Recorded as action 1.');
    expect(savedJson).toContain('Friday 18 December 2026');
    const [again] = await h.send(executeInvoke(EM, chat, Verbs.actionCaptureDated, answer));
    expect(JSON.stringify(cardOf(again))).toContain(
      'Already recorded as action 1: nothing was changed.',
    );
    // The fallback (Action.Submit) of the other button: still once.
    const late = await h.send(submitMessage(EM, chat, { ...q.none.data, ...q.inputs }));
    expect(textOf(late)).toContain('Already recorded as action 1: nothing was changed.');
    const actions = await actionsOf(board);
    expect(
      actions.map((a) => [
        a.number,
        a.reference,
        a.text,
        a.due,
        a.dueMeetingId,
        a.owners[0]?.initials,
      ]),
    ).toEqual([
      [
        1,
        '24.11.26 ref 2.1',
        'send the training figures to the LSCB',
        '2026-12-18',
        undefined,
        'JB',
      ],
    ]);
  });

  it('"no date": due at the next meeting, as an action typed with no date', async () => {
    const { chat, board } = await meetingInProgress();
    await say(chat, 'next meeting 18/12/26', BB);
    const q = await askedFor(chat, 'KC to circulate the revised MoU by next week');
    expect(q.inputs.dueDate).toBe('2026-12-04');
    const edited = { ...q.inputs, actionText: 'circulate the revised MoU to all chairs' };
    const [saved] = await h.send(
      executeInvoke(EM, chat, Verbs.actionCaptureDated, { ...q.none.data, ...edited }),
    );
    expect(JSON.stringify(cardOf(saved))).toContain('Recorded as action 1.');
    const [action] = await actionsOf(board);
    const next = (await h.deps.meetings.listForBoard(board.id)).find(
      (m) => m.date === '2026-12-18',
    );
    expect([action?.text, action?.due, action?.dueMeetingId]).toEqual([
      'circulate the revised MoU to all chairs',
      '2026-12-18',
      next?.id,
    ]);
  });

  it('"Record with this date" with the date cleared says so and saves nothing', async () => {
    const { chat, board } = await meetingInProgress();
    const q = await askedFor(chat, 'JB to send the report by 31st');
    const [reply] = await h.send(
      executeInvoke(EM, chat, Verbs.actionCaptureDated, {
        ...q.dated.data,
        ...q.inputs,
        dueDate: '',
      }),
    );
    expect(JSON.stringify(reply?.value)).toContain('Pick the date first, or choose \\"No date\\".');
    expect(await actionsOf(board)).toEqual([]);
  });

  it('card data is no pass: someone outside the board answering records nothing', async () => {
    const { chat, board } = await meetingInProgress();
    const q = await askedFor(chat, 'JB to send the report by 31st');
    h.roster.push({ aadObjectId: aadOf(OUTSIDER.n), name: OUTSIDER.name, id: '29:user-9' });
    const [reply] = await h.send(
      executeInvoke(OUTSIDER, chat, Verbs.actionCaptureDated, { ...q.dated.data, ...q.inputs }),
    );
    expect(JSON.stringify(cardOf(reply) ?? reply?.value)).toMatch(/Only members of/);
    expect(await actionsOf(board)).toEqual([]);
  });
});

describe('dates Quorate is sure of, and words that are not dates', () => {
  it.each([
    [
      'JB to send the report ASAP',
      'send the report',
      '2026-12-01',
      'Tuesday 1 December 2026 (ASAP)',
    ],
    ['JB to send the report within 2 weeks', 'send the report', '2026-12-08', undefined],
    ['JB to send the report by the end of the month', 'send the report', '2026-11-30', undefined],
    ['JB to send the report by March 2027', 'send the report', '2027-03-31', undefined],
    [
      'KC to agree the protocol by consensus',
      'agree the protocol by consensus',
      undefined,
      undefined,
    ],
  ])('%s', async (line, text, due, shown) => {
    const { chat, board } = await meetingInProgress();
    const reply = await say(chat, `action ${line}`);
    expect(reply).toContain('Recorded as action 1.');
    if (shown !== undefined) {
      expect(reply).toContain(shown);
      expect(reply).toContain('ASAP: 7 days, the board’s rule');
    }
    const [action] = await actionsOf(board);
    expect([action?.text, action?.due]).toEqual([text, due]);
  });

  it('the board’s ASAP rule sets how many days ASAP is', async () => {
    const { chat, board } = await meetingInProgress();
    await h.deps.boards.update(board.tenantId, board.id, (b) => ({
      ...b,
      rules: { ...b.rules, asapDays: 14 },
    }));
    expect(await say(chat, 'action JB to send the report urgently')).toContain(
      'Tuesday 8 December 2026 (ASAP)',
    );
  });
});

describe('an update that revises the due date, as action logs write it', () => {
  it('"update 1 revised to March 2027" and "… new date 31/03/27": the date moves, the log keeps "Revised date"', async () => {
    const { chat, board } = await meetingInProgress();
    await say(chat, 'action JB to refresh the training offer by 31/01/27');
    const revised = await say(chat, 'update 1 revised to March 2027', BB);
    expect(revised).toContain('due date revised to Wednesday 31 March 2027');
    const again = await say(
      chat,
      'update 1 Awaiting sign-off by the Executive, revised date 30/04/27',
      BB,
    );
    expect(again).toContain('Friday 30 April 2027');
    const action = (await actionsOf(board))[0]!;
    expect(action.due).toBe('2027-04-30');
    expect(
      action.history
        .filter((e) => e.kind !== 'created')
        .map((e) => [e.kind, e.text ?? '', e.from ?? '', e.to ?? '']),
    ).toEqual([
      ['update', 'Revised date: 31.03.27', 'open', 'ongoing'],
      ['due', '', '2027-01-31', '2027-03-31'],
      [
        'update',
        'Awaiting sign-off by the Executive. Revised date: 30.04.27',
        'ongoing',
        'ongoing',
      ],
      ['due', '', '2027-03-31', '2027-04-30'],
    ]);
    expect(await say(chat, 'update 1 Revised date: 30.04.27', BB)).toContain(
      'Update added; it was already due on Friday 30 April 2027.',
    );
  });

  it('an owner’s revision is proposed to the chair; a date Quorate is not sure of saves nothing', async () => {
    const { chat, board } = await meetingInProgress();
    await say(chat, 'action JB to refresh the training offer by 31/01/27');
    expect(await say(chat, 'update 1 new date 28/02/27', JB)).toContain(
      'Sunday 28 February 2027 proposed to the chair and coordinators as the new date.',
    );
    const unsure = await say(chat, 'update 1 revised date 31st', BB);
    expect(unsure).toContain(
      'I was not sure what date "31st" means, so nothing was saved (Thursday 31 December 2026?). Say it like "update 1 revised date 31/12/26".',
    );
    const action = (await actionsOf(board))[0]!;
    expect([action.due, action.proposedDue?.date, action.history.length]).toEqual([
      '2027-01-31',
      '2027-02-28',
      3,
    ]);
  });
});

describe('the message extension’s "Record an action" dialog', () => {
  const submit = (board: Board, data: { text: string; due: string }) =>
    h.send(
      teamsActivity(EM, groupChat(), {
        type: 'invoke',
        name: 'composeExtension/submitAction',
        value: {
          commandId: 'createAction',
          commandContext: 'compose',
          data: { boardId: board.id, owners: 'JB', requestId: 'me-31st', ...data },
        },
      }),
    );
  const dialogOf = (reply: unknown) => {
    const json = JSON.stringify(reply);
    const card = JSON.parse(json) as {
      value: { body: { task: { value: { card: { content: AdaptiveCard } } } } };
    };
    const content = card.value.body.task.value.card.content;
    const boxes = Object.fromEntries(
      (content.body as { id?: string; value?: string }[])
        .filter((e) => e.id !== undefined)
        .map((e) => [e.id, e.value]),
    );
    return { json, boxes };
  };

  it('a due box it is not sure of comes back with the guess in it; recording again saves it once', async () => {
    const { board } = await meetingInProgress();
    const [first] = await submit(board, { text: 'send the training figures', due: '31st' });
    const asked = dialogOf(first);
    expect(asked.json).toContain('is it Thursday 31 December 2026?');
    expect(asked.boxes.due).toBe('31.12.26');
    expect(await actionsOf(board)).toEqual([]);
    await submit(board, { text: 'send the training figures', due: asked.boxes.due ?? '' });
    await submit(board, { text: 'send the training figures', due: asked.boxes.due ?? '' });
    expect((await actionsOf(board)).map((a) => [a.number, a.text, a.due])).toEqual([
      [1, 'send the training figures', '2026-12-31'],
    ]);
  });

  it('a date in the text it is not sure of: the text without it, the guess in the due box', async () => {
    const { board } = await meetingInProgress();
    const [first] = await submit(board, {
      text: 'send the training figures by next week',
      due: '',
    });
    const asked = dialogOf(first);
    expect(asked.json).toContain('I was not sure what date \\"by next week\\" means');
    expect([asked.boxes.text, asked.boxes.due]).toEqual(['send the training figures', '04.12.26']);
    expect(await actionsOf(board)).toEqual([]);
  });
});
