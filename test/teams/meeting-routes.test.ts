import { beforeAll, describe, expect, it } from 'vitest';
import type { AdaptiveCard } from '../../src/cards/card-types.js';
import { Verbs } from '../../src/cards/verbs.js';
import type { Meeting } from '../../src/domain/meeting.js';
import { findItem } from '../../src/domain/find-item.js';
import { moveMeeting } from '../../src/services/run-meeting.js';
import { aadOf, TENANT } from '../support/fixtures.js';
import type { Harness, Where } from '../support/teams-harness.js';
import {
  cardOf,
  createHarness,
  executeInvoke,
  groupChat,
  messageText,
  person,
  taskInvoke,
  textOf,
} from '../support/teams-harness.js';
import { cardProblems, verbsOf } from '../support/validate-card.js';

const EM = person(7, 'Elisabeth Major');
const BB = person(1, 'Brian Boxall');
const LB = person(2, 'Lewis Basford');

const HAVERING_MEMBERS = [
  'members import',
  'Brian Boxall (BB) | SAB Independent Chair LBH | IND | chair',
  'Lewis Basford (LB) | Detective Superintendent, Public Protection East Area, BCU, MPS | POLICE',
  'Robert South (RS) | Director Children’s Services LBH | LA',
  'Korkor Ceasar (KC) | Associate Director for Safeguarding Children NEL CCG | ICB',
  'Trevor Cook (TC) | Assistant Director Education, LBH | EDU',
  'Jenny Pearce (JP) | Independent Scrutineer | IND | scrutineer',
].join('\n');

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  h.roster.push(
    { aadObjectId: aadOf(7), name: 'Elisabeth Major' },
    { aadObjectId: aadOf(1), name: 'Brian Boxall' },
    { aadObjectId: aadOf(2), name: 'Lewis Basford' },
  );
});

const say = async (where: Where, text: string, who = EM): Promise<string> =>
  textOf(await h.send(messageText(who, where, text)));

const boardAndMeetings = async (where: Where): Promise<{ meetings: Meeting[] }> => {
  const board = await h.deps.boards.findByConversation(TENANT, where.conversationId);
  return { meetings: await h.deps.meetings.listForBoard(board!.id) };
};

const newBoard = async (): Promise<Where> => {
  const chat = groupChat();
  await say(chat, 'setup Havering Safeguarding Children Partnership Executive');
  await say(chat, 'agency add IND Independent');
  await say(chat, 'agency add EDU Education');
  expect(await say(chat, HAVERING_MEMBERS)).toContain('Imported: 4 added, 2 updated.');
  return chat;
};

