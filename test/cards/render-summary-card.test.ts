import { describe, expect, it } from 'vitest';
import { CARD_BUDGET, cardBytes, TEAMS_MESSAGE_LIMIT } from '../../src/cards/card-size.js';
import type { SummaryView } from '../../src/cards/render-summary-card.js';
import { renderSummaryCard } from '../../src/cards/render-summary-card.js';
import type { Action, Owner } from '../../src/domain/action.js';
import type { CarriedAction } from '../../src/domain/action-log-review.js';
import type { Attendance } from '../../src/domain/attendance.js';
import { emptyAttendance, setRecord } from '../../src/domain/attendance.js';
import type { Board } from '../../src/domain/board.js';
import { discloseAction, discloseMeeting } from '../../src/domain/disclosure.js';
import { actionId, meetingId } from '../../src/domain/ids.js';
import type { AgendaItem, Entry, Meeting } from '../../src/domain/meeting.js';
import { evaluateQuorum } from '../../src/domain/quorum.js';
import { actionOf } from '../support/action-fixture.js';
import { haveringBoard, member, plannedMeeting } from '../support/fixtures.js';
import { cardProblems } from '../support/validate-card.js';

const entry = (id: string, words: string, number: number): Entry => ({
  id,
  text: words,
  at: '2022-07-13T13:10:00.000Z',
  by: 'x',
  subjectToRatification: false,
  number,
});

const LONG =
  'The partnership discussed the findings at length, including the learning from the rapid reviews, the training cancellations and what each agency would do next.';

/** A large board: 40 members, 15 items with notes and decisions, 60 actions raised and carried. */
const large = (): {
  board: Board;
  meeting: Meeting;
  raised: Action[];
  carried: CarriedAction[];
} => {
  const agencies = ['LA', 'POLICE', 'ICB', 'EDU', 'IND'];
  const board = haveringBoard({
    members: Array.from({ length: 40 }, (_, i) =>
      member(100 + i, `Member Number ${i + 1} Longname`, `M${i + 1}`, {
        agencyCode: agencies[i % agencies.length]!,
        ...(i === 0 && { role: 'chair' as const }),
        ...(i === 39 && { role: 'coordinator' as const }),
      }),
    ),
  });
  let attendance: Attendance = emptyAttendance();
  board.members.forEach((m, i) => {
    attendance = setRecord(attendance, {
      memberId: m.id,
      code: i % 7 === 0 ? 'SA' : i % 5 === 0 ? 'SD' : 'A',
      ...(i % 5 === 0 &&
        i % 7 !== 0 && { deputy: { name: `Deputy ${i}`, designation: 'Head of Service' } }),
      source: 'chair',
      at: '',
    });
  });
  const base = plannedMeeting();
  const items: AgendaItem[] = Array.from({ length: 15 }, (_, i) => ({
    ...base.agenda[0]!,
    id: `item-${i}`,
    number: String(i + 1),
    title: `Item ${i + 1} on the partnership’s priorities`,
    standing: undefined,
    notes: [1, 2, 3].map((n) => entry(`n${i}-${n}`, `${LONG} (${i + 1}.${n})`, i * 3 + n)),
    decisions: [entry(`d${i}`, `Decision ${i + 1}: the board agreed the proposal.`, i + 1)],
  }));
  const meeting: Meeting = {
    ...base,
    status: 'closed',
    agenda: items,
    attendance: {
      ...attendance,
      guests: [{ id: 'g1', name: 'Barbara Nicholls', designation: 'Director of Adults' }],
      minuteTaker: 'Member Number 40 Longname',
    },
    nextMeeting: { meetingId: meetingId('next'), date: '2022-08-10', start: '14:00' },
  };
  const owners = (i: number): Owner[] => {
    const m = board.members[i % 40]!;
    return [{ kind: 'member', memberId: m.id, initials: m.initials, name: m.name }];
  };
  const raised = Array.from({ length: 30 }, (_, i) =>
    actionOf(board, {
      id: actionId(`r${i}`),
      number: 100 + i,
      reference: `13.07.22 ref ${(i % 15) + 1}.${Math.floor(i / 15) + 1}`,
      meetingId: meeting.id,
      text: `${LONG} New ${i + 1}`,
      owners: owners(i),
      due: '2022-09-30',
    }),
  );
  const carried = Array.from({ length: 30 }, (_, i) => ({
    action: actionOf(board, {
      id: actionId(`c${i}`),
      number: 40 + i,
      reference: `15.06.22 ref ${(i % 5) + 1}.1`,
      text: `${LONG} Carried ${i + 1}`,
      owners: owners(i + 3),
      status: 'ongoing' as const,
      due: '2022-10-31',
    }),
    events: [
      {
        at: '2022-07-13T13:30:00.000Z',
        by: 'x',
        kind: 'update' as const,
        text: `${LONG} Update ${i + 1}`,
      },
      {
        at: '2022-07-13T13:31:00.000Z',
        by: 'x',
        kind: 'due' as const,
        from: '2022-07-31',
        to: '2022-10-31',
      },
    ],
  }));
  return { board, meeting, raised, carried };
};

