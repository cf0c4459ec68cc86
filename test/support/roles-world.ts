import type { PluginConfig } from '@azure/cosmos';
import type { Action } from '../../src/domain/action.js';
import type { Board, Member, Role } from '../../src/domain/board.js';
import { defaultAgencies, defaultRules } from '../../src/domain/board.js';
import type { TenantId } from '../../src/domain/ids.js';
import { actionId, memberId, meetingId } from '../../src/domain/ids.js';
import type { Meeting } from '../../src/domain/meeting.js';
import { addAgendaItem } from '../../src/domain/add-agenda-item.js';
import { newMeeting } from '../../src/domain/new-meeting.js';
import { boardIdFor } from '../../src/services/board-id-for.js';
import type { Deps } from '../../src/services/ports.js';
import { aadOf } from './fixtures.js';
import type { Person, Where } from './teams-harness.js';
import { person } from './teams-harness.js';

/** One document write Cosmos acknowledged: container and document id. */
export type DocWrite = { container: string; id: string; op: string };

const WRITE_OPERATIONS = new Set(['create', 'replace', 'upsert', 'delete', 'patch']);

/**
 * An audit entry is named as the audit log's write whatever container holds it: entries live in
 * the board's partition of the actions container, written in one batch with what they audit.
 */
const containerOf = (container: string, doc: unknown): string =>
  (typeof doc === 'object' && doc !== null && (doc as { type?: unknown }).type === 'audit') ||
  (typeof doc === 'string' && doc.includes('"type":"audit"'))
    ? 'audit'
    : container;

/**
 * Records every document write the app makes (after Cosmos acknowledged it), so a test can say
 * "exactly these documents, once each" rather than compare snapshots.
 */
export class WriteRecorder {
  readonly writes: DocWrite[] = [];

  readonly plugin: PluginConfig = {
    on: 'request',
    plugin: async (context, _diagnosticNode, next) => {
      const response = await next(context);
      const op = String(context.operationType ?? '');
      const batch: unknown =
        op === 'batch' && typeof context.body === 'string'
          ? JSON.parse(context.body)
          : context.body;
      if (op === 'batch' && Array.isArray(batch)) {
        /** A transactional batch: each write it kept, as if it had been sent alone. */
        const container = /\/colls\/([^/]+)/.exec(context.path ?? '')?.[1] ?? '?';
        const answers = (response.result ?? []) as { statusCode?: number }[];
        (
          batch as { operationType?: string; id?: string; resourceBody?: { id?: string } }[]
        ).forEach((operation, i) => {
          if ((answers[i]?.statusCode ?? 500) >= 400) return;
          this.writes.push({
            container: containerOf(container, operation.resourceBody),
            id: operation.resourceBody?.id ?? operation.id ?? '?',
            op: String(operation.operationType ?? '?').toLowerCase(),
          });
        });
        return response;
      }
      if (String(context.resourceType ?? '') === 'docs' && WRITE_OPERATIONS.has(op)) {
        const path = context.path ?? '';
        const container = /\/colls\/([^/]+)/.exec(path)?.[1] ?? '?';
        const fromPath = /\/docs\/([^/]+)$/.exec(path)?.[1];
        const body = context.body as { id?: unknown } | string | undefined;
        const fromBody =
          typeof body === 'object' && body !== null && typeof body.id === 'string'
            ? body.id
            : typeof body === 'string'
              ? (/"id":"([^"]+)"/.exec(body)?.[1] ?? undefined)
              : undefined;
        this.writes.push({
          container: containerOf(container, body),
          id: decodeURIComponent(fromPath ?? fromBody ?? '?'),
          op,
        });
      }
      return response;
    },
  };

  /** Writes since `from` (an index into `writes`). */
  since(from: number): DocWrite[] {
    return this.writes.slice(from);
  }
}

export type RoleName =
  | 'chair'
  | 'vice-chair'
  | 'coordinator'
  | 'member'
  | 'owner'
  | 'deputy'
  | 'guest'
  | 'other-board'
  | 'other-tenant';

export const ROLE_NAMES: readonly RoleName[] = [
  'chair',
  'vice-chair',
  'coordinator',
  'member',
  'owner',
  'deputy',
  'guest',
  'other-board',
  'other-tenant',
];

/** Who each board member is, by offset from the world's base person number. */
const CAST: { k: number; name: string; initials: string; role: Role; agency?: string }[] = [
  { k: 1, name: 'Brian Boxall', initials: 'BB', role: 'chair', agency: 'IND' },
  { k: 2, name: 'Vera Chandler', initials: 'VC', role: 'vice-chair', agency: 'LA' },
  { k: 3, name: 'Elisabeth Major', initials: 'EM', role: 'coordinator' },
  { k: 4, name: 'Lewis Basford', initials: 'LB', role: 'member', agency: 'POLICE' },
  { k: 5, name: 'Robert South', initials: 'RS', role: 'member', agency: 'LA' },
  { k: 6, name: 'Korkor Ceasar', initials: 'KC', role: 'member', agency: 'ICB' },
];

