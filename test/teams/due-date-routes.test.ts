import { beforeEach, describe, expect, it } from 'vitest';
import type { Action } from '../../src/domain/action.js';
import type { Board } from '../../src/domain/board.js';
import type { Meeting } from '../../src/domain/meeting.js';
import { aadOf, TENANT } from '../support/fixtures.js';
import type { Harness, Person, Where } from '../support/teams-harness.js';
import { createHarness, groupChat, messageText, person, textOf } from '../support/teams-harness.js';

const EM = person(7, 'Elisabeth Major');
const BB = person(1, 'Brian Boxall');
const JB = person(2, 'Jo Bloggs');
const RS = person(3, 'Robert South');
const KC = person(4, 'Korkor Ceasar');

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
  h.roster.push(
    ...[EM, BB, JB, RS, KC].map((p) => ({
      aadObjectId: aadOf(p.n),
      name: p.name,
      id: `29:user-${p.n}`,
    })),
  );
});

const say = async (where: Where, text: string, who: Person = EM): Promise<string> =>
  textOf(await h.send(messageText(who, where, text)));

/** Elisabeth (coordinator) sets the board up; Brian chairs it; Jo Bloggs owns the actions. */
const newBoard = async (): Promise<{ chat: Where; board: Board }> => {
  h.deps.clock.set('2026-11-24T10:00:00Z');
  const chat = groupChat();
  await say(chat, 'setup Northfield Safeguarding Children Partnership Executive');
  await say(
    chat,
    [
      'members import',
      'Brian Boxall (BB) | Independent Chair | LA | chair',
      'Jo Bloggs (JB) | Head of Quality Assurance | LA',
      'Robert South (RS) | Director of Children’s Services | LA',
      'Korkor Ceasar (KC) | Designated Nurse | ICB',
    ].join('\n'),
  );
  const board = await h.deps.boards.findByConversation(TENANT, chat.conversationId);
  return { chat, board: board! };
};

/** Today's meeting, held from 14:00 to 15:00 (London is on GMT in November). */
const holdMeeting = async (chat: Where, during: () => Promise<void>): Promise<void> => {
  await say(chat, 'meeting new Executive Planning Meeting on 24/11/26 2-3pm at MS Teams', BB);
  h.deps.clock.set('2026-11-24T14:00:00Z');
  await say(chat, 'meeting start', BB);
  await during();
  h.deps.clock.set('2026-11-24T15:00:00Z');
  await say(chat, 'meeting end', BB);
};

const actionNo = async (board: Board, n: number): Promise<Action> =>
  (await h.deps.actions.findByNumber(board.id, n))!;
const meetingOn = async (board: Board, date: string): Promise<Meeting | undefined> =>
  (await h.deps.meetings.listForBoard(board.id)).find((m) => m.date === date);
/** Every reminder still pending for an action: kind and the board-local day it goes out. */
const pendingFor = async (action: Action): Promise<string[]> =>
  (await h.deps.reminders.listReady(new Date('2028-01-01T00:00:00Z'), 100))
    .map((v) => v.value)
    .filter((r) => r.actionId === action.id)
    .map(
      (r) => `${r.kind} ${r.localDate}${r.plannedFor === undefined ? '' : ` for ${r.plannedFor}`}`,
    )
    .sort();

