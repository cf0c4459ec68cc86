import type { Activity } from 'botbuilder';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AdaptiveCard } from '../../src/cards/card-types.js';
import { Verbs } from '../../src/cards/verbs.js';
import type { Action } from '../../src/domain/action.js';
import { captureAction } from '../../src/services/capture-action.js';
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
  teamsActivity,
  textOf,
} from '../support/teams-harness.js';
import { cardProblems, verbsOf } from '../support/validate-card.js';

const EM = person(7, 'Elisabeth Major');
const BB = person(1, 'Brian Boxall');
const RS = person(3, 'Robert South');
const KC = person(4, 'Korkor Ceasar');
const LB = person(2, 'Lewis Basford');

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  h.roster.push(
    { aadObjectId: aadOf(7), name: 'Elisabeth Major', id: '29:user-7' },
    { aadObjectId: aadOf(1), name: 'Brian Boxall', id: '29:user-1' },
    { aadObjectId: aadOf(2), name: 'Lewis Basford', id: '29:user-2' },
    { aadObjectId: aadOf(3), name: 'Robert South', id: '29:user-3' },
    { aadObjectId: aadOf(4), name: 'Korkor Ceasar', id: '29:user-4' },
  );
});

const say = async (where: Where, text: string, who: Person = EM): Promise<string> =>
  textOf(await h.send(messageText(who, where, text)));

const newBoard = async (): Promise<Where> => {
  const chat = groupChat();
  await say(chat, 'setup Havering Safeguarding Children Partnership Executive');
  await say(chat, 'agency add IND Independent');
  await say(chat, 'agency add EDU Education');
  await say(
    chat,
    [
      'members import',
      'Brian Boxall (BB) | SAB Independent Chair LBH | IND | chair',
      'Lewis Basford (LB) | Detective Superintendent | POLICE',
      'Robert South (RS) | Director Children’s Services LBH | LA',
      'Korkor Ceasar (KC) | Associate Director for Safeguarding Children NEL CCG | ICB',
      'Trevor Cook (TC) | Assistant Director Education, LBH | EDU',
    ].join('\n'),
  );
  return chat;
};

const boardOf = async (where: Where) =>
  (await h.deps.boards.findByConversation(TENANT, where.conversationId))!;
const actionsOf = async (where: Where): Promise<Action[]> =>
  h.deps.actions.listForBoard((await boardOf(where)).id);

