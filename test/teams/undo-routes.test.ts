import { beforeAll, describe, expect, it } from 'vitest';
import type { Action } from '../../src/domain/action.js';
import type { Meeting } from '../../src/domain/meeting.js';
import { aadOf, TENANT } from '../support/fixtures.js';
import type { Harness, Person, Where } from '../support/teams-harness.js';
import { createHarness, groupChat, messageText, person, textOf } from '../support/teams-harness.js';

const EM = person(7, 'Elisabeth Major');
const BB = person(1, 'Brian Boxall');
const RS = person(3, 'Robert South');
const LB = person(2, 'Lewis Basford');
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  h.roster.push(
    { aadObjectId: aadOf(7), name: 'Elisabeth Major', id: '29:user-7' },
    { aadObjectId: aadOf(1), name: 'Brian Boxall', id: '29:user-1' },
    { aadObjectId: aadOf(2), name: 'Lewis Basford', id: '29:user-2' },
    { aadObjectId: aadOf(3), name: 'Robert South', id: '29:user-3' },
  );
});

/** Says something a minute after the last message (so changes are ordered as people make them). */
const say = async (where: Where, text: string, who: Person = EM): Promise<string> => {
  h.deps.clock.advance(MINUTE);
  return textOf(await h.send(messageText(who, where, text)));
};

const newBoard = async (): Promise<Where> => {
  h.deps.clock.set('2026-11-24T13:00:00Z');
  const chat = groupChat();
  await say(chat, 'setup Havering Safeguarding Children Partnership Executive');
  await say(
    chat,
    [
      'members import',
      'Brian Boxall (BB) | SAB Independent Chair LBH | LA | chair',
      'Lewis Basford (LB) | Detective Superintendent | POLICE',
      'Robert South (RS) | Director Children’s Services LBH | LA',
    ].join('\n'),
  );
  return chat;
};

const boardOf = async (where: Where) =>
  (await h.deps.boards.findByConversation(TENANT, where.conversationId))!;
const actionsOf = async (where: Where): Promise<Action[]> =>
  h.deps.actions.listForBoard((await boardOf(where)).id);
const meetingOf = async (where: Where): Promise<Meeting> =>
  (await h.deps.meetings.listForBoard((await boardOf(where)).id))[0]!;
const notesOf = (meeting: Meeting): string[] =>
  meeting.agenda.flatMap((i) => [...i.notes, ...i.decisions].map((e) => e.text));

const meetingInProgress = async (chat: Where): Promise<void> => {
  await say(chat, 'meeting new Executive Planning Meeting on 24/11/26 2-3pm at MS Teams', BB);
  await say(chat, 'agenda add Memorandum of Understanding', BB);
  await say(chat, 'meeting start', BB);
  await say(chat, 'item 1', BB);
};

