import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Verbs } from '../../src/cards/verbs.js';
import { tenantId } from '../../src/domain/ids.js';
import { removeAgendaItem } from '../../src/domain/remove-agenda-item.js';
import { boardIdFor } from '../../src/services/board-id-for.js';
import { agendaFingerprint } from '../../src/services/agenda-fingerprint.js';
import { gateRefusal } from '../../src/teams/handle-bot-request.js';
import { runPool } from '../support/bot-framework-double.js';
import { OTHER_TENANT } from '../../doubles/bot-framework-double.js';
import { aadOf, TENANT } from '../support/fixtures.js';
import type { RoleName, World } from '../support/roles-world.js';
import {
  buildOtherBoard,
  buildWorld,
  otherTenantPerson,
  ROLE_NAMES,
  WORLD_SPAN,
  WriteRecorder,
} from '../support/roles-world.js';
import type { Harness, Person, Where } from '../support/teams-harness.js';
import {
  createHarness,
  executeInvoke,
  messageText,
  proactiveSent,
  taskInvoke,
  teamsActivity,
} from '../support/teams-harness.js';
import { createTestDeps } from '../support/test-deps.js';

/**
 * Issue 8 item 4: every state-changing verb (chat command, card action, dialog submit,
 * message-extension submit) × every role. Allowed → the documents the verb changes are written
 * once each and one audit entry names the actor; refused → a polite answer, no write at all, and
 * one audit entry of the refusal. Boards are built through the repositories in beforeAll; every
 * row's input is allowed for some role, so a refused cell would have changed state had the check
 * been missing. Other tenants are stopped at the gate (gateRefusal, wired in tenant-gate.test.ts),
 * and, tried past it, touch nothing of this tenant.
 */

const MANAGERS: RoleName[] = ['chair', 'vice-chair', 'coordinator'];
const OWNERS: RoleName[] = [...MANAGERS, 'owner'];
const MEMBERS: RoleName[] = [...MANAGERS, 'member', 'owner'];

type Surface = 'command' | 'card' | 'dialog' | 'message extension';

type VerbSpec = {
  name: string;
  surface: Surface;
  /** The fixture meeting's state (default: running). */
  phase?: 'running' | 'planned';
  allowed: readonly RoleName[];
  activity: (w: World, who: Person, where: Where) => Partial<Activity>;
  /** `container:id` of every document write when allowed; `+` stands for a new document. */
  writes: (w: World) => string[];
  /** Audit entries of an allowed cell (default 1). */
  audits?: number;
  /** Proactive sends of an allowed cell (default: not counted). */
  proactive?: number;
};

const command =
  (text: string) =>
  (_w: World, who: Person, where: Where): Partial<Activity> =>
    messageText(who, where, text);
const card =
  (verb: string, data: (w: World) => Record<string, unknown>) =>
  (w: World, who: Person, where: Where): Partial<Activity> =>
    executeInvoke(who, where, verb, data(w));
const dialog =
  (verb: string, data: (w: World) => Record<string, unknown>) =>
  (w: World, who: Person, where: Where): Partial<Activity> =>
    taskInvoke(who, where, 'task/submit', { ...data(w), verb });
const createActionSubmit =
  (data: (w: World) => Record<string, unknown>) =>
  (w: World, who: Person, where: Where): Partial<Activity> =>
    teamsActivity(who, where, {
      type: 'invoke',
      name: 'composeExtension/submitAction',
      value: { commandId: 'createAction', commandContext: 'compose', data: data(w) },
    });

const board = (w: World) => [`boards:${w.board.id}`];
const meeting = (w: World) => [`meetings:${w.meeting.id}`];
const action = (w: World) => [`actions:${w.action.id}`];
const capture = () => ['actions:counter', 'actions:+'];
const IMPORT_TABLE = 'Nia Patel (NP) | Head of Service | LA';