describe('the Havering executive of 13 July 2022, recorded through commands', () => {
  it('holds every item, note and decision of the reference minutes, and the minutes approval', async () => {
    const chat = await newBoard();
    expect(
      await say(chat, 'meeting new Executive Planning Meeting on 15/06/22 2-3pm at MS Teams'),
    ).toContain('Meeting planned');
    await say(chat, 'meeting start');
    expect(await say(chat, 'meeting end')).toContain('Meeting ended.');

    await say(chat, 'meeting new Executive Planning Meeting on 13/07/22 2-3pm at MS Teams');
    expect(
      await say(
        chat,
        'agenda add Memorandum of Understanding across borough strategic groups by BB 20 min',
      ),
    ).toContain('Added item 1');
    expect(await say(chat, 'agenda add Training by EM')).toContain('Added item 2');
    await say(chat, 'agenda add Proposal that Education becomes Fourth Statutory Partner by BB');
    await say(chat, 'agenda add MET Police HMICFRS by LB 10 min');
    await say(chat, 'meeting start');
    await say(
      chat,
      'note BB noted that the meeting was not quorate. TC arrived half-way through the meeting. Actions would be sent to RS for approval.',
    );
    await say(chat, 'item minutes');
    expect(await say(chat, 'minutes approved')).toContain('agreed as an accurate record');
    await say(chat, 'item 1');
    await say(
      chat,
      'note BB presented the Document which had been agreed by Chairs of local strategic groups and Barbara Nicholls, Director of Adults Services.',
    );
    await say(
      chat,
      'note KC- the ICS Adult Safeguarding Lead was beginning in Aug. Amendment add Sect 3 Chief Nurse ICB.',
    );
    await say(chat, "decision This was agreed by the meeting, subject to RS' views.");
    await say(
      chat,
      'note LB stressed the need for this approach to some issues across Barking & Dagenham and Redbridge too.',
    );
    expect(await say(chat, 'next')).toContain('Now: 2 Training');
    await say(chat, 'note EM highlighted training cancellations in the table below.');
    await say(chat, 'agreed The group agreed for the cancellation charge to be levied.');
    await say(
      chat,
      'note LB wished to look at the issue of professional decision making across the Partnership.',
    );
    await say(chat, 'next');
    await say(chat, 'note BB explained that this arose from the MacAlister Review.');
    await say(chat, 'decision The meeting agreed this.');
    await say(chat, 'next');
    await say(
      chat,
      'note LB The Met has moved from Scan to Engage stage with the HMICFRS. This year the core issues to be considered would be Child Abuse and Domestic Abuse.',
    );
    await say(chat, 'item AOB');
    await say(
      chat,
      'note CK was happy to facilitate Tri-Borough meetings to get safeguarding issues / common themes discussed across the Tri-Borough.',
    );
    expect(await say(chat, 'next meeting 10 August 2-3pm')).toContain(
      'Next meeting: Wednesday 10 August 2022 2pm–3pm',
    );

    const [agendaReply] = await h.send(messageText(EM, chat, 'agenda'));
    const card = cardOf(agendaReply) as AdaptiveCard;
    expect(cardProblems(card)).toEqual([]);
    const json = JSON.stringify(card);
    for (const fragment of [
      'Memorandum of Understanding',
      'Agreed as an accurate record',
      'cancellation charge to be levied',
      'The meeting agreed this.',
      'Tri-Borough',
      'Next meeting: Wednesday 10 August 2022 2pm–3pm',
      'Wednesday 13 July 2022 · 2pm–3pm · MS Teams',
    ]) {
      expect(json).toContain(fragment);
    }
    expect(await say(chat, 'meeting end')).toContain('Meeting ended.');

    const { meetings } = await boardAndMeetings(chat);
    const [june, july, august] = meetings;
    expect(meetings.map((m) => [m.date, m.status, m.minutesStatus])).toEqual([
      ['2022-06-15', 'closed', 'approved'],
      ['2022-07-13', 'closed', 'draft'],
      ['2022-08-10', 'planned', 'draft'],
    ]);
    expect(july?.previousMeetingId).toBe(june?.id);
    expect(july?.previousMinutes?.outcome).toBe('approved');
    expect(july?.nextMeeting).toEqual({
      meetingId: august?.id,
      date: '2022-08-10',
      start: '14:00',
      end: '15:00',
    });
    const record = july!.agenda.map((i) => [
      i.number,
      i.presenters.map((p) => p.initials ?? p.name).join('/'),
      i.notes.length,
      i.decisions.length,
    ]);
    expect(record).toEqual([
      ['Welcome', '', 1, 0],
      ['Minutes', '', 0, 0],
      ['1', 'BB', 3, 1],
      ['2', 'EM', 2, 1],
      ['3', 'BB', 1, 1],
      ['4', 'LB', 1, 0],
      ['AOB', '', 1, 0],
      ['Next meeting', '', 0, 0],
    ]);
    expect(findItem(july!, '1')?.decisions[0]?.text).toBe(
      "This was agreed by the meeting, subject to RS' views.",
    );
  });
});