const view = (overrides: Partial<SummaryView> = {}): SummaryView => {
  const { board, meeting, raised, carried } = large();
  return {
    board,
    meeting,
    quorum: evaluateQuorum(board, meeting.attendance, meeting.date),
    actions: raised,
    carried,
    forChannel: false,
    canPost: true,
    minutesUrl: 'https://quorate.example/files/minutes?sig=abc',
    ...overrides,
  };
};

describe('a long summary stays under Teams’ size limit', () => {
  it('with 40 members, 15 items and 60 actions: under the limit, essentials kept, linked to the minutes', () => {
    const card = renderSummaryCard(view());
    const json = JSON.stringify(card);
    expect(cardProblems(card)).toEqual([]);
    expect(cardBytes(card)).toBeLessThanOrEqual(CARD_BUDGET);
    expect(CARD_BUDGET).toBeLessThan(TEAMS_MESSAGE_LIMIT);
    expect(json).toContain(
      'Shortened to fit Teams: the full record is in the minutes (button below).',
    );
    expect(json).toContain(
      '"title":"Minutes (.docx)","url":"https://quorate.example/files/minutes?sig=abc"',
    );
    expect(json).toContain('more in the minutes.');
    /** Essentials: every member with their code, the quorum, the next meeting. */
    for (let i = 1; i <= 39; i += 1) expect(json).toContain(`Member Number ${i} Longname (M${i})`);
    expect(json).toContain('Deputy 5 (Head of Service) for M6');
    expect(json).toContain('Next meeting: Wednesday 10 August 2022 2pm');
    expect(json).toContain('**100** (13.07.22 ref 1.1) Member Number 1 Longname (M1) to');
  });

  it('the channel version, redacted, also fits and says to ask for the minutes', () => {
    const { minutesUrl: _link, ...withoutLink } = view({ forChannel: true, canPost: false });
    const channel = renderSummaryCard(withoutLink);
    expect(cardProblems(channel)).toEqual([]);
    expect(cardBytes(channel)).toBeLessThanOrEqual(CARD_BUDGET);
    expect(JSON.stringify(channel)).toContain(
      'the full record is in the minutes — type \\"minutes\\"',
    );
    expect(JSON.stringify(channel)).not.toContain('Post to channel');
  });

  it('a short meeting is shown whole', () => {
    const { board, meeting, raised, carried } = large();
    const short = { ...meeting, agenda: meeting.agenda.slice(0, 2) };
    const card = renderSummaryCard(
      view({ board, meeting: short, actions: raised.slice(0, 2), carried: carried.slice(0, 2) }),
    );
    const json = JSON.stringify(card);
    expect(json).not.toContain('Shortened');
    expect(json).toContain('N1 The partnership discussed');
    expect(json).toContain('Update: The partnership discussed');
    expect(json).toContain('Revised date: 31.10.22');
    expect(json).toContain('**Ongoing** – revised date Monday 31 October 2022');
  });
});

