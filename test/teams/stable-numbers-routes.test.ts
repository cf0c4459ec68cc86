import { beforeAll, describe, expect, it } from 'vitest';
import type { AdaptiveCard } from '../../src/cards/card-types.js';
import { Verbs } from '../../src/cards/verbs.js';
import type { Meeting } from '../../src/domain/meeting.js';
import { findItem } from '../../src/domain/find-item.js';
import { TENANT, aadOf } from '../support/fixtures.js';
import type { Harness, Where } from '../support/teams-harness.js';
import {
  cardOf,
  createHarness,
  executeInvoke,
  groupChat,
  messageText,
  person,
  proactiveSent,
  taskInvoke,
  textOf,
} from '../support/teams-harness.js';
import { cardProblems, verbsOf } from '../support/validate-card.js';

const EM = person(7, 'Elisabeth Major');

const MEMBERS = [
  'members import',
  'Brian Boxall (BB) | SAB Independent Chair LBH | IND | chair',
  'Lewis Basford (LB) | Detective Superintendent, Public Protection East Area, BCU, MPS | POLICE',
  'Robert South (RS) | Director Children’s Services LBH | LA',
  'Korkor Ceasar (KC) | Associate Director for Safeguarding Children NEL CCG | ICB',
].join('\n');

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  h.roster.push({ aadObjectId: aadOf(7), name: 'Elisabeth Major' });
});

const say = async (where: Where, text: string): Promise<string> =>
  textOf(await h.send(messageText(EM, where, text)));

const meetingOf = async (where: Where): Promise<Meeting> => {
  const board = await h.deps.boards.findByConversation(TENANT, where.conversationId);
  const [meeting] = await h.deps.meetings.listForBoard(board!.id);
  return meeting!;
};

const numbered = (m: Meeting): string[] =>
  m.agenda.filter((i) => i.standing === undefined).map((i) => `${i.number} ${i.title}`);

/** A running executive: 1 Partnership update (noted), 2 Neglect strategy, 3 Child R (confidential). */
const runningExecutive = async (): Promise<Where> => {
  const chat = groupChat();
  await say(chat, 'setup Havering Safeguarding Children Partnership Executive');
  await say(chat, 'agency add IND Independent');
  expect(await say(chat, MEMBERS)).toContain('Imported');
  await say(chat, 'meeting new Executive Planning Meeting on 13/07/22 2-3pm at MS Teams');
  await say(chat, 'agenda add Partnership update by BB');
  await say(chat, 'agenda add Neglect strategy by RS');
  expect(await say(chat, 'agenda add Child R rapid review by KC confidential')).toContain(
    'Added item 3',
  );
  await say(chat, 'meeting start');
  await say(chat, 'item 1');
  await say(chat, 'note BB gave the partnership update.');
  return chat;
};

describe('issue 16: a move mid-meeting never files a decision under another item', () => {
  it('moving item 2 down asks first, so "item 3" still reaches Child R and its decision stays confidential', async () => {
    const chat = await runningExecutive();
    const before = await meetingOf(chat);
    const neglect = findItem(before, '2')!;
    const [moved] = await h.send(
      taskInvoke(EM, chat, 'task/submit', {
        verb: Verbs.editSubmit,
        meetingId: before.id,
        itemId: neglect.id,
        op: 'down',
      }),
    );
    const answer = JSON.stringify(cardOf(moved));
    expect(answer).toContain(
      'Item 3 (confidential) would become item 2' /* its title is not named in a chat */,
    );
    expect(numbered(await meetingOf(chat))).toEqual([
      '1 Partnership update',
      '2 Neglect strategy',
      '3 Child R rapid review',
    ]);

    expect(await say(chat, 'item 3')).toContain('Now: 3 Confidential item');
    expect(await say(chat, 'decision Child R to proceed to a CSPR')).toContain(
      'Decision recorded under item 3 (Confidential item)',
    );
    const after = await meetingOf(chat);
    const childR = after.agenda.find((i) => i.title === 'Child R rapid review')!;
    expect(childR.decisions.map((d) => d.text)).toEqual(['Child R to proceed to a CSPR']);
    expect(after.agenda.find((i) => i.id === neglect.id)!.decisions).toEqual([]);

    const sent = proactiveSent.length;
    await say(chat, 'summary post');
    const posted = JSON.stringify(proactiveSent.slice(sent));
    expect(posted).toContain('Confidential item — see the restricted minutes');
    expect(posted).not.toContain('CSPR');
  });
});