describe('the three actions of the Havering executive, 13 July 2022', () => {
  it('are captured as recorded, with minute references, and appear in the next meeting’s action log', async () => {
    const chat = await newBoard();
    await say(chat, 'meeting new Executive Planning Meeting on 13/07/22 2-3pm at MS Teams');
    for (const title of [
      'Memorandum of Understanding',
      'Training',
      'Proposal that Education becomes Fourth Statutory Partner',
      'MET Police HMICFRS',
    ]) {
      await say(chat, `agenda add ${title}`);
    }
    await say(chat, 'next meeting 10 August 2-3pm');
    await say(chat, 'meeting start');
    await say(chat, 'item 2');
    expect(
      await say(chat, 'action Shakira Gordon to attend next meeting & liaise with LB'),
    ).toContain('Recorded as action 1.');
    await say(chat, 'item 3');
    await say(
      chat,
      "action RS to comment re Education's place at the HSCP as statutory Partner, and decide re TC attending the monthly Executive.",
    );
    await say(chat, 'item AOB');
    const [problem] = await h.send(
      messageText(
        EM,
        chat,
        'action CK to begin discussion on a Tri-Borough sharing of information using existing structures if possible.',
      ),
    );
    const problemCard = cardOf(problem) as AdaptiveCard;
    expect(cardProblems(problemCard)).toEqual([]);
    expect(JSON.stringify(problemCard)).toContain(
      'CK is not a member of this board — did you mean KC, Korkor Ceasar?',
    );
    expect(await actionsOf(chat)).toHaveLength(2);
    const fix = problemCard.actions?.[0] as unknown as {
      title: string;
      data: Record<string, unknown>;
    };
    expect(fix.title).toBe('Use KC (Korkor Ceasar)');
    const [saved] = await h.send(executeInvoke(EM, chat, Verbs.actionCaptureConfirm, fix.data));
    expect(JSON.stringify(cardOf(saved))).toContain('Recorded as action 3.');
    const [again] = await h.send(executeInvoke(EM, chat, Verbs.actionCaptureConfirm, fix.data));
    expect(JSON.stringify(cardOf(again))).toContain('Recorded as action 3.');
    await say(chat, 'meeting end');

    const actions = await actionsOf(chat);
    expect(
      actions.map((a) => [
        a.number,
        a.reference,
        a.owners.map((o) => o.initials).join('/'),
        a.owners[0]?.kind,
        a.due,
      ]),
    ).toEqual([
      [1, '13.07.22 ref 2.1', 'SG', 'external', '2022-08-10'],
      [2, '13.07.22 ref 3.1', 'RS', 'member', '2022-08-10'],
      [3, '13.07.22 ref AOB.1', 'KC', 'member', '2022-08-10'],
    ]);
    expect(actions[0]?.owners[0]).toMatchObject({ name: 'Shakira Gordon' });
    expect(actions[1]?.text).toBe(
      "comment re Education's place at the HSCP as statutory Partner, and decide re TC attending the monthly Executive.",
    );

    const [agenda] = await h.send(messageText(EM, chat, 'agenda'));
    const json = JSON.stringify(cardOf(agenda));
    expect(json).toContain('Wednesday 10 August 2022');
    expect(json).toContain('Action log: 3 open');
    expect(json).toContain('1. SG — attend next meeting & liaise with LB');
    expect(json).toContain('3. KC — begin discussion on a Tri-Borough');
    const done = JSON.stringify(cardOf(agenda)).match(
      /"title":"Done","verb":"agenda.action.done","data":(\{[^}]*\})/,
    );
    const doneData = JSON.parse(done![1]!) as Record<string, unknown>;
    const [after] = await h.send(executeInvoke(BB, chat, Verbs.agendaActionDone, doneData));
    expect(JSON.stringify(cardOf(after))).toContain('Action 1 marked complete.');
    expect(JSON.stringify(cardOf(after))).toContain('Action log: 2 open');
    // Teams resends a click it got no answer to: the repeat gets the same answer, and changes nothing.
    const [repeat] = await h.send(executeInvoke(BB, chat, Verbs.agendaActionDone, doneData));
    expect(JSON.stringify(cardOf(repeat))).toContain('Action 1 marked complete.');
    expect(JSON.stringify(cardOf(repeat))).toContain('Action log: 2 open');
    const first = (await h.deps.actions.listForBoard(actions[0]!.boardId)).find(
      (a) => a.number === 1,
    );
    expect(first?.history.filter((e) => e.kind === 'status')).toHaveLength(1);
  });
});

describe('numbering', () => {
  it('gives 50 concurrent captures 50 distinct, sequential numbers', async () => {
    const chat = await newBoard();
    const board = await boardOf(chat);
    const actor = { aadObjectId: aadOf(7), name: 'Elisabeth Major' };
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        captureAction(h.deps, { board, actor, spec: `RS to do thing ${i}` }),
      ),
    );
    const numbers = results.map((r) => (r.ok ? r.action.number : 0)).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(await actionsOf(chat)).toHaveLength(50);
  });
});