describe('an action recorded with no date, before the next meeting is known', () => {
  it('is undated, then takes the next meeting’s date, gets its reminders and is overdue the day after', async () => {
    const { chat, board } = await newBoard();
    let captured = '';
    await holdMeeting(chat, async () => {
      captured = await say(chat, 'action JB to send the report');
    });
    expect(captured).toContain('Recorded as action 1');
    expect(captured).toContain('next meeting — no date yet');
    const undated = await actionNo(board, 1);
    expect([undated.due, undated.dueMeetingId]).toEqual([undefined, undefined]);
    // Seven days after capture (Tuesday 1 December), Jo is asked for a date.
    expect(await pendingFor(undated)).toEqual(['ask-date 2026-12-01']);

    h.deps.clock.set('2026-11-24T15:05:00Z');
    expect(await say(chat, 'next meeting 18/12/26', BB)).toContain('18');
    const next = await meetingOn(board, '2026-12-18');
    const dated = await actionNo(board, 1);
    expect([dated.due, dated.dueMeetingId]).toEqual(['2026-12-18', next?.id]);
    expect(dated.history.at(-1)).toEqual({
      at: '2026-11-24T15:05:00.000Z',
      by: aadOf(BB.n),
      kind: 'due',
      to: '2026-12-18',
      text: 'the next meeting was set',
    });
    // The date request stays planned but cancels itself when it comes up (the action has a date);
    // the chase of the new date: 7 days before (Friday 11 December) and the escalation.
    expect(await pendingFor(dated)).toEqual([
      'ask-date 2026-12-01',
      'before 2026-12-11 for 2026-12-18',
      'escalation 2027-01-01 for 2026-12-18',
    ]);
    expect(await say(chat, 'actions')).toContain('Friday 18 December 2026 (next meeting)');

    h.deps.clock.set('2026-12-18T16:00:00Z');
    const onTheDay = await say(chat, 'actions overdue');
    expect(onTheDay).not.toContain('send the report');
    h.deps.clock.set('2026-12-19T09:00:00Z');
    const dayAfter = await say(chat, 'actions overdue');
    expect(dayAfter).toContain('send the report');
    expect(dayAfter).toContain('Friday 18 December 2026 (next meeting) — OVERDUE');
  });
});

describe('an action recorded with no date once the next meeting is known', () => {
  it('stores that date at once, and its history says it came from the next meeting', async () => {
    const { chat, board } = await newBoard();
    await holdMeeting(chat, async () => {
      await say(chat, 'next meeting 18/12/26', BB);
      await say(chat, 'action JB to send the report');
    });
    await say(chat, 'action KC to share the health audit findings');
    const next = await meetingOn(board, '2026-12-18');
    for (const n of [1, 2]) {
      const a = await actionNo(board, n);
      expect([a.due, a.dueMeetingId]).toEqual(['2026-12-18', next?.id]);
      expect(a.history).toHaveLength(1);
      expect(a.history[0]).toMatchObject({
        kind: 'created',
        to: '2026-12-18',
        text: 'the next meeting',
      });
      expect(await pendingFor(a)).toEqual([
        'before 2026-12-11 for 2026-12-18',
        'escalation 2027-01-01 for 2026-12-18',
      ]);
    }
  });
});