/** The Confirm button's data on a renumbering card. */
const confirmData = (activity: Parameters<typeof cardOf>[0]): Record<string, unknown> => {
  const card = cardOf(activity) as {
    actions?: { verb?: string; data?: Record<string, unknown> }[];
  };
  const confirm = card.actions?.find((a) => a.verb === Verbs.renumberConfirm);
  expect(confirm).toBeDefined();
  return confirm!.data!;
};

describe('renumbering mid-meeting is the chair’s call', () => {
  it('"agenda remove" states which numbers would change; Confirm changes them once; the audit says so', async () => {
    const chat = await runningExecutive();
    await say(chat, 'item 3');
    const [asked] = await h.send(messageText(EM, chat, 'agenda remove 2'));
    const card = JSON.stringify(cardOf(asked));
    expect(card).toContain('Removing item 2 \\"Neglect strategy\\" would change these numbers:');
    expect(card).toContain(
      'Item 3 (confidential) would become item 2' /* its title is not named in a chat */,
    );
    expect(numbered(await meetingOf(chat))).toHaveLength(3);

    expect(cardProblems(cardOf(asked) as AdaptiveCard)).toEqual([]);
    expect(verbsOf(cardOf(asked)).sort()).toEqual([Verbs.renumberCancel, Verbs.renumberConfirm]);
    const data = confirmData(asked);
    const first = textOf(await h.send(executeInvoke(EM, chat, Verbs.renumberConfirm, data)));
    expect(first).toContain(
      'Removed \\"Neglect strategy\\". Renumbered: item 3 (confidential) is now item 2.',
    );
    const second = textOf(await h.send(executeInvoke(EM, chat, Verbs.renumberConfirm, data)));
    expect(second).toContain('Removed \\"Neglect strategy\\". Renumbered:');
    const after = await meetingOf(chat);
    expect(numbered(after)).toEqual(['1 Partnership update', '2 Child R rapid review']);

    const board = (await h.deps.boards.findByConversation(TENANT, chat.conversationId))!;
    const audit = (await h.deps.audit.listForBoard(board.tenantId, board.id)).filter((e) =>
      ['agenda.remove', 'agenda.renumber'].includes(e.verb),
    );
    const childR = findItem(after, '2')!.id;
    expect(audit.map((e) => [e.verb, e.outcome]).sort()).toEqual([
      ['agenda.remove', 'done'],
      ['agenda.renumber', 'done'],
    ]);
    expect(audit.find((e) => e.verb === 'agenda.renumber')).toMatchObject({
      before: { numbers: [{ itemId: childR, number: '3' }] },
      after: { numbers: [{ itemId: childR, number: '2' }] },
    });

    expect(await say(chat, 'decision Child R to proceed to a CSPR')).toContain(
      'Decision recorded under item 2 (Confidential item)',
    );
    expect((await meetingOf(chat)).agenda.find((i) => i.id === childR)!.decisions).toHaveLength(1);
  });

  it('a confirmation for an agenda that has changed since is refused with the agenda as it is', async () => {
    const chat = await runningExecutive();
    const [asked] = await h.send(messageText(EM, chat, 'agenda remove 2'));
    await say(chat, 'agenda add Early help offer by LB');
    const [stale] = await h.send(
      executeInvoke(EM, chat, Verbs.renumberConfirm, confirmData(asked)),
    );
    const answer = JSON.stringify(cardOf(stale));
    expect(answer).toContain('The agenda changed after you were asked');
    expect(answer).toContain('so nothing was changed.');
    expect(numbered(await meetingOf(chat))).toEqual([
      '1 Partnership update',
      '2 Neglect strategy',
      '3 Child R rapid review',
      '4 Early help offer',
    ]);
  });

  it('a confirmation is refused once an item it would renumber has had something recorded', async () => {
    const chat = await runningExecutive();
    const [asked] = await h.send(messageText(EM, chat, 'agenda remove 2'));
    await say(chat, 'item 3');
    await say(chat, 'decision Child R to proceed to a CSPR');
    const [refused] = await h.send(
      executeInvoke(EM, chat, Verbs.renumberConfirm, confirmData(asked)),
    );
    expect(JSON.stringify(cardOf(refused))).toContain('so nothing was changed.');
    expect(numbered(await meetingOf(chat))).toEqual([
      '1 Partnership update',
      '2 Neglect strategy',
      '3 Child R rapid review',
    ]);
    const [again] = await h.send(messageText(EM, chat, 'agenda remove 2'));
    expect(textOf([again!])).toContain('Removed \\"Neglect strategy\\".');
    expect(numbered(await meetingOf(chat))).toEqual([
      '1 Partnership update',
      '3 Child R rapid review',
    ]);
  });

  it('the edit dialog naming an item removed since it opened says so', async () => {
    const chat = await runningExecutive();
    const meeting = await meetingOf(chat);
    const [answer] = await h.send(
      taskInvoke(EM, chat, 'task/submit', {
        verb: Verbs.editSubmit,
        meetingId: meeting.id,
        itemId: 'removed-item',
        op: 'up',
      }),
    );
    expect(JSON.stringify(cardOf(answer))).toContain(
      'That item is no longer on the agenda: choose another.',
    );
  });

  it('Cancel changes nothing; members who do not run the board cannot confirm', async () => {
    const chat = await runningExecutive();
    const [asked] = await h.send(messageText(EM, chat, 'agenda remove 2'));
    const meeting = await meetingOf(chat);
    const [cancelled] = await h.send(
      executeInvoke(EM, chat, Verbs.renumberCancel, { meetingId: meeting.id }),
    );
    expect(JSON.stringify(cardOf(cancelled))).toContain('Cancelled: the agenda is unchanged.');
    const refused = JSON.stringify(
      await h.send(
        executeInvoke(person(3, 'Robert South'), chat, Verbs.renumberConfirm, confirmData(asked)),
      ),
    );
    expect(refused).toContain('Only');
    expect(numbered(await meetingOf(chat))).toEqual(numbered(meeting));
    const audit = await h.deps.audit.listForBoard(TENANT, meeting.boardId);
    expect(audit.filter((e) => e.actor === aadOf(3)).map((e) => [e.verb, e.outcome])).toEqual([
      ['agenda.remove', 'refused'],
    ]);
  });

  it('an item with an action keeps its number, and the action its reference', async () => {
    const chat = await runningExecutive();
    await say(chat, 'item 3');
    expect(await say(chat, 'action KC to share the Child R learning by 31/07/22')).toContain(
      '13.07.22 ref 3.1',
    );
    const [asked] = await h.send(messageText(EM, chat, 'agenda remove 2'));
    expect(textOf([asked!])).toContain('Removed \\"Neglect strategy\\".');
    expect(numbered(await meetingOf(chat))).toEqual([
      '1 Partnership update',
      '3 Child R rapid review',
    ]);
    expect(await say(chat, 'item 3')).toContain('The meeting is already at 3 Confidential item.');
    expect(await say(chat, 'agenda remove 3')).toContain(
      'Item 3 already has notes, decisions or actions recorded, so it stays on the agenda.',
    );
  });

  it('an item added mid-meeting takes the next number and renumbers nothing', async () => {
    const chat = await runningExecutive();
    expect(await say(chat, 'agenda add Early help offer by LB 10 min')).toContain(
      'Added item 4: Early help offer.',
    );
    expect(numbered(await meetingOf(chat))).toEqual([
      '1 Partnership update',
      '2 Neglect strategy',
      '3 Child R rapid review',
      '4 Early help offer',
    ]);
  });
});
