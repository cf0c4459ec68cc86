import { beforeAll, describe, expect, it } from 'vitest';
import type { AdaptiveCard } from '../../src/cards/card-types.js';
import { Verbs } from '../../src/cards/verbs.js';
import { recordFor } from '../../src/domain/attendance.js';
import { findMemberByInitials } from '../../src/domain/board.js';
import { numberedEntries } from '../../src/domain/entry-numbers.js';
import type { Meeting } from '../../src/domain/meeting.js';
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

const EM = person(7, 'Elisabeth Major');
const BB = person(1, 'Brian Boxall');
const LB = person(2, 'Lewis Basford');
const RS = person(3, 'Robert South');
const KC = person(4, 'Korkor Ceasar');

const HAVERING_MEMBERS = [
  'members import',
  'Brian Boxall (BB) | SAB Independent Chair LBH | IND | chair',
  'Lewis Basford (LB) | Detective Superintendent, Public Protection East Area, BCU, MPS | POLICE',
  'Robert South (RS) | Director Children’s Services LBH | LA',
  'Korkor Ceasar (KC) | Associate Director for Safeguarding Children NEL CCG | ICB',
  'Trevor Cook (TC) | Assistant Director Education, LBH | EDU',
].join('\n');

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  h.roster.push(...[EM, BB, LB, RS, KC].map((p) => ({ aadObjectId: aadOf(p.n), name: p.name })));
});

const send = (who: Person, where: Where, text: string, id?: string) =>
  h.send({ ...messageText(who, where, text), ...(id !== undefined && { id }) });
const say = async (where: Where, text: string, who = EM): Promise<string> =>
  textOf(await send(who, where, text));

const meetingOf = async (where: Where): Promise<Meeting> => {
  const board = await h.deps.boards.findByConversation(TENANT, where.conversationId);
  const meetings = await h.deps.meetings.listForBoard(board!.id);
  return meetings.find((m) => m.status === 'in-progress') ?? meetings.at(-1)!;
};

const notesOf = async (where: Where, kind: 'note' | 'decision' = 'note'): Promise<string[]> =>
  numberedEntries(await meetingOf(where), kind).map(
    (e) => `${e.number}@${e.item.number}: ${e.entry.text}`,
  );

/** The Havering executive of 13 July 2022, items 1 and 2, running, as its minute-taker records it. */
const runningHavering = async (): Promise<Where> => {
  const chat = groupChat();
  await say(chat, 'setup Havering Safeguarding Children Partnership Executive');
  await say(chat, 'agency add IND Independent');
  await say(chat, 'agency add EDU Education');
  await say(chat, HAVERING_MEMBERS);
  await say(chat, 'meeting new Executive Planning Meeting on 13/07/22 2-3pm at MS Teams');
  await say(
    chat,
    'agenda add Memorandum of Understanding across borough strategic groups by BB 20 min',
  );
  await say(chat, 'agenda add Training by EM');
  await say(chat, 'agenda add MET Police HMICFRS by LB 10 min');
  await say(chat, 'meeting start');
  await say(chat, 'item 1');
  await say(
    chat,
    'note BB presented the Document which had been agreed by Chairs of local strategic groups.',
  );
  await say(chat, 'note KC- the ICS Adult Safeguarding Lead was beginning in Aug.');
  await say(chat, "decision This was agreed by the meeting, subject to RS' views.");
  await say(chat, 'note EM highlighted training cancellations in the table below.');
  return chat;
};