describe('moving the next meeting', () => {
  it('"meeting move" moves the planned meeting and the actions due at it; dates a person set stay', async () => {
    const { chat, board } = await newBoard();
    await holdMeeting(chat, async () => {
      await say(chat, 'action JB to send the report');
      await say(chat, 'action RS to circulate the audit by 30/11/26');
      await say(chat, 'action KC to brief the health leads');
    });
    await say(chat, 'next meeting 18/12/26 2-3pm', BB);
    // The chair fixes action 3's date himself: it is no longer "the next meeting's".
    await say(chat, 'due 3 18/12/26', BB);
    await say(chat, 'action JB to draft the escalation policy by next meeting');
    // Action 5 has a date of its own; the chair puts it back to "the next meeting".
    await say(chat, 'action RS to update the risk register by 1/12/26');
    expect(await say(chat, 'due 5 next meeting', BB)).toContain(
      'Friday 18 December 2026 (next meeting)',
    );
    const planned = (await meetingOn(board, '2026-12-18'))!;

    h.deps.clock.set('2026-11-25T11:00:00Z');
    const reply = await say(chat, 'meeting move 8/1/27', BB);
    expect(reply).toContain(
      'Moved from Friday 18 December 2026 to Friday 8 January 2027. 3 actions due at it now have the new date.',
    );
    const held = (await meetingOn(board, '2026-11-24'))!;
    expect(held.nextMeeting).toEqual({
      meetingId: planned.id,
      date: '2027-01-08',
      start: '14:00',
      end: '15:00',
    });
    const meetings = (await h.deps.meetings.listForBoard(board.id)).filter(
      (m) => m.status === 'planned',
    );
    expect(meetings.map((m) => [m.id, m.date, m.start])).toEqual([
      [planned.id, '2027-01-08', '14:00'],
    ]);
    const dues = await Promise.all(
      [1, 2, 3, 4, 5].map(async (n) => {
        const a = await actionNo(board, n);
        return [n, a.due, a.dueMeetingId ?? null];
      }),
    );
    expect(dues).toEqual([
      [1, '2027-01-08', planned.id],
      [2, '2026-11-30', null],
      [3, '2026-12-18', null],
      [4, '2027-01-08', planned.id],
      [5, '2027-01-08', planned.id],
    ]);
    const moved = await actionNo(board, 1);
    expect(moved.history.at(-1)).toEqual({
      at: '2026-11-25T11:00:00.000Z',
      by: aadOf(BB.n),
      kind: 'due',
      from: '2026-12-18',
      to: '2027-01-08',
      text: 'the next meeting moved',
    });
    // Planned again for the new date; those for the old one cancel themselves when they come up.
    expect(await pendingFor(moved)).toEqual([
      'ask-date 2026-12-01',
      'before 2026-12-11 for 2026-12-18',
      'before 2027-01-01 for 2027-01-08',
      'escalation 2027-01-01 for 2026-12-18',
      'escalation 2027-01-22 for 2027-01-08',
    ]);
    expect(await say(chat, 'actions JB')).toContain('Friday 8 January 2027 (next meeting)');
  });

  it('a chair correcting "next meeting" during the meeting moves the one just set', async () => {
    const { chat, board } = await newBoard();
    await holdMeeting(chat, async () => {
      await say(chat, 'action JB to send the report');
      await say(chat, 'next meeting 18/12/26', BB);
      await say(chat, 'next meeting 8/1/27 10-11am', BB);
    });
    const planned = (await h.deps.meetings.listForBoard(board.id)).filter(
      (m) => m.status === 'planned',
    );
    expect(planned.map((m) => [m.date, m.start, m.end])).toEqual([
      ['2027-01-08', '10:00', '11:00'],
    ]);
    const a = await actionNo(board, 1);
    expect([a.due, a.dueMeetingId]).toEqual(['2027-01-08', planned[0]?.id]);
    expect(a.history.slice(1).map((e) => [e.from, e.to, e.text])).toEqual([
      [undefined, '2026-12-18', 'the next meeting was set'],
      ['2026-12-18', '2027-01-08', 'the next meeting moved'],
    ]);
  });

  it('"next meeting" once the meeting has ended plans the one after: actions due in December stay', async () => {
    const { chat, board } = await newBoard();
    await holdMeeting(chat, async () => {
      await say(chat, 'next meeting 18/12/26', BB);
      await say(chat, 'action JB to send the report');
    });
    await say(chat, 'next meeting 15/1/27', BB);
    expect((await actionNo(board, 1)).due).toBe('2026-12-18');
  });

  it('a new meeting planned with "meeting new" dates the undated actions', async () => {
    const { chat, board } = await newBoard();
    await holdMeeting(chat, async () => {
      await say(chat, 'action JB to send the report');
    });
    h.deps.clock.set('2026-11-26T10:00:00Z');
    await say(chat, 'meeting new Extraordinary Executive on 10/12/26 10-11am at MS Teams');
    const extra = await meetingOn(board, '2026-12-10');
    const a = await actionNo(board, 1);
    expect([a.due, a.dueMeetingId]).toEqual(['2026-12-10', extra?.id]);
    expect(a.history.at(-1)).toMatchObject({ by: aadOf(EM.n), text: 'the next meeting was set' });
  });
});