describe('running the meeting from the card', () => {
  it('two chairs clicking "next item" on the same card at once move the meeting by one item', async () => {
    const chat = await newBoard();
    await say(chat, 'meeting new Exec on 13/07/22 2-3pm');
    await say(chat, 'agenda add MoU');
    await say(chat, 'meeting start');
    const board = (await h.deps.boards.findByConversation(TENANT, chat.conversationId))!;
    const [meeting] = await h.deps.meetings.listForBoard(board.id);
    const from = meeting!.currentItemId!;
    const chairs = [
      { aadObjectId: aadOf(1), name: 'Brian Boxall' },
      { aadObjectId: aadOf(7), name: 'Elisabeth Major' },
    ];
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        moveMeeting(h.deps, {
          board,
          actor: chairs[i % 2]!,
          to: { next: true, fromItemId: from },
          meetingId: meeting!.id,
        }),
      ),
    );
    expect(results.filter((r) => r.moved)).toHaveLength(1);
    const after = await h.deps.meetings.findById(board.id, meeting!.id);
    expect(findItem(after!, 'minutes')?.id).toBe(after!.currentItemId);
  });

  const cardNextData = (card: Record<string, unknown> | undefined): Record<string, unknown> =>
    (
      (card as AdaptiveCard | undefined)?.actions?.find(
        (a) => a.title === 'Next item',
      ) as unknown as { data: Record<string, unknown> }
    ).data;

  it('a repeated "next item" click returns the current card instead of moving again', async () => {
    const chat = await newBoard();
    await say(chat, 'meeting new Exec on 13/07/22 2-3pm');
    await say(chat, 'meeting start');
    const [agenda] = await h.send(messageText(BB, chat, 'agenda'));
    const card = cardOf(agenda) as AdaptiveCard;
    const next = card.actions?.find((a) => a.title === 'Next item') as unknown as {
      data: Record<string, unknown>;
    };
    const first = await h.send(executeInvoke(BB, chat, Verbs.agendaNext, next.data));
    expect(JSON.stringify(cardOf(first[0]))).toContain('Now: Minutes');
    // The same card clicked again (Teams resends, or a second manager): its move has happened.
    const second = await h.send(executeInvoke(EM, chat, Verbs.agendaNext, next.data));
    expect(JSON.stringify(cardOf(second[0]))).toContain('Now: Minutes');
    // A card from before an earlier move does not say "Now:" for a move it did not ask for.
    await h.send(executeInvoke(BB, chat, Verbs.agendaNext, cardNextData(cardOf(first[0]))));
    const third = await h.send(executeInvoke(EM, chat, Verbs.agendaNext, next.data));
    expect(JSON.stringify(cardOf(third[0]))).toContain('The meeting is already at AOB');
  });

  it('members see the agenda without buttons and are refused changes, naming who can', async () => {
    const chat = await newBoard();
    await say(chat, 'meeting new Exec on 13/07/22 2-3pm');
    const [agenda] = await h.send(messageText(LB, chat, 'agenda'));
    const card = cardOf(agenda) as AdaptiveCard;
    expect(card.actions?.map((a) => a.title)).toEqual(['Refresh']);
    expect(await say(chat, 'agenda add Something', LB)).toContain(
      'Only Brian Boxall (BB), Elisabeth Major (EM) can change the agenda.',
    );
    expect(await say(chat, 'next', LB)).toContain('can move the meeting between items');
    expect(await say(chat, 'minutes approved', LB)).toContain(
      'can record whether the minutes were approved',
    );
  });

  it('card data naming another board’s meeting changes nothing', async () => {
    const mine = await newBoard();
    await say(mine, 'meeting new Exec on 13/07/22 2-3pm');
    const board = (await h.deps.boards.findByConversation(TENANT, mine.conversationId))!;
    const [meeting] = await h.deps.meetings.listForBoard(board.id);
    const other = await newBoard();
    const [reply] = await h.send(
      executeInvoke(EM, other, Verbs.meetingStart, { meetingId: meeting!.id }),
    );
    expect(JSON.stringify(reply?.value)).toContain('That card is not about a meeting of');
    expect((await h.deps.meetings.findById(board.id, meeting!.id))?.status).toBe('planned');
  });

  it('dialogs record a note, add an item and approve the minutes with amendments; a resubmitted note is kept once', async () => {
    const chat = await newBoard();
    await say(chat, 'meeting new Exec on 15/06/22 2-3pm');
    await say(chat, 'meeting new Exec on 13/07/22 2-3pm');
    await say(chat, 'meeting start');
    const board = (await h.deps.boards.findByConversation(TENANT, chat.conversationId))!;
    const meeting = (await h.deps.meetings.listForBoard(board.id))[1]!;
    const [opened] = await h.send(
      taskInvoke(EM, chat, 'task/fetch', { verb: Verbs.entryOpen, meetingId: meeting.id }),
    );
    const dialogCard = cardOf(opened) as AdaptiveCard;
    expect(cardProblems(dialogCard)).toEqual([]);
    const submitData = (dialogCard.actions?.[0] as unknown as { data: Record<string, unknown> })
      .data;
    const entry = {
      ...submitData,
      kind: 'decision',
      item: findItem(meeting, 'welcome')!.id,
      text: 'It was agreed to proceed.',
    };
    expect(textOf(await h.send(taskInvoke(EM, chat, 'task/submit', entry)))).toContain(
      'Decision recorded under item Welcome',
    );
    await h.send(taskInvoke(EM, chat, 'task/submit', entry));
    const afterNote = await h.deps.meetings.findById(board.id, meeting.id);
    expect(findItem(afterNote!, 'welcome')?.decisions).toHaveLength(1);

    expect(
      textOf(
        await h.send(
          taskInvoke(EM, chat, 'task/submit', {
            verb: Verbs.itemSubmit,
            meetingId: meeting.id,
            title: 'Budget',
            minutes: '10',
            kind: 'decision',
            confidential: 'true',
          }),
        ),
      ),
      /** A confidential item's title is restricted: the board's chat reads "Confidential item". */
    ).toContain('Added item 1: Confidential item (confidential)');
    const refused = await h.send(
      taskInvoke(EM, chat, 'task/submit', {
        verb: Verbs.minutesSubmit,
        meetingId: meeting.id,
        outcome: 'approved-with-amendments',
        text: ' ',
      }),
    );
    expect(JSON.stringify(cardOf(refused[0]))).toContain('Write the amendments');
    expect(
      textOf(
        await h.send(
          taskInvoke(EM, chat, 'task/submit', {
            verb: Verbs.minutesSubmit,
            meetingId: meeting.id,
            outcome: 'approved-with-amendments',
            text: 'Add Sect 3 Chief Nurse ICB',
          }),
        ),
      ),
    ).toContain('agreed with amendments: Add Sect 3 Chief Nurse ICB');
    const meetings = await h.deps.meetings.listForBoard(board.id);
    expect(meetings.map((m) => m.minutesStatus)).toEqual(['approved', 'draft']);
    expect(meetings[1]?.previousMinutes).toMatchObject({
      outcome: 'approved-with-amendments',
      text: 'Add Sect 3 Chief Nurse ICB',
    });
  });

  it('the edit dialog moves, renames and removes items', async () => {
    const chat = await newBoard();
    await say(chat, 'meeting new Exec on 13/07/22 2-3pm');
    await say(chat, 'agenda add MoU');
    await say(chat, 'agenda add Training');
    const board = (await h.deps.boards.findByConversation(TENANT, chat.conversationId))!;
    const [meeting] = await h.deps.meetings.listForBoard(board.id);
    const [opened] = await h.send(
      taskInvoke(EM, chat, 'task/fetch', { verb: Verbs.editOpen, meetingId: meeting!.id }),
    );
    expect(cardProblems(cardOf(opened) as AdaptiveCard)).toEqual([]);
    const training = findItem(meeting!, '2')!.id;
    const submit = (extra: Record<string, unknown>) =>
      h.send(
        taskInvoke(EM, chat, 'task/submit', {
          verb: Verbs.editSubmit,
          meetingId: meeting!.id,
          itemId: training,
          ...extra,
        }),
      );
    expect(JSON.stringify(cardOf((await submit({ op: 'up' }))[0]))).toContain(
      'Moved \\"Training\\" up.',
    );
    await submit({ op: 'rename', title: 'Training and cancellations' });
    const [refused] = await submit({ op: 'rename', title: '' });
    expect(JSON.stringify(cardOf(refused))).toContain('a new title to rename');
    await submit({ op: 'remove' });
    const after = await h.deps.meetings.findById(board.id, meeting!.id);
    expect(
      after!.agenda.filter((i) => i.standing === undefined).map((i) => `${i.number} ${i.title}`),
    ).toEqual(['1 MoU']);
    expect(await say(chat, 'agenda add Something', LB)).toContain('Only');
  });

  it('late papers are flagged and the chair accepts them on the papers card', async () => {
    const chat = await newBoard();
    h.deps.clock.set('2026-11-23T10:00:00Z');
    await say(chat, 'meeting new Exec on 26/11/26 2-3pm');
    await say(chat, 'agenda add Budget by LB');
    await say(chat, 'agenda add Training by EM');
    expect(await say(chat, 'paper 1 Budget report https://example.org/budget.pdf', LB)).toContain(
      'stays off the agenda pack unless the chair accepts it',
    );
    const [papers] = await h.send(messageText(BB, chat, 'papers'));
    const card = cardOf(papers) as AdaptiveCard;
    expect(cardProblems(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain('**2** Training — EM');
    const accept = JSON.stringify(card).match(/"verb":"paper.accept","data":(\{[^}]*\})/);
    const data = JSON.parse(accept![1]!) as Record<string, unknown>;
    const [answer] = await h.send(executeInvoke(BB, chat, Verbs.paperAccept, data));
    expect(JSON.stringify(cardOf(answer))).toContain('Accepted by the chair');
    expect(
      await say(
        chat,
        'paper 2 Training figures https://example.org/t.pdf',
        person(3, 'Robert South'),
      ),
    ).toContain('Only the item’s presenters or');
  });

  it('every verb on the agenda card has a route that answers', async () => {
    const chat = await newBoard();
    await say(chat, 'meeting new Exec on 15/06/22 2-3pm');
    await say(chat, 'meeting start');
    await say(chat, 'meeting end');
    await say(chat, 'meeting new Exec on 13/07/22 2-3pm');
    const [agenda] = await h.send(messageText(EM, chat, 'agenda'));
    const verbs = verbsOf(cardOf(agenda));
    expect(verbs.sort()).toEqual(
      [
        Verbs.entryOpen,
        Verbs.itemOpen,
        Verbs.editOpen,
        Verbs.agendaRefresh,
        Verbs.meetingStart,
        Verbs.minutesOpen,
        Verbs.apologiesSend,
      ].sort(),
    );
  });

  it('explains what is wrong with bad meeting commands', async () => {
    const chat = await newBoard();
    expect(await say(chat, 'agenda')).toContain('has no meeting planned');
    expect(await say(chat, 'meeting new Exec on 31/02/22')).toContain(
      '31/02/22 is not a real date',
    );
    expect(await say(chat, 'meeting new Exec')).toContain('Give the meeting a title and a date.');
    await say(chat, 'meeting new Exec on 13/07/22');
    expect(await say(chat, 'meeting new Other on 13/07/22')).toContain(
      'already has "Exec" at that time',
    );
    expect(await say(chat, 'item 9')).toContain('There is no item "9"');
    expect(await say(chat, 'next meeting 1 July 2022')).toContain('must come after this one');
    expect(await say(chat, 'agenda add 5a Orphan')).toContain(
      'is not a sub-item of an existing item',
    );
  });

  it('sets the next meeting just after the meeting has ended, on the meeting just held', async () => {
    const chat = await newBoard();
    await say(chat, 'meeting new Exec on 13/07/22 2-3pm');
    await say(chat, 'meeting start');
    await say(chat, 'meeting end');
    expect(await say(chat, 'next meeting 10 August 2-3pm')).toContain(
      'Next meeting: Wednesday 10 August 2022 2pm–3pm.',
    );
    const board = (await h.deps.boards.findByConversation(TENANT, chat.conversationId))!;
    const [held, next] = await h.deps.meetings.listForBoard(board.id);
    expect(held?.nextMeeting).toMatchObject({ meetingId: next?.id, date: '2022-08-10' });
    expect(next).toMatchObject({ status: 'planned', previousMeetingId: held?.id });
    expect(await say(chat, 'minutes approved')).toContain(
      'The minutes of Wednesday 13 July 2022 were agreed',
    );
  });
});