describe('working the log', () => {
  it('owners update and complete; only the chair and coordinators change dates, reassign, close and reopen', async () => {
    const chat = await newBoard();
    await say(chat, 'action RS to draft letter by 10/08/22');
    expect(await say(chat, 'update 1 Draft letters agreed', RS)).toContain('Update added.');
    expect(await say(chat, 'update 1 Interfering', LB)).toContain(
      'Only the action’s owners or Brian Boxall (BB), Elisabeth Major (EM) can update actions (action 1).',
    );
    expect(await say(chat, 'due 1 end of March 2023', RS)).toContain(
      'Only Brian Boxall (BB), Elisabeth Major (EM) can change due dates',
    );
    expect(await say(chat, 'due 1 end of March 2023', BB)).toContain('Due date revised');
    expect(await say(chat, 'assign 1 RS/KC', BB)).toContain('Reassigned.');
    expect(await say(chat, 'assign 1 CK', BB)).toContain('did you mean KC');
    expect(await say(chat, 'done 1 Letters sent', KC)).toContain('Marked complete.');
    expect(await say(chat, 'reopen 1', KC)).toContain(
      'Only Brian Boxall (BB), Elisabeth Major (EM) can reopen actions',
    );
    expect(await say(chat, 'reopen 1', EM)).toContain('Reopened.');
    expect(await say(chat, 'close 1 Superseded by action 2', EM)).toContain('Closed.');
    expect(await say(chat, 'update 9 nothing')).toContain('has no action 9');
    const [a] = await actionsOf(chat);
    expect(a?.history.map((e) => e.kind)).toEqual([
      'created',
      'update',
      'due',
      'assign',
      'status',
      'status',
      'status',
    ]);
    expect(a?.history.find((e) => e.kind === 'due')).toMatchObject({
      from: '2022-08-10',
      to: '2023-03-31',
    });
    const audit = await h.deps.audit.listForBoard(TENANT, a!.boardId);
    expect(
      audit.filter((e) => e.verb.startsWith('action.')).map((e) => `${e.verb}:${e.outcome}`),
    ).toEqual([
      'action.capture:done',
      'action.update:done',
      'action.update:refused',
      'action.due:refused',
      'action.due:done',
      'action.assign:done',
      'action.done:done',
      'action.reopen:refused',
      'action.reopen:done',
      'action.close:done',
    ]);
  });

  it('lists open, overdue, mine, by owner and by meeting', async () => {
    const chat = await newBoard();
    h.deps.clock.set('2022-09-01T09:00:00Z');
    await say(chat, 'meeting new Exec on 13/07/22 2-3pm');
    await say(chat, 'meeting start');
    await say(chat, 'action RS to draft letter by 10/08/22');
    await say(chat, 'action KC to review by 30/09/22');
    await say(chat, 'meeting end');
    await say(chat, 'action LB to brief police by 01/10/22');
    await say(chat, 'done 3');
    const titles = async (filter: string, who: Person = EM) =>
      JSON.stringify(cardOf((await h.send(messageText(who, chat, `actions ${filter}`)))[0]));
    expect(await titles('overdue')).toContain('draft letter');
    expect(await titles('overdue')).not.toContain('review');
    expect(await titles('mine', KC)).toContain('review');
    expect(await titles('mine', KC)).not.toContain('draft letter');
    expect(await titles('RS')).toContain('draft letter');
    expect(await titles('meeting 13/07/22')).toContain('review');
    expect(await titles('meeting 13/07/22')).not.toContain('brief police');
    expect(await titles('all')).toContain('brief police');
    expect(await titles('open')).not.toContain('brief police');
    expect(textOf(await h.send(messageText(EM, chat, 'actions 12 and more')))).toContain(
      'I can list actions that are open',
    );
    h.deps.clock.set('2026-11-23T09:00:00Z');
  });
});

