import type { Board, Member } from '../../src/domain/board.js';
import { defaultAgencies, defaultRules } from '../../src/domain/board.js';
import type { BoardId, TenantId } from '../../src/domain/ids.js';
import { boardId, meetingId, memberId, tenantId } from '../../src/domain/ids.js';
import { boardIdFor } from '../../src/services/board-id-for.js';
import type { Meeting } from '../../src/domain/meeting.js';
import type { NewMeeting } from '../../src/domain/new-meeting.js';
import { newMeeting } from '../../src/domain/new-meeting.js';

export const TENANT = tenantId('11111111-1111-4111-8111-111111111111');

export const aadOf = (n: number): string =>
  `aaaaaaaa-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const member = (
  n: number,
  name: string,
  initials: string,
  overrides: Partial<Member> = {},
): Member => ({
  id: memberId(`m-${n}`),
  name,
  initials,
  role: 'member',
  aadObjectId: aadOf(n),
  deputies: [],
  ...overrides,
});

/**
 * The Havering executive of the reference minutes (13 July 2022), with its agencies. Tests may use
 * the reference minutes' names.
 */
export const haveringBoard = (overrides: Partial<Board> = {}): Board => {
  const tenant = overrides.tenantId ?? TENANT;
  const conversation = overrides.conversation ?? {
    id: `19:${Math.random().toString(16).slice(2)}@thread.v2`,
    kind: 'groupChat' as const,
  };
  return havering(boardIdFor(tenant, conversation.id), tenant, conversation, overrides);
};

/** Its id derives from its conversation, as every board's does (services/board-id-for.ts). */
const havering = (
  id: BoardId,
  tenant: TenantId,
  conversation: Board['conversation'],
  overrides: Partial<Board>,
): Board => ({
  id,
  tenantId: tenant,
  name: 'Havering Safeguarding Children Partnership — Executive',
  conversation,
  agencies: [
    ...defaultAgencies(),
    { code: 'EDU', name: 'Education', statutory: false },
    { code: 'IND', name: 'Independent', statutory: false },
  ],
  members: [
    member(1, 'Brian Boxall', 'BB', {
      role: 'chair',
      agencyCode: 'IND',
      designation: 'SAB Independent Chair LBH',
    }),
    member(2, 'Lewis Basford', 'LB', {
      agencyCode: 'POLICE',
      designation: 'Detective Superintendent, Public Protection East Area, BCU, MPS',
    }),
    member(3, 'Robert South', 'RS', {
      agencyCode: 'LA',
      designation: "Director Children's Services LBH",
    }),
    member(4, 'Korkor Ceasar', 'KC', {
      agencyCode: 'ICB',
      designation: 'Associate Director for Safeguarding Children NEL CCG',
    }),
    member(5, 'Trevor Cook', 'TC', {
      agencyCode: 'EDU',
      designation: 'Assistant Director Education, LBH',
    }),
    member(6, 'Jenny Pearce', 'JP', {
      role: 'scrutineer',
      agencyCode: 'IND',
      designation: 'Independent Scrutineer',
    }),
    member(7, 'Elisabeth Major', 'EM', {
      role: 'coordinator',
      designation: 'Partnerships and Learning Manager (notes)',
    }),
  ],
  rules: defaultRules(),
  createdAt: '2022-04-01T09:00:00.000Z',
  createdBy: aadOf(7),
  updatedAt: '2022-04-01T09:00:00.000Z',
  ...overrides,
});

let fixtureSeq = 0;
/** A planned "Executive Planning Meeting" on 13 July 2022 with its standing items; ids are unique. */
export const plannedMeeting = (overrides: Partial<NewMeeting> = {}): Meeting =>
  newMeeting({
    id: meetingId(`m${(fixtureSeq += 1)}`),
    boardId: boardId('b1'),
    tenantId: TENANT,
    title: 'Executive Planning Meeting',
    date: '2022-07-13',
    timeZone: 'Europe/London',
    now: new Date('2022-07-01T09:00:00Z'),
    newId: () => `i${(fixtureSeq += 1)}`,
    ...overrides,
  });