describe('undo', () => {
  it('withdraws an action the chair captured in error; its number is never reused', async () => {
    const chat = await newBoard();
    await say(chat, 'action RS to draft the letter to schools by 30/11/26', BB);
    const undone = await say(chat, 'undo', BB);
    expect(undone).toBe(
      'Undone: action 1 recorded (by you, 13:03). Type **undo** again to put it back.',
    );
    const [withdrawn] = await actionsOf(chat);
    expect(withdrawn).toMatchObject({ number: 1, status: 'withdrawn' });
    expect(withdrawn?.withdrawn).toMatchObject({ by: aadOf(1), reason: 'undone' });
    expect(await say(chat, 'action RS to write to the schools by 30/11/26', BB)).toContain(
      'Action 2',
    );
    expect(await say(chat, 'actions all', BB)).toContain('Withdrawn');
  });

  it('removes the chair’s note, and a second undo puts it back', async () => {
    const chat = await newBoard();
    await meetingInProgress(chat);
    await say(chat, 'note The MoU was agreed by all partners', BB);
    expect(notesOf(await meetingOf(chat))).toEqual(['The MoU was agreed by all partners']);
    expect(await say(chat, 'undo', BB)).toMatch(
      /^Undone: note added on item 1 \(by you, 13:\d\d\)/,
    );
    expect(notesOf(await meetingOf(chat))).toEqual([]);
    expect(await say(chat, 'undo', BB)).toMatch(
      /^Undone: undo of note added on item 1 \(by you, 13:\d\d\)/,
    );
    expect(notesOf(await meetingOf(chat))).toEqual(['The MoU was agreed by all partners']);
    const audit = await h.deps.audit.listForBoard(TENANT, (await boardOf(chat)).id);
    expect(audit.filter((e) => e.verb === 'undo').map((e) => e.change?.said)).toEqual([
      'undo of note added on item 1',
      'note added on item 1',
    ]);
  });

  it('undoes a repeated message once', async () => {
    const chat = await newBoard();
    await meetingInProgress(chat);
    await say(chat, 'note First note', BB);
    await say(chat, 'note Second note', BB);
    h.deps.clock.advance(MINUTE);
    const undo = { ...messageText(BB, chat, 'undo'), id: 'f:undo-once' };
    expect(textOf(await h.send(undo))).toMatch(/^Undone: note added on item 1/);
    expect(textOf(await h.send(undo))).toBe('Already done: note added on item 1.');
    expect(notesOf(await meetingOf(chat))).toEqual(['First note']);
  });

  it('says when there is nothing to undo', async () => {
    const chat = await newBoard();
    expect(await say(chat, 'undo', LB)).toBe(
      'There is nothing to undo: you have made no change in the last 24 hours. Only Brian Boxall (BB), Elisabeth Major (EM) can undo other people’s changes, during the meeting.',
    );
  });

  it('does not let a member undo the chair’s change outside a meeting', async () => {
    const chat = await newBoard();
    await say(chat, 'action LB to ring the school by 30/11/26', BB);
    expect(await say(chat, 'undo', RS)).toMatch(
      /^There is nothing to undo: you have made no change/,
    );
    expect((await actionsOf(chat)).map((a) => a.status)).toEqual(['open']);
  });

  it('lets the chair undo a member’s change in the meeting in progress', async () => {
    const chat = await newBoard();
    await meetingInProgress(chat);
    await say(chat, 'action LB to ring the school by 30/11/26', RS);
    expect(await say(chat, 'undo', BB)).toMatch(/^Undone: action 1 recorded \(by Robert South, /);
    expect((await actionsOf(chat)).map((a) => a.status)).toEqual(['withdrawn']);
  });

  it('looks back 24 hours: a change exactly 24 hours old is undone, an older one is not', async () => {
    const chat = await newBoard();
    await say(chat, 'action LB to ring the school by 30/11/26', BB);
    /** `say` moves the clock on a minute: the undo comes exactly 24 hours after the capture. */
    h.deps.clock.advance(DAY - MINUTE);
    expect(await say(chat, 'undo', BB)).toMatch(/^Undone: action 1 recorded \(by you, 13:03\)/);

    const later = await newBoard();
    await say(later, 'action LB to ring the school by 30/11/26', BB);
    h.deps.clock.advance(DAY);
    expect(await say(later, 'undo', BB)).toMatch(/^There is nothing to undo/);
    expect((await actionsOf(later)).map((a) => a.status)).toEqual(['open']);
  });

  it('lets a member undo their own apologies, and keeps the chair’s register rows', async () => {
    const chat = await newBoard();
    await say(chat, 'meeting new Executive Planning Meeting on 26/11/26 2-3pm at MS Teams', BB);
    await say(chat, 'present LB', BB);
    await say(chat, 'apologies', RS);
    const codes = async () =>
      Object.fromEntries(
        ((await meetingOf(chat)).attendance?.records ?? []).map((r) => [r.memberId, r.code]),
      );
    const board = await boardOf(chat);
    const id = (initials: string) => board.members.find((m) => m.initials === initials)!.id;
    expect(await codes()).toEqual({ [id('LB')]: 'A', [id('RS')]: 'SA' });
    expect(await say(chat, 'undo', RS)).toMatch(/^Undone: SA recorded for RS \(by you, 13:\d\d\)/);
    expect(await codes()).toEqual({ [id('LB')]: 'A' });
  });

  it('refuses to undo a capture the owner has updated since, naming them', async () => {
    const chat = await newBoard();
    await say(chat, 'action RS to draft the letter to schools by 30/11/26', BB);
    await say(chat, 'update 1 First draft circulated', RS);
    expect(await say(chat, 'undo', BB)).toBe(
      'Cannot undo action 1 recorded: it was changed since by Robert South (update to action 1). Undo that first.',
    );
    expect(await say(chat, 'undo', RS)).toMatch(/^Undone: update to action 1 \(by you/);
    expect((await actionsOf(chat))[0]?.status).toBe('open');
    expect(await say(chat, 'undo', BB)).toMatch(/^Undone: action 1 recorded \(by you/);
    expect((await actionsOf(chat))[0]?.status).toBe('withdrawn');
    expect(await say(chat, 'update 1 Second draft', RS)).toContain('withdrawn');
  });

  it('takes an agenda item and an agency back out', async () => {
    const chat = await newBoard();
    await say(chat, 'meeting new Executive Planning Meeting on 26/11/26 2-3pm at MS Teams', BB);
    await say(chat, 'agenda add Training', BB);
    expect((await meetingOf(chat)).agenda.map((i) => i.title)).toContain('Training');
    expect(await say(chat, 'undo', BB)).toMatch(/^Undone: item 1 added to the agenda/);
    expect((await meetingOf(chat)).agenda.map((i) => i.title)).not.toContain('Training');

    await say(chat, 'agency add LBH London Borough of Havering statutory');
    expect((await boardOf(chat)).agencies.map((a) => a.code)).toContain('LBH');
    expect(await say(chat, 'undo')).toMatch(/^Undone: agency LBH added \(by you/);
    expect((await boardOf(chat)).agencies.map((a) => a.code)).not.toContain('LBH');
  });
});