describe('the action card', () => {
  it('answers in place: the same click twice changes the action once, and a stale card gets the current one', async () => {
    const chat = await newBoard();
    const [captured] = await h.send(messageText(EM, chat, 'action RS to draft letter by 10/08/22'));
    const card = cardOf(captured) as AdaptiveCard;
    expect(cardProblems(card)).toEqual([]);
    const update = card.actions?.find((a) => a.title === 'Add update') as unknown as {
      data: Record<string, unknown>;
    };
    const click = { ...update.data, updateText: 'Draft letters agreed' };
    const [first] = await h.send(executeInvoke(RS, chat, Verbs.actionUpdate, click));
    expect(JSON.stringify(cardOf(first))).toContain('Update added.');
    const [second] = await h.send(executeInvoke(RS, chat, Verbs.actionUpdate, click));
    expect(JSON.stringify(cardOf(second))).toContain('Update added.');
    const [other] = await h.send(
      executeInvoke(RS, chat, Verbs.actionUpdate, { ...click, updateText: 'Another update' }),
    );
    expect(JSON.stringify(cardOf(other))).toContain(
      'This card was out of date, so nothing was changed.',
    );
    const [action] = await actionsOf(chat);
    expect(action?.history.filter((e) => e.kind === 'update')).toHaveLength(1);

    const fresh = cardOf(first) as AdaptiveCard;
    const proposeData = (
      fresh.actions?.find((a) => a.title === 'Need more time') as unknown as {
        data: Record<string, unknown>;
      }
    ).data;
    const [proposed] = await h.send(
      executeInvoke(RS, chat, Verbs.actionDue, { ...proposeData, newDate: '2022-09-14' }),
    );
    expect(JSON.stringify(cardOf(proposed))).toContain(
      'New date proposed: Wednesday 14 September 2022',
    );
    const [chairView] = await h.send(messageText(BB, chat, 'actions'));
    expect(verbsOf(cardOf(chairView))).toContain(Verbs.actionRefresh);
    const [opened] = await h.send(
      executeInvoke(BB, chat, Verbs.actionRefresh, { actionId: action!.id }),
    );
    const chairCard = cardOf(opened) as AdaptiveCard;
    expect(verbsOf(chairCard)).toContain(Verbs.actionAcceptDate);
    const acceptData = JSON.parse(
      JSON.stringify(chairCard).match(/"verb":"action.date.accept","data":(\{[^}]*\})/)![1]!,
    ) as Record<string, unknown>;
    const [accepted] = await h.send(executeInvoke(BB, chat, Verbs.actionAcceptDate, acceptData));
    expect(JSON.stringify(cardOf(accepted))).toContain('Wednesday 14 September 2022');
    const [history] = await h.send(
      executeInvoke(BB, chat, Verbs.actionHistory, { actionId: action!.id }),
    );
    const historyJson = JSON.stringify(cardOf(history));
    expect(historyJson).toContain('update from Robert South (RS): Draft letters agreed');
    expect(historyJson).toContain(
      'revised the due date from 2022-08-10 to 2022-09-14 (proposal accepted)',
    );
    const [done] = await h.send(
      executeInvoke(
        RS,
        chat,
        Verbs.actionDone,
        (cardOf(accepted) as AdaptiveCard).actions!.find((a) => a.title === 'Mark done')!
          .data as Record<string, unknown>,
      ),
    );
    expect(JSON.stringify(cardOf(done))).toContain('Marked complete.');
  });

  it('refuses a click from someone who is not an owner, with nothing changed', async () => {
    const chat = await newBoard();
    const [captured] = await h.send(messageText(EM, chat, 'action RS to draft letter'));
    const data = (
      (cardOf(captured) as AdaptiveCard).actions?.find(
        (a) => a.title === 'Mark done',
      ) as unknown as { data: Record<string, unknown> }
    ).data;
    const [reply] = await h.send(executeInvoke(LB, chat, Verbs.actionDone, data));
    expect(JSON.stringify(reply?.value)).toContain('Only the action’s owners');
    expect((await actionsOf(chat))[0]?.status).toBe('open');
  });
});

