import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AdaptiveCard } from '../../src/cards/card-types.js';
import { Verbs } from '../../src/cards/verbs.js';
import type { Board } from '../../src/domain/board.js';
import { meetingId } from '../../src/domain/ids.js';
import { aadOf, TENANT } from '../support/fixtures.js';
import type { Harness, Person, Where } from '../support/teams-harness.js';
import {
  cardOf,
  createHarness,
  executeInvoke,
  groupChat,
  messageText,
  person,
  taskInvoke,
  teamsActivity,
} from '../support/teams-harness.js';

/**
 * Issue 8 item 5: Teams delivers an unanswered invoke again, sometimes with the same activity id
 * and sometimes with a new one. Every state-changing invoke changes state once, records one audit
 * entry and answers every delivery with the same card; of 20 concurrent clicks on one card one
 * wins and the rest get the current card.
 */

const EM = person(7, 'Elisabeth Major');
const BB = person(1, 'Brian Boxall');
const RS = person(3, 'Robert South');

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  h.roster.push(
    { aadObjectId: aadOf(7), name: 'Elisabeth Major', id: '29:user-7' },
    { aadObjectId: aadOf(1), name: 'Brian Boxall', id: '29:user-1' },
    { aadObjectId: aadOf(3), name: 'Robert South', id: '29:user-3' },
  );
});

type Fixture = { chat: Where; board: Board; meetingId: string; actionId: string };

/** A board with a chair, an owner and a coordinator, its meeting under way and action 1 open. */
const fixture = async (): Promise<Fixture> => {
  const chat = groupChat();
  const say = (text: string): Promise<unknown> => h.send(messageText(EM, chat, text));
  await say('setup Northfield Partnership Executive');
  await say(
    [
      'members import',
      'Brian Boxall (BB) | Independent Chair | LA | chair',
      'Robert South (RS) | Director of Children’s Services | LA',
    ].join('\n'),
  );
  await say('meeting new Executive on 30/11/26 10:00-12:00');
  await say('agenda add Performance report by RS');
  await say('agenda add Audit plan by BB');
  await say('meeting start');
  await say('action RS to send the audit report to the board by 07/12/26');
  const board = await h.deps.boards.findByConversation(TENANT, chat.conversationId);
  if (board === undefined) throw new Error('no board');
  const [meeting] = await h.deps.meetings.listForBoard(board.id);
  const [action] = await h.deps.actions.listForBoard(board.id);
  if (meeting === undefined || action === undefined) throw new Error('no meeting or action');
  return { chat, board, meetingId: meeting.id, actionId: action.id };
};

/** What a verb may change, as one comparable value: meeting, actions and the audit trail. */
const snapshot = async (f: Fixture): Promise<{ state: string; audit: number }> => {
  const meeting = await h.deps.meetings.findById(f.board.id, meetingId(f.meetingId));
  const actions = await h.deps.actions.listForBoard(f.board.id);
  const audit = await h.deps.audit.listForBoard(TENANT, f.board.id);
  return {
    state: JSON.stringify({
      current: meeting?.currentItemId,
      entries: meeting?.agenda.map((i) => [i.notes ?? [], i.decisions ?? []]),
      actions: actions.map((a) => [a.id, a.number, a.status, a.revision, a.history.length]).sort(),
    }),
    audit: audit.length,
  };
};

/**
 * What the person sees: the invoke response's body (the card, dialog or message-extension result)
 * and anything said in the chat. A dialog submit closes the dialog (no body) and says "Noted" once.
 */
const answerOf = (sent: Partial<Activity>[]): string =>
  JSON.stringify(
    sent.map((a) =>
      a.type === 'invokeResponse' ? ((a.value as { body?: unknown } | undefined)?.body ?? null) : a,
    ),
  );

type Click = (f: Fixture) => Promise<Partial<Activity>>;

const button = async (
  f: Fixture,
  who: Person,
  text: string,
  title: string,
): Promise<{ verb: string; data: Record<string, unknown> }> => {
  const [message] = await h.send(
    text === 'action 1'
      ? executeInvoke(who, f.chat, Verbs.actionRefresh, { actionId: f.actionId })
      : messageText(who, f.chat, text),
  );
  const card = cardOf(message) as AdaptiveCard;
  const found = JSON.stringify(card).match(
    new RegExp(`"title":"${title}","verb":"([^"]+)","data":(\\{[^}]*\\})`),
  );
  if (found === null) throw new Error(`no ${title} button on the card for "${text}"`);
  return { verb: found[1]!, data: JSON.parse(found[2]!) as Record<string, unknown> };
};