describe('the summary as minutes record it', () => {
  const board = haveringBoard();
  const at = (initials: string) => board.members.find((m) => m.initials === initials)!;
  let attendance: Attendance = {
    ...emptyAttendance(),
    minuteTaker: 'Elisabeth Major',
    ratifier: 'Robert South (RS)',
  };
  for (const [initials, code] of [
    ['BB', 'A'],
    ['LB', 'A'],
    ['RS', 'SD'],
    ['KC', 'A'],
    ['TC', 'A'],
    ['JP', 'SA'],
  ] as const)
    attendance = setRecord(attendance, {
      memberId: at(initials).id,
      code,
      ...(initials === 'RS' && {
        deputy: { name: 'Jane Doe', designation: 'Head of Children’s Social Care' },
      }),
      ...(initials === 'TC' && { late: { atItem: '2' } }),
      source: 'chair',
      at: '',
    });
  attendance = {
    ...attendance,
    guests: [
      { id: 'g', name: 'Barbara Nicholls', designation: 'Director of Adults', forItem: '2' },
    ],
  };
  const base = plannedMeeting();
  const confidential: AgendaItem = {
    ...base.agenda[0]!,
    id: 'secret',
    number: '2',
    title: 'Child J rapid review',
    standing: undefined,
    confidential: true,
    notes: [entry('n1', 'Child J was seen by the panel.', 1)],
    decisions: [entry('d1', 'Child J to the panel.', 1)],
    actual: { startedAt: '2022-07-13T13:20:00.000Z', endedAt: '2022-07-13T13:35:00.000Z' },
  };
  const meeting: Meeting = {
    ...base,
    status: 'closed',
    agenda: [...base.agenda, confidential],
    attendance,
    previousMinutes: {
      outcome: 'approved-with-amendments',
      text: 'Section 3 to name the Chief Nurse, ICB.',
      at: '',
      by: '',
    },
  };
  const secretAction = actionOf(board, {
    id: actionId('s'),
    number: 4,
    meetingId: meeting.id,
    itemId: 'secret',
    confidential: true,
    text: 'Refer Child J',
  });

  it('names members with initials, agency and code, the deputy for whom, apologies, also in attendance', () => {
    const json = JSON.stringify(
      renderSummaryCard({
        board,
        meeting,
        quorum: evaluateQuorum(board, attendance, meeting.date),
        actions: [],
        carried: [],
        forChannel: false,
        canPost: false,
      }),
    );
    for (const fragment of [
      'Brian Boxall (BB) · IND — **A**',
      'Robert South (RS) · LA — **SD**',
      'Jane Doe (Head of Children’s Social Care) for RS',
      'Trevor Cook (TC) · EDU — **A** · arrived late (item 2)',
      'Jenny Pearce (JP) · IND — **SA**',
      '"text":"Apologies"',
      '"text":"Jenny Pearce (JP)"',
      'Also in attendance',
      'Elisabeth Major (EM), Partnerships and Learning Manager (notes) — minutes',
      'Barbara Nicholls (Director of Adults) — for item 2',
      'Decisions and actions go to Robert South (RS) for ratification.',
      'Minutes of the previous meeting: **agreed with amendments**: Section 3 to name the Chief Nurse, ICB.',
      '**2 Child J rapid review** · 2.20pm–2.35pm',
      'No actions carried from earlier meetings.',
    ])
      expect(json).toContain(fragment);
    expect(json).not.toMatch(/Elisabeth Major \(EM\)[^"]*\*\*(A|DNA)\*\*/);
  });

  it('the channel version leaves out what the confidential item holds', () => {
    const policy = { boardChatMayShowConfidential: false };
    const shown = discloseMeeting(meeting, { kind: 'board-chat' }, policy);
    const json = JSON.stringify(
      renderSummaryCard({
        board,
        meeting: shown,
        quorum: evaluateQuorum(board, attendance, meeting.date),
        actions: [discloseAction(secretAction, { kind: 'board-chat' }, policy)],
        carried: [],
        forChannel: true,
        redacted: true,
        canPost: false,
      }),
    );
    expect(json).not.toContain('Child J');
    expect(json).toContain('Confidential item — see the restricted minutes');
    expect(json).toContain('Barbara Nicholls (Director of Adults)"');
    expect(json).toContain('Confidential items are left out of this version.');
  });
});
