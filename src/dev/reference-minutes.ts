import type { Action, ActionEvent, Owner } from '../domain/action.js';
import type { AgendaItem, Entry, Meeting } from '../domain/meeting.js';
import type { Board, Member } from '../domain/board.js';
import { defaultAgencies, defaultRules } from '../domain/board.js';
import { actionId, boardId, meetingId, memberId, tenantId } from '../domain/ids.js';
import { newMeeting } from '../domain/new-meeting.js';
import type { MinutesInput } from '../exports/minutes-input.js';

/**
 * A Herefordshire-style board meeting of 19 February 2020 (people invented), with the parts real
 * minutes have: attendance over three meetings, a deputy, officers and a guest in attendance,
 * apologies, a late arrival, items with notes, decisions and actions, and an action-log review of
 * actions carried from October and December ("Action No 15 (23.10.19 ref 4.1) … Ongoing – revised
 * date"). Used by the render test and by `npm run screenshot:minutes`.
 */
const BOARD = boardId('hereford-demo');
const TENANT = tenantId('00000000-0000-4000-8000-000000000000');

const member = (n: number, name: string, initials: string, more: Partial<Member> = {}): Member => ({
  id: memberId(`hm-${n}`),
  name,
  initials,
  role: 'member',
  deputies: [],
  ...more,
});

const MEMBERS: Member[] = [
  member(1, 'Ivan Powell', 'IP', {
    role: 'chair',
    agencyCode: 'IND',
    designation: 'Independent Chair',
  }),
  member(2, 'Paul Gwynne', 'PG', {
    agencyCode: 'LA',
    designation: 'Director of Children’s Services',
  }),
  member(3, 'Elaine Fisher', 'EF', {
    agencyCode: 'POLICE',
    designation: 'Detective Chief Inspector, West Mercia Police',
  }),
  member(4, 'Kate Wilson', 'KW', {
    agencyCode: 'ICB',
    designation: 'Designated Nurse, Herefordshire CCG',
  }),
  member(5, 'Martin Hughes', 'MH', {
    agencyCode: 'EDU',
    designation: 'Head Teacher, Riverside Primary',
    memberFrom: '2019-12-01',
  }),
  member(6, 'Sian Roberts', 'SR', {
    agencyCode: 'PROB',
    designation: 'Head of Probation Delivery Unit',
  }),
  member(7, 'Juliet Bryant', 'JB', {
    role: 'coordinator',
    designation: 'Partnership Business Manager',
  }),
];

export const referenceBoard = (): Board => ({
  id: BOARD,
  tenantId: TENANT,
  name: 'Herefordshire Safeguarding Children Partnership',
  conversation: { id: '19:hereford-demo@thread.v2', kind: 'groupChat' },
  agencies: [
    ...defaultAgencies(),
    { code: 'EDU', name: 'Education', statutory: false },
    { code: 'PROB', name: 'Probation', statutory: false },
    { code: 'IND', name: 'Independent', statutory: false },
  ],
  members: MEMBERS,
  rules: defaultRules(),
  createdAt: '2019-09-01T09:00:00.000Z',
  createdBy: 'demo',
  updatedAt: '2019-09-01T09:00:00.000Z',
});

const id = (n: number): MemberId => memberId(`hm-${n}`);
type MemberId = Member['id'];

let seq = 0;
const held = (date: string, codes: Record<number, 'A' | 'SD' | 'SA' | 'DNA'>): Meeting => ({
  ...newMeeting({
    id: meetingId(`hm-${date}`),
    boardId: BOARD,
    tenantId: TENANT,
    title: 'Safeguarding Partnership Board',
    date,
    start: '10:00',
    end: '12:00',
    timeZone: 'Europe/London',
    venue: 'Mordiford Room, Plough Lane, Hereford',
    now: new Date(`${date}T08:00:00Z`),
    newId: () => `hi-${(seq += 1)}`,
  }),
  status: 'closed',
  attendance: {
    records: Object.entries(codes).map(([n, code]) => ({
      memberId: id(Number(n)),
      code,
      source: 'chair' as const,
      at: `${date}T10:05:00.000Z`,
    })),
    guests: [],
    visitors: [],
  },
});