const VERBS: VerbSpec[] = [
  // Chat commands (DESIGN.md §3), in the board's group chat.
  {
    name: 'setup <name> (rename)',
    surface: 'command',
    allowed: MANAGERS,
    activity: command('setup Renamed Executive'),
    writes: board,
  },
  {
    name: 'members import',
    surface: 'command',
    allowed: MANAGERS,
    activity: command(`members import\n${IMPORT_TABLE}`),
    writes: board,
  },
  {
    name: 'agency add',
    surface: 'command',
    allowed: MANAGERS,
    activity: command('agency add PROB Probation statutory'),
    writes: board,
  },
  {
    name: 'agency rename',
    surface: 'command',
    allowed: MANAGERS,
    activity: command('agency rename LA London Borough of Havering'),
    writes: board,
  },
  {
    name: 'agency code',
    surface: 'command',
    allowed: MANAGERS,
    activity: command('agency code POLICE MPS'),
    writes: board,
  },
  {
    name: 'member leave',
    surface: 'command',
    allowed: MANAGERS,
    activity: command('member leave RS on 1 December 2026'),
    writes: board,
  },
  {
    name: 'member edit',
    surface: 'command',
    allowed: MANAGERS,
    activity: command('member edit RS designation Director of Children’s Services'),
    writes: board,
  },
  {
    name: 'actions import',
    surface: 'command',
    allowed: MANAGERS,
    activity: command(
      'actions import\nNo | Reference | Action | Owner | Due | Status\n900 | 13.07.22 ref 4.1 | Circulate the audit | LB | 30/11/26 | Open',
    ),
    writes: () => ['actions:counter', 'actions:+'],
  },
  {
    name: 'meeting new',
    surface: 'command',
    allowed: MANAGERS,
    activity: command('meeting new Extraordinary Meeting on 14 December 2026 10:00-11:00'),
    writes: () => ['meetings:+'],
  },
  {
    name: 'meeting start',
    surface: 'command',
    phase: 'planned',
    allowed: MANAGERS,
    activity: command('meeting start'),
    writes: meeting,
  },
  {
    name: 'meeting end',
    surface: 'command',
    allowed: MANAGERS,
    activity: command('meeting end'),
    writes: meeting,
  },
  {
    name: 'next meeting',
    surface: 'command',
    allowed: MANAGERS,
    activity: command('next meeting 14 December 2026 10:00-12:00'),
    writes: (w) => ['meetings:+', `meetings:${w.meeting.id}`],
  },
  {
    name: 'agenda add',
    surface: 'command',
    allowed: MANAGERS,
    activity: command('agenda add Early help offer by LB 15 min'),
    writes: meeting,
  },
  {
    name: 'agenda remove',
    surface: 'command',
    allowed: MANAGERS,
    activity: command('agenda remove 2'),
    writes: meeting,
  },
  {
    name: 'paper',
    surface: 'command',
    allowed: MANAGERS,
    activity: command('paper 1 Q3 report https://example.org/q3.pdf'),
    writes: meeting,
  },
  {
    name: 'item <n>',
    surface: 'command',
    allowed: MANAGERS,
    activity: command('item 2'),
    writes: meeting,
  },
  {
    name: 'next',
    surface: 'command',
    allowed: MANAGERS,
    activity: command('next'),
    writes: meeting,
  },
  {
    name: 'note',
    surface: 'command',
    allowed: MANAGERS,
    activity: command('note The board noted the report'),
    writes: meeting,
  },
  {
    name: 'decision',
    surface: 'command',
    allowed: MANAGERS,
    activity: command('decision Agreed to adopt the strategy'),
    writes: meeting,
  },
  {
    name: 'minutes approved',
    surface: 'command',
    allowed: MANAGERS,
    activity: command('minutes approved'),
    /** `+`: the previous meeting's minutes, frozen as approved. */
    writes: (w) => [`meetings:${w.previous.id}`, 'meetings:+', `meetings:${w.meeting.id}`],
  },
  {
    name: 'minutes not approved',
    surface: 'command',
    allowed: MANAGERS,
    activity: command('minutes not approved Item 4 was misrecorded'),
    writes: meeting,
  },
  {
    name: 'action <owners> to <text>',
    surface: 'command',
    allowed: MEMBERS,
    activity: command('action LB to circulate the audit by 30/11/26'),
    writes: capture,
  },
  {
    name: 'update <n>',
    surface: 'command',
    allowed: OWNERS,
    activity: command('update 1 Draft shared with partners'),
    writes: action,
  },
  {
    name: 'update <n> … revised date <date>',
    surface: 'command',
    allowed: OWNERS,
    activity: command('update 1 Draft shared with partners, revised date 16/12/26'),
    /** The update, then the date (a manager's) or the proposal (an owner's): two writes, two audits. */
    writes: (w) => [...action(w), ...action(w)],
    audits: 2,
  },
  {
    name: 'done <n>',
    surface: 'command',
    allowed: OWNERS,
    activity: command('done 1'),
    writes: action,
  },
  {
    name: 'reopen <n>',
    surface: 'command',
    allowed: MANAGERS,
    activity: command('reopen 2'),
    writes: (w) => [`actions:${w.completed.id}`],
  },
  {
    name: 'close <n>',
    surface: 'command',
    allowed: MANAGERS,
    activity: command('close 1 Superseded by the new plan'),
    writes: action,
  },
  {
    name: 'due <n>',
    surface: 'command',
    allowed: MANAGERS,
    activity: command('due 1 15/12/26'),
    writes: action,
  },
  {
    name: 'assign <n>',
    surface: 'command',
    allowed: MANAGERS,
    activity: command('assign 1 LB'),
    writes: action,
  },
  {
    name: 'present <initials>',
    surface: 'command',
    allowed: MANAGERS,
    activity: command('present LB'),
    writes: meeting,
  },
  {
    name: 'apologies (own)',
    surface: 'command',
    allowed: MEMBERS,
    activity: command('apologies'),
    writes: meeting,
  },
  {
    name: 'apologies <initials>',
    surface: 'command',
    allowed: MANAGERS,
    activity: command('apologies KC'),
    writes: meeting,
  },
  {
    name: 'absent <initials>',
    surface: 'command',
    allowed: MANAGERS,
    activity: command('absent RS'),
    writes: meeting,
  },
  // LB is the "member" role: members name their own deputy.
  {
    name: 'deputy <name> for LB',
    surface: 'command',
    allowed: [...MANAGERS, 'member'],
    activity: command('deputy Sam Jones (Inspector) for LB'),
    writes: meeting,
  },
  {
    name: 'guest',
    surface: 'command',
    allowed: MANAGERS,
    activity: command('guest Barbara Nicholls (Director of Adults)'),
    writes: meeting,
  },
  // Issue 20: a member declares their own interest; the chair and coordinators anyone's.
  {
    name: 'interest LB (own)',
    surface: 'command',
    allowed: [...MANAGERS, 'member'],
    activity: command('interest LB 1 trustee of the charity commissioned under this item'),
    writes: meeting,
  },
  {
    name: 'interest KC (another member)',
    surface: 'command',
    allowed: MANAGERS,
    activity: command('interest KC 1 Director of the provider under review'),
    writes: meeting,
  },
  {
    name: 'interest edit KC (another member)',
    surface: 'command',
    allowed: MANAGERS,
    activity: command('interest edit KC 1 Trustee of the provider under review'),
    writes: meeting,
  },
  {
    name: 'interest item on',
    surface: 'command',
    allowed: MANAGERS,
    activity: command('interest item on'),
    writes: board,
  },
  {
    name: 'late',
    surface: 'command',
    allowed: MANAGERS,
    activity: command('late LB'),
    writes: meeting,
  },
  {
    name: 'left',
    surface: 'command',
    allowed: MANAGERS,
    activity: command('left LB'),
    writes: meeting,
  },
  {
    name: 'minute-taker',
    surface: 'command',
    allowed: MANAGERS,
    activity: command('minute-taker EM'),
    writes: meeting,
  },
  {
    name: 'quorum rule',
    surface: 'command',
    allowed: MANAGERS,
    activity: command('quorum rule count(presentAgencies) >= 2'),
    writes: board,
  },
  {
    name: 'delegate',
    surface: 'command',
    allowed: MANAGERS,
    activity: command('delegate Jane Doe, Detective Superintendent for POLICE'),
    writes: board,
  },
  {
    name: 'delegate remove',
    surface: 'command',
    allowed: MANAGERS,
    activity: command('delegate remove Dee Smith for ICB'),
    writes: board,
  },
  {
    name: 'quorum ruling',
    surface: 'command',
    allowed: MANAGERS,
    activity: command('quorum ruling quorate the chair ruled it quorate'),
    writes: meeting,
  },
  {
    name: 'ratify by',
    surface: 'command',
    allowed: MANAGERS,
    activity: command('ratify by BB'),
    writes: meeting,
  },
  // Corrections (issue 19). Notes and decisions: test/teams/correction-routes.test.ts.
  {
    name: 'action delete <n>',
    surface: 'command',
    allowed: MANAGERS,
    activity: command('action delete 1 Duplicate of action 2'),
    writes: action,
  },
  {
    name: 'action edit <n>',
    surface: 'command',
    allowed: OWNERS,
    activity: command('action edit 1 Circulate the revised neglect strategy'),
    writes: action,
  },
  {
    name: 'item edit',
    surface: 'command',
    allowed: MANAGERS,
    activity: command('item edit 2 by LB 15 min'),
    writes: meeting,
  },
  {
    name: 'guest remove',
    surface: 'command',
    allowed: MANAGERS,
    activity: command('guest remove Gina Guest'),
    writes: meeting,
  },
  {
    name: 'deputy remove for KC',
    surface: 'command',
    allowed: MANAGERS,
    activity: command('deputy remove for KC'),
    writes: meeting,
  },
  // Issue 21: members send their own apologies, naming a deputy; the chair's entry still wins.
  {
    name: 'apologies deputy <name>, <designation> (own)',
    surface: 'command',
    allowed: MEMBERS,
    activity: command('apologies deputy Sam Jones, Inspector'),
    writes: meeting,
  },
  {
    name: 'summary post',
    surface: 'command',
    allowed: MANAGERS,
    activity: command('summary post'),
    writes: () => [],
    proactive: 1,
  },

  // Card actions (Action.Execute), data as the cards carry it.
  {
    name: Verbs.apologiesSend,
    surface: 'card',
    phase: 'planned',
    allowed: MEMBERS,
    activity: card(Verbs.apologiesSend, (w) => ({
      meetingId: w.meeting.id,
      deputyName: 'Sam Jones',
      deputyDesignation: 'Inspector',
    })),
    writes: meeting,
  },
  {
    name: Verbs.syncRoster,
    surface: 'card',
    allowed: MANAGERS,
    activity: card(Verbs.syncRoster, () => ({})),
    writes: board,
  },
  {
    name: Verbs.reportConfirm,
    surface: 'card',
    allowed: MANAGERS,
    activity: card(Verbs.reportConfirm, (w) => ({
      boardId: w.board.id,
      meetingId: w.meeting.id,
      memberIds: w.board.members
        .filter((m) => m.initials === 'RS' || m.initials === 'LB')
        .map((m) => m.id)
        .join(','),
    })),
    writes: meeting,
  },
  {
    name: Verbs.agendaNext,
    surface: 'card',
    allowed: MANAGERS,
    activity: card(Verbs.agendaNext, (w) => ({
      meetingId: w.meeting.id,
      fromItem: w.itemIds.first,
    })),
    writes: meeting,
  },
  {
    name: Verbs.meetingStart,
    surface: 'card',
    phase: 'planned',
    allowed: MANAGERS,
    activity: card(Verbs.meetingStart, (w) => ({ meetingId: w.meeting.id })),
    writes: meeting,
  },
  {
    name: Verbs.meetingEnd,
    surface: 'card',
    allowed: MANAGERS,
    activity: card(Verbs.meetingEnd, (w) => ({ meetingId: w.meeting.id })),
    writes: meeting,
  },
  {
    name: Verbs.renumberConfirm,
    surface: 'card',
    allowed: MANAGERS,
    activity: card(Verbs.renumberConfirm, (w) => ({
      meetingId: w.meeting.id,
      itemId: w.itemIds.first,
      op: 'remove',
      before: agendaFingerprint(w.meeting),
      after: agendaFingerprint(removeAgendaItem(w.meeting, w.itemIds.first).meeting),
    })),
    writes: meeting,
    /** The removal, and the renumbering it confirms. */
    audits: 2,
  },
  {
    name: Verbs.paperAccept,
    surface: 'card',
    allowed: MANAGERS,
    activity: card(Verbs.paperAccept, (w) => ({ meetingId: w.meeting.id, paperId: w.paperId })),
    writes: meeting,
  },
  {
    name: Verbs.paperReject,
    surface: 'card',
    allowed: MANAGERS,
    activity: card(Verbs.paperReject, (w) => ({ meetingId: w.meeting.id, paperId: w.paperId })),
    writes: meeting,
  },
  {
    name: Verbs.actionUpdate,
    surface: 'card',
    allowed: OWNERS,
    activity: card(Verbs.actionUpdate, (w) => ({
      actionId: w.action.id,
      revision: 1,
      updateText: 'Draft shared',
    })),
    writes: action,
  },
  {
    name: Verbs.actionDone,
    surface: 'card',
    allowed: OWNERS,
    activity: card(Verbs.actionDone, (w) => ({ actionId: w.action.id, revision: 1 })),
    writes: action,
  },
  // Owners propose the date, managers set it: one write either way.
  {
    name: Verbs.actionDue,
    surface: 'card',
    allowed: OWNERS,
    activity: card(Verbs.actionDue, (w) => ({
      actionId: w.action.id,
      revision: 1,
      newDate: '2026-12-20',
    })),
    writes: action,
  },
  {
    name: Verbs.actionAcceptDate,
    surface: 'card',
    allowed: MANAGERS,
    activity: card(Verbs.actionAcceptDate, (w) => ({ actionId: w.action.id, revision: 1 })),
    writes: action,
  },
  {
    name: Verbs.actionRejectDate,
    surface: 'card',
    allowed: MANAGERS,
    activity: card(Verbs.actionRejectDate, (w) => ({ actionId: w.action.id, revision: 1 })),
    writes: action,
  },
  // Only an owner can say an action is not theirs: the chair is no owner of action 1.
  {
    name: Verbs.actionNotMine,
    surface: 'card',
    allowed: ['owner'],
    activity: card(Verbs.actionNotMine, (w) => ({ actionId: w.action.id, revision: 1 })),
    writes: action,
  },
  {
    name: Verbs.actionCaptureConfirm,
    surface: 'card',
    allowed: MEMBERS,
    activity: card(Verbs.actionCaptureConfirm, () => ({
      spec: 'LB to circulate the audit',
      requestId: 'confirm-1',
    })),
    writes: capture,
  },
  {
    name: Verbs.commandRun,
    surface: 'card',
    allowed: MANAGERS,
    activity: card(Verbs.commandRun, () => ({
      text: 'note The board noted the report',
      requestId: 'did-you-mean-1',
    })),
    writes: meeting,
  },
  {
    name: Verbs.actionCaptureDated,
    surface: 'card',
    allowed: MEMBERS,
    activity: card(Verbs.actionCaptureDated, () => ({
      owners: 'LB',
      actionText: 'circulate the audit',
      requestId: 'dated-1',
      dueDate: '2026-12-15',
    })),
    writes: capture,
  },
  {
    name: Verbs.agendaActionDone,
    surface: 'card',
    allowed: OWNERS,
    activity: card(Verbs.agendaActionDone, (w) => ({
      meetingId: w.meeting.id,
      actionId: w.action.id,
      revision: 1,
    })),
    writes: action,
  },
  {
    name: Verbs.summaryPost,
    surface: 'card',
    allowed: MANAGERS,
    activity: card(Verbs.summaryPost, (w) => ({ meetingId: w.meeting.id })),
    writes: () => [],
    proactive: 1,
  },
  {
    name: Verbs.registerSave,
    surface: 'card',
    allowed: MANAGERS,
    activity: card(Verbs.registerSave, (w) => ({
      meetingId: w.meeting.id,
      [`code_${w.board.members[3]!.id}`]: 'A',
    })),
    writes: meeting,
  },
  {
    name: `${Verbs.registerSave} on approved minutes (an amendment)`,
    surface: 'card',
    allowed: ['chair', 'vice-chair'],
    activity: card(Verbs.registerSave, (w) => ({
      meetingId: w.approved.id,
      [`code_${w.board.members[3]!.id}`]: 'SA',
    })),
    writes: (w) => [`meetings:${w.approved.id}`],
  },
  {
    name: Verbs.visitorGuest,
    surface: 'card',
    allowed: MANAGERS,
    activity: card(Verbs.visitorGuest, (w) => ({
      meetingId: w.meeting.id,
      aadObjectId: aadOf(w.people.visitor.n),
    })),
    writes: meeting,
  },
  {
    name: Verbs.visitorDeputy,
    surface: 'card',
    allowed: [...MANAGERS, 'member'],
    activity: card(Verbs.visitorDeputy, (w) => ({
      meetingId: w.meeting.id,
      aadObjectId: aadOf(w.people.visitor.n),
      forInitials: 'LB',
    })),
    writes: meeting,
  },
  // Plans the board meeting and starts it: two changes, each written and audited.
  {
    name: Verbs.meetingFromEvent,
    surface: 'card',
    phase: 'planned',
    allowed: MANAGERS,
    activity: card(Verbs.meetingFromEvent, () => ({
      title: 'Teams call',
      date: '2026-11-23',
      time: '15:00',
    })),
    writes: () => ['meetings:+', 'meetings:+'],
    audits: 2,
  },

  // Dialog submits (task/submit).
  {
    name: Verbs.setupSubmit,
    surface: 'dialog',
    allowed: MANAGERS,
    activity: dialog(Verbs.setupSubmit, () => ({ name: 'Renamed Executive', statutory: 'true' })),
    writes: board,
  },
  {
    name: Verbs.membersImportSubmit,
    surface: 'dialog',
    allowed: MANAGERS,
    activity: dialog(Verbs.membersImportSubmit, () => ({ table: IMPORT_TABLE })),
    writes: board,
  },
  {
    name: Verbs.entrySubmit,
    surface: 'dialog',
    allowed: MANAGERS,
    activity: dialog(Verbs.entrySubmit, (w) => ({
      meetingId: w.meeting.id,
      kind: 'decision',
      text: 'Agreed the plan',
      requestId: 'entry-1',
    })),
    writes: meeting,
  },
  {
    name: Verbs.itemSubmit,
    surface: 'dialog',
    allowed: MANAGERS,
    activity: dialog(Verbs.itemSubmit, (w) => ({
      meetingId: w.meeting.id,
      title: 'Early help offer',
      minutes: '15',
    })),
    writes: meeting,
  },
  {
    name: Verbs.minutesSubmit,
    surface: 'dialog',
    allowed: MANAGERS,
    activity: dialog(Verbs.minutesSubmit, (w) => ({
      meetingId: w.meeting.id,
      outcome: 'approved',
    })),
    /** `+`: the previous meeting's minutes, frozen as approved. */
    writes: (w) => [`meetings:${w.previous.id}`, 'meetings:+', `meetings:${w.meeting.id}`],
  },
  {
    name: Verbs.editSubmit,
    surface: 'dialog',
    allowed: MANAGERS,
    activity: dialog(Verbs.editSubmit, (w) => ({
      meetingId: w.meeting.id,
      itemId: w.itemIds.first,
      op: 'rename',
      title: 'Quarterly performance',
    })),
    writes: meeting,
  },

  // Message extension: "Record an action" from the compose box.
  {
    name: 'createAction',
    surface: 'message extension',
    allowed: MEMBERS,
    activity: createActionSubmit(() => ({
      text: 'circulate the audit',
      owners: 'LB',
      due: '30/11/26',
      requestId: 'me-1',
    })),
    writes: capture,
  },
];