describe('correcting notes and decisions (issue 19 item 2)', () => {
  it('a chair lists, edits, moves and removes them by number; "note remove last" records nothing', async () => {
    const chat = await runningHavering();
    const listed = await say(chat, 'notes');
    expect(listed).toContain('N1');
    expect(listed).toContain('N3');
    expect(listed).toContain('D1');

    // The training note went in under item 1 by mistake: moved, with its number.
    expect(await say(chat, 'note move 3 to item 2')).toContain(
      'Note 3 moved from item 1 to item 2 (Training).',
    );
    expect(
      await say(chat, 'note edit 2 KC- the ICS Adult Safeguarding Lead begins in August.'),
    ).toContain('Note 2 on item 1');
    await say(chat, 'item 2');
    await say(chat, 'note LB wished to look at professional decision making.');
    expect(await say(chat, 'note remove last')).toContain('Note 4 on item 2 (Training) removed.');
    expect(await notesOf(chat)).toEqual([
      '1@1: BB presented the Document which had been agreed by Chairs of local strategic groups.',
      '2@1: KC- the ICS Adult Safeguarding Lead begins in August.',
      '3@2: EM highlighted training cancellations in the table below.',
    ]);
    expect((await notesOf(chat)).some((n) => n.includes('remove last'))).toBe(false);

    // The next note gets a new number: 4 was given once and stays given.
    await say(chat, 'note EM to circulate the training figures.');
    expect((await notesOf(chat)).at(-1)).toBe('5@2: EM to circulate the training figures.');
    expect(await say(chat, 'note edit 4 something')).toContain('N4 has been removed already.');

    expect(
      await say(chat, 'decision edit 1 This was agreed by the meeting, subject to RS’ views.'),
    ).toContain('Decision 1 on item 1');
    expect(await notesOf(chat, 'decision')).toEqual([
      '1@1: This was agreed by the meeting, subject to RS’ views.',
    ]);

    // The agenda card shows the same numbers.
    const agenda = JSON.stringify(cardOf((await send(EM, chat, 'agenda'))[0]));
    expect(agenda).toContain('N1 BB presented');
    expect(agenda).toContain('D1 Agreed:');
  });

  it('a repeated message (Teams re-sends with the same id) removes one note, not two', async () => {
    const chat = await runningHavering();
    const first = textOf(await send(EM, chat, 'note remove last', 'msg-remove-last'));
    expect(first).toContain('Note 3 on item 1');
    const again = textOf(await send(EM, chat, 'note remove last', 'msg-remove-last'));
    expect(again).toContain('Already done');
    expect((await notesOf(chat)).length).toBe(2);
    const audit = await h.deps.audit.listForBoard(TENANT, (await meetingOf(chat)).boardId);
    expect(audit.filter((a) => a.verb === 'note.remove' && a.outcome === 'done')).toHaveLength(1);
    expect(audit.find((a) => a.verb === 'note.remove')?.change).toMatchObject({
      kind: 'meeting',
      said: 'note 3 on item 1 removed',
    });
  });

  it('members may not correct them; the refusal changes nothing', async () => {
    const chat = await runningHavering();
    expect(await say(chat, 'note edit 1 LB rewrote this', LB)).toMatch(/^Only /);
    expect(await say(chat, 'decision remove 1', LB)).toMatch(/^Only /);
    expect((await notesOf(chat))[0]).toContain('BB presented the Document');
    expect(await notesOf(chat, 'decision')).toHaveLength(1);
  });

  it('the agenda card’s edit menu edits, moves and removes; a second click changes nothing', async () => {
    const chat = await runningHavering();
    const card = cardOf((await send(EM, chat, 'agenda'))[0])!;
    expect(cardProblems(card as unknown as AdaptiveCard)).toEqual([]);
    const body = JSON.stringify(card);
    expect(body).toContain('Edit N1');
    expect(body).toContain('Edit D1');
    const meeting = await meetingOf(chat);
    const [, second, third] = numberedEntries(meeting, 'note');
    const data = { meetingId: meeting.id, kind: 'note' };

    const edited = await h.send(
      executeInvoke(EM, chat, Verbs.entryEdit, {
        ...data,
        entryId: second!.entry.id,
        [`entryText-${second!.entry.id}`]: 'KC- the ICS Adult Safeguarding Lead began in August.',
      }),
    );
    expect(JSON.stringify(cardOf(edited[0]))).toContain('Note 2 on item 1');
    const training = meeting.agenda.find((i) => i.title === 'Training')!;
    await h.send(
      executeInvoke(EM, chat, Verbs.entryMove, {
        ...data,
        entryId: third!.entry.id,
        [`entryItem-${third!.entry.id}`]: training.id,
      }),
    );
    const removeClick = executeInvoke(EM, chat, Verbs.entryRemove, {
      ...data,
      entryId: second!.entry.id,
    });
    const removed = await h.send(removeClick);
    expect(JSON.stringify(cardOf(removed[0]))).toContain('Note 2 on item 1');
    const after = await meetingOf(chat);
    const repeat = await h.send(removeClick);
    expect(JSON.stringify(cardOf(repeat[0]))).toContain('removed already');
    expect((await meetingOf(chat)).revision).toBe(after.revision);
    expect(await notesOf(chat)).toEqual([
      '1@1: BB presented the Document which had been agreed by Chairs of local strategic groups.',
      '3@2: EM highlighted training cancellations in the table below.',
    ]);
    // A member's click is refused: the card data says nothing about who may act.
    const refused = await h.send(
      executeInvoke(LB, chat, Verbs.entryRemove, { ...data, entryId: third!.entry.id }),
    );
    expect(JSON.stringify(refused)).toContain('Only ');
    expect(await notesOf(chat)).toHaveLength(2);
  });
});

