import type { Board, Member } from '../domain/board.js';
import { defaultRules } from '../domain/board.js';
import { meetingId, memberId, tenantId } from '../domain/ids.js';
import { boardIdFor } from '../services/board-id-for.js';
import type { Meeting } from '../domain/meeting.js';
import { addAgendaItem } from '../domain/add-agenda-item.js';
import { newMeeting } from '../domain/new-meeting.js';
import { addDays, utcToZoned } from '../domain/zoned-time.js';

/** The playground's tenant and people (see .m365agentsplayground.yml); every name is fictional. */
export const DEMO_TENANT_ID = tenantId('7a1d0c55-3f0e-4c5e-9b7a-2d6f1e0a9c41');
export const DEMO_GROUP_CHAT_ID = 'quorate-demo-executive';
/** Derived like every board's id, so the playground's chat finds it by one point read. */
export const DEMO_BOARD_ID = boardIdFor(DEMO_TENANT_ID, DEMO_GROUP_CHAT_ID);
/** The id the demo board had before board ids were derived; `npm run seed` removes it. */
export const LEGACY_DEMO_BOARD_ID = 'demo-northfield-executive';

const person = (
  n: number,
  name: string,
  initials: string,
  designation: string,
  agencyCode: string,
  role: Member['role'],
): Member => ({
  id: memberId(`demo-member-${n}`),
  name,
  initials,
  designation,
  agencyCode,
  role,
  aadObjectId: `00000000-0000-4000-8000-0000000000${String(20 + n).padStart(2, '0')}`,
  email: `${name.split(' ')[0]?.toLowerCase() ?? 'user'}@northfield.example`,
  deputies: [],
});

export const demoMembers = (): Member[] => [
  person(0, 'Ruth Collins', 'RC', 'Partnership Business Manager', 'LA', 'coordinator'),
  person(1, 'Helen Marsh', 'HM', 'Independent Chair', 'IND', 'chair'),
  person(2, 'Daniel Price', 'DP', "Director of Children's Services", 'LA', 'member'),
  person(3, 'Priya Nair', 'PN', 'Detective Superintendent, Public Protection', 'POLICE', 'member'),
  person(4, 'Tom Ellery', 'TE', 'Chief Nurse', 'ICB', 'vice-chair'),
  person(5, 'Grace Adeyemi', 'GA', 'Assistant Director, Education', 'EDU', 'member'),
  person(6, 'Owen Hughes', 'OH', 'Independent Scrutineer', 'IND', 'scrutineer'),
  person(7, 'Marcus Bell', 'MB', 'Designated Doctor for Safeguarding', 'ICB', 'adviser'),
];

/** A fictional safeguarding children partnership executive with its four agencies. */
export const demoBoard = (now: Date): Board => ({
  id: DEMO_BOARD_ID,
  tenantId: DEMO_TENANT_ID,
  name: 'Northfield Safeguarding Children Partnership — Executive',
  conversation: { id: DEMO_GROUP_CHAT_ID, kind: 'groupChat' },
  agencies: [
    { code: 'LA', name: 'Northfield Council', statutory: true },
    { code: 'POLICE', name: 'Northfield Police', statutory: true },
    { code: 'ICB', name: 'Northfield Integrated Care Board', statutory: true },
    { code: 'EDU', name: 'Schools and colleges', statutory: false },
    { code: 'IND', name: 'Independent', statutory: false },
  ],
  members: demoMembers(),
  rules: defaultRules(),
  createdAt: now.toISOString(),
  createdBy: 'seed',
  updatedAt: now.toISOString(),
});

export const DEMO_MEETING_ID = meetingId('demo-northfield-executive-next');

/** The executive's next meeting, a week from today at 2pm, with a fictional agenda. */
export const demoMeeting = (board: Board, now: Date): Meeting => {
  const today = utcToZoned(now, board.rules.timeZone).date;
  let n = 0;
  const newId = (): string => `demo-item-${(n += 1)}`;
  let meeting = newMeeting({
    id: DEMO_MEETING_ID,
    boardId: board.id,
    tenantId: board.tenantId,
    title: 'Executive Planning Meeting',
    date: addDays(today, 7),
    start: '14:00',
    end: '15:30',
    timeZone: board.rules.timeZone,
    venue: 'MS Teams',
    now,
    newId,
  });
  const item = (title: string, presenters: string[], minutes: number) => {
    meeting = addAgendaItem(
      meeting,
      {
        title,
        minutes,
        presenters: presenters.map((initials) => {
          const m = board.members.find((x) => x.initials === initials);
          return m === undefined
            ? { name: initials }
            : { name: m.name, initials: m.initials, memberId: m.id };
        }),
      },
      newId(),
    ).meeting;
  };
  item('Multi-agency safeguarding arrangements: yearly report', ['RC'], 20);
  item('Training and cancellation charges', ['RC', 'GA'], 15);
  item('Child exploitation: police update', ['PN'], 15);
  item('Health: designated doctor vacancy', ['TE', 'MB'], 10);
  return meeting;
};