const entry = (n: number, at: string, text: string): Entry => ({
  id: `he-${n}`,
  number: n,
  text,
  at,
  by: 'Juliet Bryant',
  subjectToRatification: false,
});

const item = (number: string, title: string, more: Partial<AgendaItem>): AgendaItem => ({
  id: `hitem-${number}`,
  number,
  title,
  presenters: [],
  minutes: 20,
  kind: 'discussion',
  confidential: false,
  papers: [],
  notes: [],
  decisions: [],
  ...more,
});

const FEB = '2020-02-19';
const at = (time: string): string => `${FEB}T${time}:00.000Z`;

const meeting = (): Meeting => {
  const base = held(FEB, { 1: 'A', 2: 'SD', 3: 'A', 4: 'A', 5: 'A', 6: 'SA', 7: 'A' });
  const [welcome, minutes, aob, next] = base.agenda as [
    AgendaItem,
    AgendaItem,
    AgendaItem,
    AgendaItem,
  ];
  return {
    ...base,
    startedAt: at('10:00'),
    endedAt: at('11:55'),
    attendance: {
      ...base.attendance!,
      records: base.attendance!.records.map((r) =>
        r.memberId === id(2)
          ? {
              ...r,
              deputy: {
                name: 'Gill Cox',
                designation: 'Assistant Director, Safeguarding and Family Support',
              },
            }
          : r.memberId === id(5)
            ? { ...r, late: { atItem: '2' } }
            : r,
      ),
      guests: [
        { id: 'g1', name: 'Dr Anna Price', designation: 'Consultant Paediatrician', forItem: '1' },
      ],
      minuteTaker: 'Juliet Bryant (JB)',
    },
    previousMinutes: { outcome: 'approved', at: at('10:08'), by: 'Ivan Powell' },
    agenda: [
      welcome,
      { ...minutes, actual: { startedAt: at('10:05'), endedAt: at('10:25') } },
      item('1', 'Neglect strategy and toolkit', {
        actual: { startedAt: at('10:25'), endedAt: at('10:50') },
        notes: [
          entry(
            1,
            at('10:30'),
            'KW presented the revised neglect strategy; comments from partners had been incorporated and the graded care profile would be used across all agencies.',
          ),
          entry(
            2,
            at('10:40'),
            'Dr Price described the health pathway for children where neglect is suspected.',
          ),
        ],
        decisions: [
          entry(1, at('10:45'), 'The board approved the neglect strategy for publication.'),
        ],
      }),
      item('2', 'Rapid review: Child L', {
        actual: { startedAt: at('10:50'), endedAt: at('11:20') },
        notes: [
          entry(
            3,
            at('11:00'),
            'EF summarised the rapid review; the panel had agreed a local child safeguarding practice review was not required.',
          ),
        ],
        decisions: [
          entry(2, at('11:15'), 'Learning to be shared through a seven-minute briefing.'),
        ],
      }),
      item('3', 'Section 11 audit 2019–20', {
        actual: { startedAt: at('11:20'), endedAt: at('11:45') },
        notes: [
          entry(
            4,
            at('11:30'),
            'JB reported 14 of 17 agencies had returned the audit; the remaining three were being chased.',
          ),
        ],
      }),
      aob,
      next,
    ],
    nextMeeting: {
      meetingId: meetingId('hm-2020-04-22'),
      date: '2020-04-22',
      start: '10:00',
      end: '12:00',
    },
  };
};

const owner = (n: number): Owner => {
  const m = MEMBERS[n - 1]!;
  return { kind: 'member', memberId: m.id, initials: m.initials, name: m.name };
};