const CLICKS: [string, Click][] = [
  [
    'action card: add an update',
    async (f) => {
      const { data } = await button(f, RS, 'action 1', 'Mark done');
      return executeInvoke(RS, f.chat, Verbs.actionUpdate, {
        ...data,
        updateText: 'Draft shared with the audit group',
      });
    },
  ],
  [
    'action card: mark done',
    async (f) => {
      const { verb, data } = await button(f, RS, 'action 1', 'Mark done');
      return executeInvoke(RS, f.chat, verb, data);
    },
  ],
  [
    'agenda card: next item',
    async (f) => {
      const { verb, data } = await button(f, BB, 'agenda', 'Next item');
      return executeInvoke(BB, f.chat, verb, data);
    },
  ],
  [
    'agenda card: an action on the log marked done by the chair',
    async (f) => {
      await h.send(messageText(EM, f.chat, 'meeting end'));
      await h.send(messageText(EM, f.chat, 'meeting new Executive on 14/12/26 10:00'));
      const { verb, data } = await button(f, BB, 'agenda', 'Done');
      return executeInvoke(BB, f.chat, verb, data);
    },
  ],
  [
    'capture card: confirm an action',
    (f) =>
      Promise.resolve(
        executeInvoke(EM, f.chat, Verbs.actionCaptureConfirm, {
          spec: 'RS to circulate the audit plan by 14/12/26',
          requestId: randomUUID(),
        }),
      ),
  ],
  [
    'dialog: a note submitted',
    (f) =>
      Promise.resolve(
        taskInvoke(EM, f.chat, 'task/submit', {
          verb: Verbs.entrySubmit,
          meetingId: f.meetingId,
          kind: 'note',
          text: 'The performance report was noted',
          requestId: randomUUID(),
        }),
      ),
  ],
  [
    'message extension: createAction submitted',
    async (f) => {
      const elsewhere = groupChat();
      const me = (name: string, value: Record<string, unknown>): Partial<Activity> =>
        teamsActivity(EM, elsewhere, { type: 'invoke', name, value });
      const [fetched] = await h.send(
        me('composeExtension/fetchTask', { commandId: 'createAction', commandContext: 'compose' }),
      );
      const dialog = cardOf(fetched) as AdaptiveCard;
      const submit = (dialog.actions?.[0] as unknown as { data: Record<string, unknown> }).data;
      return me('composeExtension/submitAction', {
        commandId: 'createAction',
        commandContext: 'compose',
        data: {
          ...submit,
          boardId: f.board.id,
          text: 'Brief the partnership on the audit plan',
          owners: 'RS',
          due: '14/12/26',
        },
      });
    },
  ],
];

const deliveries = [2, 5, 10] as const;
const idModes = ['the same activity id', 'a new activity id each time'] as const;

describe('the same invoke delivered again', () => {
  const cells = CLICKS.flatMap(([name, click]) =>
    deliveries.flatMap((times) => idModes.map((ids) => ({ name, click, times, ids }))),
  );
  it.each(cells)('$name, $times times with $ids: changes state once, same answer', async (cell) => {
    const f = await fixture();
    const activity = await cell.click(f);
    const before = await snapshot(f);
    const firstId = randomUUID();
    const answers: string[] = [];
    let afterFirst: { state: string; audit: number } | undefined;
    for (let i = 0; i < cell.times; i += 1) {
      const id = cell.ids === 'the same activity id' ? firstId : randomUUID();
      answers.push(answerOf(await h.send({ ...activity, id })));
      afterFirst ??= await snapshot(f);
    }
    const after = await snapshot(f);
    expect(afterFirst?.state).not.toBe(before.state);
    expect(after.state).toBe(afterFirst?.state);
    expect(after.audit - before.audit).toBe(1);
    expect(answers[0]).not.toBe('[]');
    expect(answers[0]).not.toMatch(/went wrong|out of date|nothing was (done|changed)/i);
    if (cell.name.startsWith('dialog')) {
      expect(answers[0]).toContain('Noted under item');
      expect(new Set(answers.slice(1)).size).toBe(1);
      expect(answers[1]).not.toContain('Noted');
    } else {
      expect(new Set(answers).size).toBe(1);
    }
  });
});

describe('20 concurrent clicks on one card', () => {
  const status = (json: string): string | undefined =>
    /"title":"Status","value":"([^"]+)"/.exec(json)?.[1];
  it.each(CLICKS.filter(([name]) => name.startsWith('action card')))(
    '%s: one wins, every click gets the action as it is now',
    async (_name, click) => {
      const f = await fixture();
      const activity = await click(f);
      const before = await snapshot(f);
      const answers = await Promise.all(
        Array.from({ length: 20 }, () => h.send({ ...activity, id: randomUUID() })),
      );
      const after = await snapshot(f);
      expect(after.state).not.toBe(before.state);
      expect(after.audit - before.audit).toBe(1);
      const now = answerOf(
        await h.send(executeInvoke(RS, f.chat, Verbs.actionRefresh, { actionId: f.actionId })),
      );
      expect(status(now)).toBeDefined();
      for (const answer of answers.map(answerOf)) {
        expect(answer).not.toMatch(/went wrong/i);
        expect(status(answer)).toBe(status(now));
      }
    },
  );

  it('agenda card: next item: moves one item, every click gets the meeting where it is now', async () => {
    const f = await fixture();
    const activity = await CLICKS.find(([name]) => name.includes('next'))![1](f);
    const before = await snapshot(f);
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => h.send({ ...activity, id: randomUUID() })),
    );
    const after = await snapshot(f);
    expect(after.state).not.toBe(before.state);
    expect(after.audit - before.audit).toBe(1);
    const meeting = await h.deps.meetings.findById(f.board.id, meetingId(f.meetingId));
    const current = meeting?.agenda.find((i) => i.id === meeting.currentItemId);
    expect(current).toBeDefined();
    for (const answer of answers.map(answerOf))
      expect(answer).toContain(`Now: ${current?.number} ${current?.title}`);
  });
});