describe('after the meeting', () => {
  it('corrects the notes of the meeting held today, until its minutes are approved', async () => {
    const was = h.deps.clock.now().toISOString();
    h.deps.clock.set('2022-07-13T15:30:00Z');
    const chat = await runningHavering();
    await say(chat, 'meeting end');
    expect(await say(chat, 'notes')).toContain('N3');
    expect(
      await say(chat, 'note edit 1 BB presented the Document, agreed by the Chairs.'),
    ).toContain('Note 1 on item 1');
    expect((await notesOf(chat))[0]).toBe('1@1: BB presented the Document, agreed by the Chairs.');
    const held = await meetingOf(chat);
    await h.deps.meetings.update(held.boardId, held.id, (m) => ({
      ...m,
      minutesStatus: 'approved',
    }));
    expect(await say(chat, 'note remove 1')).toContain('are approved');
    expect(await notesOf(chat)).toHaveLength(3);
    h.deps.clock.set(was);
  });
});

describe('the agenda card of a long meeting', () => {
  it('offers edit menus for eight entries, the current item’s first, and stays within Teams’ size', async () => {
    const chat = await runningHavering();
    await say(chat, 'item 2');
    for (let i = 1; i <= 12; i += 1)
      await say(
        chat,
        `note EM reported training session ${i} cancelled at short notice, with a charge levied.`,
      );
    const card = cardOf((await send(EM, chat, 'agenda'))[0])!;
    const body = JSON.stringify(card);
    expect(body.match(/"title":"Edit [ND]\d+"/g)).toHaveLength(8);
    expect(body).toContain('Edit N15');
    expect(body).not.toContain('Edit N1"');
    expect(body).toContain('N1 BB presented');
    expect(body.length).toBeLessThan(28_000);
  });
});

describe('correcting actions (issue 19 item 3)', () => {
  it('moves an action to another item (its reference follows), rewords it, and withdraws it', async () => {
    const chat = await runningHavering();
    await say(chat, 'action RS to share the MoU with the ICS Adult Safeguarding Lead by 31/08/22');
    await say(chat, 'action EM to circulate the training cancellations table by 31/07/22');
    const board = await h.deps.boards.findByConversation(TENANT, chat.conversationId);
    const [first, second] = await h.deps.actions.listForBoard(board!.id);
    expect(second!.reference).toBe('13.07.22 ref 1.2');

    expect(await say(chat, `action move ${second!.number} to item 2`)).toContain(
      `Action ${second!.number} moved to item 2`,
    );
    expect((await h.deps.actions.findById(board!.id, second!.id))!.reference).toBe(
      '13.07.22 ref 2.1',
    );
    // The next action captured under item 2 does not share its reference.
    await say(chat, 'item 2');
    await say(chat, 'action EM to book the training venue by 31/07/22');
    const third = (await h.deps.actions.listForBoard(board!.id)).at(-1)!;
    expect(third.reference).toBe('13.07.22 ref 2.2');

    // Its owner may reword it; another member may not.
    expect(
      await say(chat, `action edit ${first!.number} share the MoU with the ICS lead`, RS),
    ).toContain('reworded');
    expect(await say(chat, `action edit ${first!.number} something else`, LB)).toMatch(/^Only /);

    // A member may not withdraw it; the chair may, once.
    expect(await say(chat, `action delete ${third.number} captured in error`, LB)).toMatch(
      /^Only .* can withdraw actions/,
    );
    expect((await h.deps.actions.findById(board!.id, third.id))!.status).toBe('open');
    const withdrawn = await say(chat, `action delete ${third.number} captured in error`, BB);
    expect(withdrawn).toContain('Withdrawn');
    expect(await say(chat, `action delete ${third.number} captured in error`, BB)).toContain(
      'Nothing changed',
    );
    expect(await say(chat, `update ${third.number} venue booked`)).toContain('withdrawn');
    const log = await say(chat, 'actions all');
    expect(log).toContain('Withdrawn');
    // Its number is never given again.
    await say(chat, 'action LB to brief the Met on the HMICFRS stage by 30/09/22');
    expect((await h.deps.actions.listForBoard(board!.id)).at(-1)!.number).toBe(third.number + 1);
    const audit = await h.deps.audit.listForBoard(TENANT, board!.id);
    expect(
      audit
        .filter((a) => a.verb === 'action.delete')
        .map((a) => a.outcome)
        .sort(),
    ).toEqual(['done', 'refused']);
  });
});