/** People of a world who are not members of its board. */
const DEPUTY_K = 7;
const GUEST_K = 8;
const VISITOR_K = 9;
/** Chair of the other board (same tenant), and a user of another tenant. */
const OTHER_BOARD_K = 10;
const OTHER_TENANT_K = 11;
export const WORLD_SPAN = 12;
/** Other boards' people never share a number with any world's. */
export const OTHER_BOARD_OFFSET = 500_000;

export type MeetingPhase = 'running' | 'planned';

/**
 * One board with everything a state-changing verb can act on: a closed previous meeting whose
 * minutes are in draft, today's meeting (running, or planned) with two items, a late paper, a deputy
 * attending for KC, a guest and a visitor waiting for the chair; action 1 owned by RS with a date
 * RS proposed, action 2 completed.
 */
export type World = {
  tenantId: TenantId;
  board: Board;
  where: Where;
  people: Record<Exclude<RoleName, 'other-tenant'>, Person> & { visitor: Person };
  previous: Meeting;
  /** A meeting before `previous` whose minutes `previous` approved. */
  approved: Meeting;
  meeting: Meeting;
  itemIds: { first: string; second: string };
  paperId: string;
  action: Action;
  completed: Action;
  /** The ids written while building it (every other id a cell writes is new). */
  ids: Set<string>;
};

const membersOf = (base: number): Member[] =>
  CAST.map((c) => ({
    id: memberId(`m-${base + c.k}`),
    name: c.name,
    initials: c.initials,
    role: c.role,
    aadObjectId: aadOf(base + c.k),
    ...(c.agency !== undefined && { agencyCode: c.agency }),
    deputies: [],
  }));

const TODAY = '2026-11-23';