describe('message extension', () => {
  const meInvoke = (
    from: Person,
    where: Where,
    name: string,
    value: Record<string, unknown>,
  ): Partial<Activity> => teamsActivity(from, where, { type: 'invoke', name, value });

  it('createAction turns a message into an action, and searchBoard finds it', async () => {
    const chat = await newBoard();
    const elsewhere = groupChat();
    const messagePayload = {
      id: '1699999999999',
      messageType: 'message',
      body: {
        contentType: 'html',
        content:
          '<p>Can someone from police brief the&nbsp;partnership on the HMICFRS Engage phase?</p>',
      },
      from: { user: { id: '29:user-3', displayName: 'Robert South', aadObjectId: aadOf(3) } },
    };
    const [fetched] = await h.send(
      meInvoke(EM, elsewhere, 'composeExtension/fetchTask', {
        commandId: 'createAction',
        commandContext: 'message',
        messagePayload,
      }),
    );
    const dialogCard = cardOf(fetched) as AdaptiveCard;
    expect(cardProblems(dialogCard)).toEqual([]);
    expect(JSON.stringify(dialogCard)).toContain(
      'Can someone from police brief the partnership on the HMICFRS Engage phase?',
    );
    const submitData = (dialogCard.actions?.[0] as unknown as { data: Record<string, unknown> })
      .data;
    const data = {
      ...submitData,
      boardId: (await boardOf(chat)).id,
      text: 'Brief the partnership on the HMICFRS Engage phase',
      owners: 'LB',
      due: '14/09/22',
    };
    const [bad] = await h.send(
      meInvoke(EM, elsewhere, 'composeExtension/submitAction', {
        commandId: 'createAction',
        commandContext: 'message',
        data: { ...data, owners: 'BL' },
      }),
    );
    expect(JSON.stringify(bad?.value)).toContain(
      'BL is not a member of this board — did you mean LB, Lewis Basford?',
    );
    const [submitted] = await h.send(
      meInvoke(EM, elsewhere, 'composeExtension/submitAction', {
        commandId: 'createAction',
        commandContext: 'message',
        data,
      }),
    );
    const result = (
      submitted?.value as {
        body: { composeExtension: { attachments: { content: AdaptiveCard; preview: unknown }[] } };
      }
    ).body.composeExtension;
    expect(cardProblems(result.attachments[0]!.content)).toEqual([]);
    expect(JSON.stringify(result.attachments[0]!.content)).toContain(
      'Brief the partnership on the HMICFRS Engage phase',
    );
    await h.send(
      meInvoke(EM, elsewhere, 'composeExtension/submitAction', {
        commandId: 'createAction',
        commandContext: 'message',
        data,
      }),
    );
    const actions = await actionsOf(chat);
    expect(actions.map((a) => [a.text, a.owners[0]?.initials, a.due])).toEqual([
      ['Brief the partnership on the HMICFRS Engage phase', 'LB', '2022-09-14'],
    ]);

    const [found] = await h.send(
      meInvoke(LB, personalChat(LB), 'composeExtension/query', {
        commandId: 'searchBoard',
        parameters: [{ name: 'searchText', value: 'HMICFRS' }],
        queryOptions: { skip: 0, count: 25 },
      }),
    );
    const attachments = (
      found?.value as { body: { composeExtension: { attachments: { content: AdaptiveCard }[] } } }
    ).body.composeExtension.attachments;
    expect(attachments.length).toBeGreaterThan(0);
    expect(JSON.stringify(attachments[0]!.content)).toContain(
      'Brief the partnership on the HMICFRS Engage phase',
    );
    attachments.forEach((a) => expect(cardProblems(a.content)).toEqual([]));
    const [outsider] = await h.send(
      meInvoke(
        person(99, 'Out Sider'),
        personalChat(person(99, 'Out Sider')),
        'composeExtension/query',
        { commandId: 'searchBoard', parameters: [{ name: 'searchText', value: 'HMICFRS' }] },
      ),
    );
    expect(
      (outsider?.value as { body: { composeExtension: { attachments: unknown[] } } }).body
        .composeExtension.attachments,
    ).toEqual([]);
  });

  it('createAction with a date it cannot read saves nothing; the corrected dialog then saves it once', async () => {
    const chat = await newBoard();
    const board = await boardOf(chat);
    const submit = (due: string) =>
      h.send(
        meInvoke(EM, groupChat(), 'composeExtension/submitAction', {
          commandId: 'createAction',
          commandContext: 'compose',
          data: {
            boardId: board.id,
            text: 'Write to the schools about the training charges',
            owners: 'TC',
            due,
            requestId: 'me-due-1',
          },
        }),
      );
    const [unreadable] = await submit('sometime after Easter-ish');
    expect(JSON.stringify(unreadable?.value)).toContain(
      'I could not read \\"sometime after Easter-ish\\" as a date',
    );
    expect(await actionsOf(chat)).toEqual([]);
    await submit('31 December 2026');
    await submit('31 December 2026');
    expect((await actionsOf(chat)).map((a) => [a.number, a.due])).toEqual([[1, '2026-12-31']]);
  });

  it('createAction from a message that @mentions the bot leaves the mention out of the text', async () => {
    const [fetched] = await h.send(
      meInvoke(EM, groupChat(), 'composeExtension/fetchTask', {
        commandId: 'createAction',
        commandContext: 'message',
        messagePayload: {
          body: {
            contentType: 'html',
            content:
              '<p><at id="0">Quorate</at> Grace will write to <at id="1">Tom</at> about it</p>',
          },
        },
      }),
    );
    const json = JSON.stringify(cardOf(fetched));
    expect(json).toContain('Grace will write to Tom about it');
    expect(json).not.toContain('Quorate Grace');
  });
});