describe('correcting items, guests and deputies (issue 19 item 4)', () => {
  it('changes an item’s presenters and time, and takes a guest and a deputy off the register', async () => {
    const chat = await runningHavering();
    const edited = await say(chat, 'item edit 2 by EM and KC 15 min');
    expect(edited).toContain('Item 2 changed.');
    const training = (await meetingOf(chat)).agenda.find((i) => i.number === '2')!;
    expect(training.presenters.map((p) => p.initials)).toEqual(['EM', 'KC']);
    expect(training.minutes).toBe(15);
    expect(await say(chat, 'item edit 2 by EM and KC 15 min')).toContain('already reads so');
    expect(await say(chat, 'item edit 2 title Training update', LB)).toMatch(/^Only /);

    await say(chat, 'guest Barbara Nicholls (Director of Adults) for item 1');
    expect(await say(chat, 'guest remove Barbara Nicholls')).toContain(
      'Barbara Nicholls is no longer',
    );
    expect((await meetingOf(chat)).attendance?.guests).toEqual([]);
    expect(await say(chat, 'guest remove Barbara Nicholls')).toContain('No guest');

    await say(chat, 'deputy Jane Smith (Head of Service) for RS');
    expect(await say(chat, 'deputy remove for RS', LB)).toMatch(/^Only /);
    expect(await say(chat, 'deputy remove for RS')).toContain(
      'Jane Smith no longer attends for RS',
    );
    const board = await h.deps.boards.findByConversation(TENANT, chat.conversationId);
    const rs = findMemberByInitials(board!, 'RS')!;
    expect(recordFor((await meetingOf(chat)).attendance, rs.id)).toBeUndefined();
  });
});

describe('attendance precedence (issue 19 item 8)', () => {
  it('keeps the chair’s entry over a member’s later apologies, tells both; keeps a deputy', async () => {
    // A store of its own: in personal chat the members must belong to this board only.
    h = await createHarness();
    h.roster.push(...[EM, BB, LB, RS, KC].map((p) => ({ aadObjectId: aadOf(p.n), name: p.name })));
    const chat = await runningHavering();
    await say(personalChat(BB), 'help', BB);
    proactiveSent.splice(0);
    await say(chat, 'present RS', BB);
    const answer = await say(personalChat(RS), 'apologies', RS);
    expect(answer).toContain('recorded you as present');
    const board = await h.deps.boards.findByConversation(TENANT, chat.conversationId);
    const rs = findMemberByInitials(board!, 'RS')!;
    expect(recordFor((await meetingOf(chat)).attendance, rs.id)?.code).toBe('A');
    const told = proactiveSent.splice(0);
    expect(told).toHaveLength(1);
    expect(String((told[0]!.reference.conversation as { id: string }).id)).toBe(
      personalChat(BB).conversationId,
    );
    expect(told[0]!.activity.text).toContain('Robert South (RS) sent apologies');

    await say(chat, 'deputy Jane Smith (Head of Service) for KC');
    const kc = findMemberByInitials(board!, 'KC')!;
    expect(await say(personalChat(KC), 'apologies', KC)).toContain(
      'Jane Smith is recorded as attending for you (SD)',
    );
    expect(recordFor((await meetingOf(chat)).attendance, kc.id)).toMatchObject({
      code: 'SD',
      deputy: { name: 'Jane Smith' },
    });
    expect(proactiveSent.splice(0)).toHaveLength(0);

    // The chair can still accept the apologies.
    await say(chat, 'apologies RS', BB);
    expect(recordFor((await meetingOf(chat)).attendance, rs.id)?.code).toBe('SA');
  });
});