/** Builds a world through the repositories (no audit entries, no reminders). */
export const buildWorld = async (
  deps: Deps,
  base: number,
  tenant: TenantId,
  phase: MeetingPhase,
): Promise<World> => {
  const where: Where = {
    conversationId: `19:roles-${base}-${Math.random().toString(16).slice(2, 10)}@thread.v2`,
    kind: 'groupChat',
    tenantId: tenant,
  };
  const now = deps.clock.now();
  const at = now.toISOString();
  const members = membersOf(base);
  const board = await deps.boards.create({
    id: boardIdFor(tenant, where.conversationId),
    tenantId: tenant,
    name: `Roles Board ${base}`,
    conversation: { id: where.conversationId, kind: 'groupChat' },
    agencies: [...defaultAgencies(), { code: 'IND', name: 'Independent', statutory: false }],
    members,
    rules: defaultRules(),
    /** ICB names a delegate (for `delegate remove`); Dana Deputy, attending for KC, is not one. */
    delegates: [
      {
        agencyCode: 'ICB',
        name: 'Dee Smith',
        designation: 'Designated nurse',
        addedAt: '2022-04-01T09:00:00.000Z',
        addedBy: aadOf(base + 3),
      },
    ],
    createdAt: '2022-04-01T09:00:00.000Z',
    createdBy: aadOf(base + 3),
    updatedAt: '2022-04-01T09:00:00.000Z',
  });
  let n = 0;
  const newId = () => `w${base}-${(n += 1)}`;
  const previous = await deps.meetings.create({
    ...newMeeting({
      id: meetingId(newId()),
      boardId: board.id,
      tenantId: tenant,
      title: 'Executive Planning Meeting',
      date: '2026-10-19',
      start: '10:00',
      end: '12:00',
      timeZone: 'Europe/London',
      now,
      newId,
    }),
    status: 'closed',
    startedAt: '2026-10-19T09:00:00.000Z',
    endedAt: '2026-10-19T11:00:00.000Z',
  });
  /** September's meeting, its minutes approved at October's: changing them is an amendment. */
  const approved = await deps.meetings.create({
    ...newMeeting({
      id: meetingId(newId()),
      boardId: board.id,
      tenantId: tenant,
      title: 'Executive Planning Meeting',
      date: '2026-09-21',
      start: '10:00',
      end: '12:00',
      timeZone: 'Europe/London',
      now,
      newId,
    }),
    status: 'closed',
    startedAt: '2026-09-21T09:00:00.000Z',
    endedAt: '2026-09-21T11:00:00.000Z',
    minutesStatus: 'approved',
    minutesApproval: {
      at: '2026-10-19T09:10:00.000Z',
      by: aadOf(base + 1),
      atMeetingId: previous.id,
      atMeetingDate: '2026-10-19',
    },
  });
  const kc = members.find((m) => m.initials === 'KC')!;
  const planned = newMeeting({
    id: meetingId(newId()),
    boardId: board.id,
    tenantId: tenant,
    title: 'Executive Planning Meeting',
    date: TODAY,
    start: '10:00',
    end: '12:00',
    timeZone: 'Europe/London',
    previousMeetingId: previous.id,
    now,
    newId,
  });
  const first = addAgendaItem(
    planned,
    {
      title: 'Performance report',
      presenters: [{ name: kc.name, initials: 'KC', memberId: kc.id }],
    },
    newId(),
  );
  const second = addAgendaItem(
    first.meeting,
    { title: 'Neglect strategy', presenters: [] },
    newId(),
  );
  const paperId = newId();
  const withState: Meeting = {
    ...second.meeting,
    agenda: second.meeting.agenda.map((i) =>
      i.id === first.item.id
        ? {
            ...i,
            papers: [
              {
                id: paperId,
                title: 'Q2 performance report',
                link: 'https://example.org/q2.pdf',
                submittedAt: '2026-11-21T09:00:00.000Z',
                submittedBy: aadOf(base + 6),
                late: true,
              },
            ],
          }
        : i,
    ),
    attendance: {
      records: [
        {
          memberId: kc.id,
          code: 'SD',
          deputy: {
            name: 'Dana Deputy',
            designation: 'Named nurse',
            aadObjectId: aadOf(base + DEPUTY_K),
          },
          source: 'chair',
          at,
        },
      ],
      guests: [{ id: newId(), name: 'Gina Guest', aadObjectId: aadOf(base + GUEST_K) }],
      visitors: [{ aadObjectId: aadOf(base + VISITOR_K), name: 'Victor Visitor', joinedAt: at }],
    },
    interests: [
      {
        id: `w${base}-interest`,
        memberId: kc.id,
        initials: 'KC',
        name: kc.name,
        itemId: first.item.id,
        text: 'Director of the provider under review',
        at,
        by: 'Elisabeth Major',
      },
    ],
    ...(phase === 'running' && {
      status: 'in-progress' as const,
      startedAt: '2026-11-23T10:00:00.000Z',
      currentItemId: first.item.id,
    }),
  };
  const meeting = await deps.meetings.create(withState);
  const rs = members.find((m) => m.initials === 'RS')!;
  const owner = {
    kind: 'member' as const,
    memberId: rs.id,
    initials: 'RS',
    name: rs.name,
    aadObjectId: rs.aadObjectId!,
  };
  const makeAction = async (status: 'open' | 'completed'): Promise<Action> => {
    const { number } = await deps.actions.allocateNumber(board.id);
    return deps.actions.create({
      id: actionId(newId()),
      boardId: board.id,
      tenantId: tenant,
      number,
      text: status === 'open' ? 'Circulate the neglect strategy' : 'Share the audit findings',
      owners: [owner],
      due: '2026-12-01',
      status,
      subjectToRatification: false,
      ...(status === 'open' && {
        proposedDue: { date: '2026-12-15', by: rs.aadObjectId!, at },
      }),
      history: [{ at, by: aadOf(base + 3), kind: 'created' }],
      createdAt: at,
      createdBy: aadOf(base + 3),
      updatedAt: at,
      revision: 1,
    });
  };
  const action = await makeAction('open');
  const completed = await makeAction('completed');
  const p = (k: number, name: string) => person(base + k, name);
  return {
    tenantId: tenant,
    board,
    where,
    people: {
      chair: p(1, 'Brian Boxall'),
      'vice-chair': p(2, 'Vera Chandler'),
      coordinator: p(3, 'Elisabeth Major'),
      member: p(4, 'Lewis Basford'),
      owner: p(5, 'Robert South'),
      deputy: p(DEPUTY_K, 'Dana Deputy'),
      guest: p(GUEST_K, 'Gina Guest'),
      'other-board': p(OTHER_BOARD_K, 'Olive Otherboard'),
      visitor: p(VISITOR_K, 'Victor Visitor'),
    },
    previous,
    approved,
    meeting,
    itemIds: { first: first.item.id, second: second.item.id },
    paperId,
    action,
    completed,
    ids: new Set([
      board.id,
      previous.id,
      approved.id,
      meeting.id,
      action.id,
      completed.id,
      'counter',
    ]),
  };
};

/** The person of another tenant who tries a world's board. */
export const otherTenantPerson = (base: number): Person =>
  person(base + OTHER_TENANT_K, 'Tomas Tenant');

/**
 * A second board of the same tenant chaired by the world's "other-board" person, so that person is
 * a chair — only not of this board.
 */
export const buildOtherBoard = (deps: Deps, world: World, base: number): Promise<World> =>
  buildWorld(deps, base + OTHER_BOARD_OFFSET, world.tenantId, 'running').then(async (other) => {
    const chair = world.people['other-board'];
    const board = await deps.boards.update(other.board.tenantId, other.board.id, (b) => ({
      ...b,
      members: b.members.map((m) =>
        m.role === 'chair' ? { ...m, aadObjectId: aadOf(chair.n), name: chair.name } : m,
      ),
    }));
    return { ...other, board };
  });