const GATE = { allowedTenantIds: [TENANT], requireTeamsChannel: true };
const OTHER = tenantId(OTHER_TENANT);
const IGNORED = new Set(['conversations', 'audit']);

/** What the bot answered, as text: invoke bodies, messages and cards. Every invoke is answered 200. */
const answerOf = (activities: Partial<Activity>[]): string => {
  const parts: string[] = [];
  for (const a of activities) {
    if (a.type === 'invokeResponse') {
      const value = a.value as { status?: number; body?: unknown };
      expect(value.status).toBe(200);
      parts.push(JSON.stringify(value.body ?? ''));
    } else {
      parts.push(a.text ?? '', JSON.stringify(a.attachments ?? []));
    }
  }
  return parts.join('\n');
};

/** No error, exception, stack or library text reaches the person. */
const expectPolite = (answer: string): void => {
  expect(answer.replace(/[\s"[\]{}]/g, '')).not.toBe('');
  expect(answer.replace(/"errorMessage":"[^"]*"/g, '')).not.toMatch(
    /error|exception|stack|\bat [\w.]+ \(|something went wrong|undefined|\[object|TypeError/i,
  );
};

type Cell = { spec: VerbSpec; role: RoleName; base: number; allowed: boolean };
/**
 * An allowed cell gets a board of its own, so what it changes is its alone; the refused cells of a
 * row share one (they must change nothing: should one write, the next cells of the row see it too).
 */
const CELLS: Cell[] = VERBS.flatMap((spec, v) =>
  ROLE_NAMES.map((role, r) => {
    const allowed = spec.allowed.includes(role);
    const slot = allowed ? r : ROLE_NAMES.length;
    return {
      spec,
      role,
      base: 100_000 + (v * (ROLE_NAMES.length + 1) + slot) * WORLD_SPAN,
      allowed,
    };
  }),
);

const recorder = new WriteRecorder();
let h: Harness;
const worlds = new Map<number, World>();

beforeAll(async () => {
  h = await createHarness({ deps: await createTestDeps({ plugins: [recorder.plugin] }) });
  const bases = [...new Set(CELLS.map((c) => c.base))];
  await runPool(bases.length, 8, async (i) => {
    const base = bases[i]!;
    const cells = CELLS.filter((c) => c.base === base);
    const world = await buildWorld(h.deps, base, TENANT, cells[0]!.spec.phase ?? 'running');
    if (cells.some((c) => c.role === 'other-board')) await buildOtherBoard(h.deps, world, base);
    worlds.set(base, world);
  });
}, 120_000);

const normalise = (w: World, writes: { container: string; id: string }[]): string[] =>
  writes
    .filter((x) => !IGNORED.has(x.container) && x.container !== 'reminders')
    .map((x) => `${x.container}:${w.ids.has(x.id) ? x.id : '+'}`)
    .sort();

const tally = { allowed: 0, refused: 0 };

describe.each(VERBS.map((spec) => [`${spec.surface}: ${spec.name}`, spec] as const))(
  '%s',
  (_title, spec) => {
    it.each(
      CELLS.filter((c) => c.spec === spec).map(
        (c) => [c.role, c.allowed ? 'allowed' : 'refused', c] as const,
      ),
    )('%s → %s', async (role, _outcome, cell) => {
      const w = worlds.get(cell.base)!;
      const who = role === 'other-tenant' ? otherTenantPerson(cell.base) : w.people[role];
      const where = role === 'other-tenant' ? { ...w.where, tenantId: OTHER } : w.where;
      const activity = spec.activity(w, who, where);
      if (role === 'other-tenant') {
        // Stopped at the gate; below, the routes are tried anyway (defence in depth).
        expect(gateRefusal(activity as Activity, GATE)).toBe('tenant_not_allowed');
      } else {
        expect(gateRefusal(activity as Activity, GATE)).toBeUndefined();
      }
      const audited = (await h.deps.audit.listForBoard(w.tenantId, w.board.id)).length;
      const from = recorder.writes.length;
      const sent = proactiveSent.length;
      const answer = answerOf(await h.send(activity));
      const writes = recorder.since(from);
      // Entries of one instant come back in no set order: the actor tells a cell's own apart.
      const all = await h.deps.audit.listForBoard(w.tenantId, w.board.id);
      expect(all.length - audited).toBe(
        cell.allowed ? (spec.audits ?? 1) : role === 'other-tenant' ? 0 : 1,
      );
      const audit = all.filter((e) => e.actor === aadOf(who.n));
      expectPolite(answer);
      if (cell.allowed) {
        tally.allowed += 1;
        expect(normalise(w, writes)).toEqual([...spec.writes(w)].sort());
        expect(audit.map((e) => [e.actor, e.outcome])).toEqual(
          Array.from({ length: spec.audits ?? 1 }, () => [aadOf(who.n), 'done']),
        );
        if (spec.proactive !== undefined) expect(proactiveSent.length - sent).toBe(spec.proactive);
      } else {
        tally.refused += 1;
        if (role === 'other-tenant') {
          // Past the gate its tenant has no board here: `setup` may make one in that tenant, but
          // nothing of this board's tenant is touched.
          const ownBoard = boardIdFor(OTHER, w.where.conversationId);
          expect(
            writes.filter(
              (x) => !IGNORED.has(x.container) && x.container !== 'reminders' && x.id !== ownBoard,
            ),
          ).toEqual([]);
        } else {
          expect(writes.filter((x) => !IGNORED.has(x.container))).toEqual([]);
        }
        expect(proactiveSent.length - sent).toBe(0);
        expect(audit.map((e) => [e.actor, e.outcome])).toEqual(
          role === 'other-tenant' ? [] : [[aadOf(who.n), 'refused']],
        );
      }
    });
  },
);

/** A board (A), another board of the same tenant (B) and a board of another tenant (C). */
type Trio = { a: World; b: World; c: World };

type SpoofRow = {
  name: string;
  activity: (t: Trio) => Partial<Activity>;
  /** Who, if anyone, is recorded in A's audit as refused (identity rows). */
  refusedActor?: (t: Trio) => Person;
  /** Where the activity would be stopped first, if at the gate. */
  gate?: string;
};

const chairOf = (w: World): Person => w.people.chair;
const CHAIR_CLAIMS = (w: World): Record<string, unknown> => ({
  aadObjectId: aadOf(chairOf(w).n),
  from: { id: `29:user-${chairOf(w).n}`, aadObjectId: aadOf(chairOf(w).n), name: 'Brian Boxall' },
  actor: aadOf(chairOf(w).n),
  userId: aadOf(chairOf(w).n),
});

/** A's chair, in A's chat, clicking or submitting with data that names B's (or C's) ids. */
const foreignIds = (
  name: string,
  build: (chair: Person, where: Where, foreign: World) => Partial<Activity>,
): SpoofRow[] => [
  {
    name: `${name}, naming another board's ids`,
    activity: (t) => build(chairOf(t.a), t.a.where, t.b),
  },
  {
    name: `${name}, naming another tenant's ids`,
    activity: (t) => build(chairOf(t.a), t.a.where, t.c),
  },
];
const scope = (w: World) => ({ boardId: w.board.id, tenantId: w.tenantId });

const SPOOFS: SpoofRow[] = [
  {
    name: 'a member accepts a proposed date with the chair’s ids in the card data',
    activity: (t) =>
      executeInvoke(t.a.people.member, t.a.where, Verbs.actionAcceptDate, {
        actionId: t.a.action.id,
        revision: 1,
        ...CHAIR_CLAIMS(t.a),
      }),
    refusedActor: (t) => t.a.people.member,
  },
  {
    name: 'a member saves the register with the chair’s ids in the card data',
    activity: (t) =>
      executeInvoke(t.a.people.member, t.a.where, Verbs.registerSave, {
        meetingId: t.a.meeting.id,
        [`code_${t.a.board.members[4]!.id}`]: 'DNA',
        ...CHAIR_CLAIMS(t.a),
      }),
    refusedActor: (t) => t.a.people.member,
  },
  {
    name: 'a guest submits a decision with the chair’s ids in the dialog data',
    activity: (t) =>
      taskInvoke(t.a.people.guest, t.a.where, 'task/submit', {
        verb: Verbs.entrySubmit,
        meetingId: t.a.meeting.id,
        kind: 'decision',
        text: 'Agreed by nobody',
        ...CHAIR_CLAIMS(t.a),
      }),
    refusedActor: (t) => t.a.people.guest,
  },
  {
    name: 'a deputy records an action with the chair’s ids in the message-extension data',
    activity: (t) =>
      createActionSubmit(() => ({
        text: 'circulate the audit',
        owners: 'LB',
        requestId: 'spoof-me',
        ...CHAIR_CLAIMS(t.a),
      }))(t.a, t.a.people.deputy, t.a.where),
    refusedActor: (t) => t.a.people.deputy,
  },
  {
    name: 'a member whose Teams id and name are the chair’s (aadObjectId is theirs) ends the meeting',
    activity: (t) => {
      const activity = messageText(t.a.people.member, t.a.where, 'meeting end');
      return {
        ...activity,
        from: { ...activity.from!, id: `29:user-${chairOf(t.a).n}`, name: 'Brian Boxall' },
      };
    },
    refusedActor: (t) => t.a.people.member,
  },
  {
    name: 'another tenant’s user carrying the chair’s aadObjectId ends the meeting',
    activity: (t) => {
      const activity = messageText(chairOf(t.a), { ...t.a.where, tenantId: OTHER }, 'meeting end');
      return activity;
    },
    gate: 'tenant_not_allowed',
  },
  {
    name: 'another board’s chair, in that board’s chat, completes this board’s action',
    activity: (t) =>
      executeInvoke(chairOf(t.b), t.b.where, Verbs.actionDone, {
        actionId: t.a.action.id,
        revision: 1,
        ...scope(t.a),
      }),
  },
  {
    name: 'another board’s chair, in that board’s chat, ends this board’s meeting',
    activity: (t) =>
      executeInvoke(chairOf(t.b), t.b.where, Verbs.meetingEnd, {
        meetingId: t.a.meeting.id,
        ...scope(t.a),
      }),
  },
  ...foreignIds('meeting.end', (chair, where, f) =>
    executeInvoke(chair, where, Verbs.meetingEnd, { meetingId: f.meeting.id, ...scope(f) }),
  ),
  ...foreignIds('agenda.next', (chair, where, f) =>
    executeInvoke(chair, where, Verbs.agendaNext, {
      meetingId: f.meeting.id,
      fromItem: f.itemIds.first,
      ...scope(f),
    }),
  ),
  ...foreignIds('paper.accept', (chair, where, f) =>
    executeInvoke(chair, where, Verbs.paperAccept, {
      meetingId: f.meeting.id,
      paperId: f.paperId,
      ...scope(f),
    }),
  ),
  ...foreignIds('register.save', (chair, where, f) =>
    executeInvoke(chair, where, Verbs.registerSave, {
      meetingId: f.meeting.id,
      [`code_${f.board.members[3]!.id}`]: 'A',
      ...scope(f),
    }),
  ),
  ...foreignIds('register.visitor.guest', (chair, where, f) =>
    executeInvoke(chair, where, Verbs.visitorGuest, {
      meetingId: f.meeting.id,
      aadObjectId: aadOf(f.people.visitor.n),
      ...scope(f),
    }),
  ),
  ...foreignIds('summary.post', (chair, where, f) =>
    executeInvoke(chair, where, Verbs.summaryPost, { meetingId: f.meeting.id, ...scope(f) }),
  ),
  ...foreignIds('action.update', (chair, where, f) =>
    executeInvoke(chair, where, Verbs.actionUpdate, {
      actionId: f.action.id,
      revision: 1,
      updateText: 'Not yours to update',
      ...scope(f),
    }),
  ),
  ...foreignIds('action.date.accept', (chair, where, f) =>
    executeInvoke(chair, where, Verbs.actionAcceptDate, {
      actionId: f.action.id,
      revision: 1,
      ...scope(f),
    }),
  ),
  ...foreignIds('agenda.action.done', (chair, where, f) =>
    executeInvoke(chair, where, Verbs.agendaActionDone, {
      meetingId: f.meeting.id,
      actionId: f.action.id,
      revision: 1,
      ...scope(f),
    }),
  ),
  ...foreignIds('agenda.entry.submit', (chair, where, f) =>
    taskInvoke(chair, where, 'task/submit', {
      verb: Verbs.entrySubmit,
      meetingId: f.meeting.id,
      kind: 'note',
      text: 'Noted elsewhere',
      ...scope(f),
    }),
  ),
  ...foreignIds('agenda.item.submit', (chair, where, f) =>
    taskInvoke(chair, where, 'task/submit', {
      verb: Verbs.itemSubmit,
      meetingId: f.meeting.id,
      title: 'Injected item',
      ...scope(f),
    }),
  ),
  ...foreignIds('minutes.submit', (chair, where, f) =>
    taskInvoke(chair, where, 'task/submit', {
      verb: Verbs.minutesSubmit,
      meetingId: f.meeting.id,
      outcome: 'approved',
      ...scope(f),
    }),
  ),
  ...foreignIds('agenda.renumber.confirm', (chair, where, f) =>
    executeInvoke(chair, where, Verbs.renumberConfirm, {
      meetingId: f.meeting.id,
      itemId: f.itemIds.first,
      op: 'remove',
      before: agendaFingerprint(f.meeting),
      after: agendaFingerprint(removeAgendaItem(f.meeting, f.itemIds.first).meeting),
      ...scope(f),
    }),
  ),
  ...foreignIds('agenda.edit.submit', (chair, where, f) =>
    taskInvoke(chair, where, 'task/submit', {
      verb: Verbs.editSubmit,
      meetingId: f.meeting.id,
      itemId: f.itemIds.first,
      op: 'remove',
      ...scope(f),
    }),
  ),
  ...foreignIds('createAction', (chair, where, f) =>
    createActionSubmit(() => ({
      text: 'circulate the audit',
      owners: 'LB',
      requestId: `foreign-${f.board.id}`,
      ...scope(f),
    }))(f, chair, where),
  ),
];

describe('identity comes from the activity; card data naming other boards or tenants changes nothing', () => {
  const trios: Trio[] = [];
  beforeAll(async () => {
    await runPool(SPOOFS.length, 12, async (i) => {
      const base = 900_000 + i * 3 * WORLD_SPAN;
      const [a, b, c] = await Promise.all([
        buildWorld(h.deps, base, TENANT, 'running'),
        buildWorld(h.deps, base + WORLD_SPAN, TENANT, 'running'),
        buildWorld(h.deps, base + 2 * WORLD_SPAN, OTHER, 'running'),
      ]);
      trios[i] = { a, b, c };
    });
  }, 60_000);

  it.each(SPOOFS.map((row, i) => [row.name, row, i] as const))('%s', async (_name, row, i) => {
    const t = trios[i]!;
    const activity = row.activity(t);
    expect(gateRefusal(activity as Activity, GATE)).toBe(row.gate);
    const from = recorder.writes.length;
    const sent = proactiveSent.length;
    const answer = answerOf(await h.send(activity));
    expectPolite(answer);
    expect(recorder.since(from).filter((x) => !IGNORED.has(x.container))).toEqual([]);
    expect(proactiveSent.length - sent).toBe(0);
    const audits = async (w: World) =>
      (await h.deps.audit.listForBoard(w.tenantId, w.board.id)).map((e) => [e.actor, e.outcome]);
    const refused = row.refusedActor?.(t);
    expect(await audits(t.a)).toEqual(refused === undefined ? [] : [[aadOf(refused.n), 'refused']]);
    expect(await audits(t.b)).toEqual([]);
    expect(await audits(t.c)).toEqual([]);
  });

  it('a capture confirmed from a card naming another board and tenant lands on this board only', async () => {
    const t = trios[0]!;
    const answer = answerOf(
      await h.send(
        executeInvoke(chairOf(t.a), t.a.where, Verbs.actionCaptureConfirm, {
          spec: 'LB to circulate the audit',
          requestId: 'confirm-foreign',
          ...scope(t.b),
          meetingId: t.b.meeting.id,
          tenant: OTHER,
        }),
      ),
    );
    expectPolite(answer);
    expect((await h.deps.actions.listForBoard(t.a.board.id)).map((a) => a.number)).toEqual([
      1, 2, 3,
    ]);
    expect((await h.deps.actions.listForBoard(t.b.board.id)).map((a) => a.number)).toEqual([1, 2]);
    expect(await h.deps.audit.listForBoard(t.b.tenantId, t.b.board.id)).toEqual([]);
  });
});

afterAll(() => {
  console.info(
    `roles matrix: ${VERBS.length} verbs × ${ROLE_NAMES.length} roles = ${CELLS.length} cells; ${tally.allowed} allowed, ${tally.refused} refused`,
  );
});