const ev = (
  when: string,
  kind: ActionEvent['kind'],
  more: Partial<ActionEvent> = {},
): ActionEvent => ({
  at: when,
  by: 'demo',
  kind,
  ...more,
});

const action = (
  number: number,
  more: Partial<Action> & Pick<Action, 'text' | 'owners'>,
): Action => ({
  id: actionId(`ha-${number}`),
  boardId: BOARD,
  tenantId: TENANT,
  number,
  status: 'open',
  subjectToRatification: false,
  history: [],
  createdAt: '2019-10-23T11:00:00.000Z',
  createdBy: 'demo',
  updatedAt: '2019-10-23T11:00:00.000Z',
  revision: 1,
  ...more,
});

const carried = (): Action[] => [
  action(15, {
    reference: '23.10.19 ref 4.1',
    meetingId: meetingId('hm-2019-10-23'),
    text: 'Circulate the neglect strategy to partners for comment',
    owners: [owner(4)],
    status: 'ongoing',
    due: '2020-03-31',
    history: [
      ev('2019-12-10T09:00:00.000Z', 'update', {
        text: 'Draft circulated to the Development & Practice Group',
        from: 'open',
        to: 'ongoing',
      }),
      ev('2020-01-15T09:00:00.000Z', 'update', {
        text: 'Comments received from police and education',
        from: 'ongoing',
        to: 'ongoing',
      }),
      ev(at('10:30'), 'due', { from: '2019-12-18', to: '2020-03-31' }),
    ],
  }),
  action(16, {
    reference: '23.10.19 ref 5.2',
    meetingId: meetingId('hm-2019-10-23'),
    text: 'Publish the learning brief from the Child K review',
    owners: [owner(3)],
    status: 'completed',
    due: '2019-12-18',
    history: [
      ev(at('10:20'), 'status', {
        text: 'Published on the partnership website',
        from: 'open',
        to: 'completed',
      }),
    ],
  }),
  action(18, {
    reference: '18.12.19 ref 2.1',
    meetingId: meetingId('hm-2019-12-18'),
    createdAt: '2019-12-18T11:00:00.000Z',
    text: 'Report school exclusion figures for children on a plan',
    owners: [owner(5), { kind: 'agency', code: 'LA', name: 'Local authority', initials: 'LA' }],
    due: '2020-02-19',
    history: [
      ev('2020-02-12T09:00:00.000Z', 'update', {
        text: 'Figures requested from the Education Access team',
        from: 'open',
        to: 'ongoing',
      }),
    ],
    status: 'ongoing',
  }),
];

const raised = (): Action[] => [
  action(19, {
    reference: '19.02.20 ref 1.1',
    meetingId: meetingId(`hm-${FEB}`),
    itemId: 'hitem-1',
    createdAt: at('10:46'),
    text: 'Launch the neglect strategy at the March practitioner forum',
    owners: [owner(4), owner(7)],
    due: '2020-03-26',
  }),
  action(20, {
    reference: '19.02.20 ref 2.1',
    meetingId: meetingId(`hm-${FEB}`),
    itemId: 'hitem-2',
    createdAt: at('11:16'),
    text: 'Write the seven-minute briefing on Child L',
    owners: [{ kind: 'group', name: 'the Business Unit', initials: 'BU' }],
    due: '2020-04-22',
  }),
];

/** The minutes input for the meeting, as the restricted (members') version. */
export const referenceMinutesInput = (): MinutesInput => ({
  board: referenceBoard(),
  meeting: meeting(),
  earlier: [
    held('2019-10-23', { 1: 'A', 2: 'A', 3: 'SD', 4: 'A', 6: 'A', 7: 'A' }),
    held('2019-12-18', { 1: 'A', 2: 'A', 3: 'A', 4: 'SA', 5: 'A', 6: 'DNA', 7: 'A' }),
  ],
  actions: raised(),
  carried: carried(),
  version: 'restricted',
});
