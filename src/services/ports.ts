import type { Board, ConversationKind } from '../domain/board.js';
import type { Action } from '../domain/action.js';
import type { ActionId, BoardId, MeetingId, MemberId, TenantId } from '../domain/ids.js';
import type { Meeting } from '../domain/meeting.js';
import type { CalendarDate } from '../domain/zoned-time.js';
import type { Reminder } from '../domain/reminder.js';
import type { ApprovedMinutesStore } from './approved-minutes-store.js';
import type { AuditEntry, AuditLog } from './audit-log-port.js';
import type { CrossBoardReader } from './cross-board-reader.js';
import type { Notifier, SendRateLimiter } from './send-ports.js';
import type { ConversationLink, LinkOutcome } from './conversation-link.js';

export type { NoticeMessage } from '../domain/notice-message.js';
export type { AttendanceReportReader, AttendanceReportResult } from './attendance-report-port.js';
export type { AuditChange, UndoableQuery } from './audit-change.js';
export type { AuditEntry, AuditLog } from './audit-log-port.js';
export type { ConversationLink, LinkOutcome } from './conversation-link.js';
export type { CrossBoardActionFilter, CrossBoardReader } from './cross-board-reader.js';
export type {
  Addressee,
  Notifier,
  SendFailure,
  SendRateLimiter,
  SendResult,
} from './send-ports.js';

/**
 * Boards live in one document per board (partition: tenant). `update` is a read-modify-write
 * guarded by the document's ETag: on a concurrent change it reloads and applies `change` again,
 * so `change` must be a pure function of the board it is given.
 */
export interface BoardRepository {
  findById(tenantId: TenantId, boardId: BoardId): Promise<Board | undefined>;
  findByConversation(tenantId: TenantId, conversationId: string): Promise<Board | undefined>;
  listForMember(tenantId: TenantId, aadObjectId: string): Promise<Board[]>;
  /**
   * Boards in any tenant that have this Entra id as a member, optionally only the one bound to
   * `conversationId`. A cross-partition query, used only when an activity's tenant has no board
   * for its sender: someone signed in through another organisation's tenant (shared channel,
   * external access) whose id the board holds.
   */
  listForMemberInAnyTenant(aadObjectId: string, conversationId?: string): Promise<Board[]>;
  /** Throws `DomainError('CONFLICT')` when a board with that id exists. */
  create(board: Board): Promise<Board>;
  /** Binds a conversation with no board of its own to a board set up elsewhere (idempotent). */
  linkConversation(link: ConversationLink): Promise<LinkOutcome>;
  /** Throws `DomainError('NOT_FOUND')` or, after bounded retries, `'CONCURRENT_UPDATE'`. */
  update(tenantId: TenantId, boardId: BoardId, change: (board: Board) => Board): Promise<Board>;
}

/** Meetings live in the `meetings` container, partitioned by board. */
export interface MeetingRepository {
  create(meeting: Meeting): Promise<Meeting>;
  findById(boardId: BoardId, meetingId: MeetingId): Promise<Meeting | undefined>;
  /**
   * Every meeting of the board, oldest first. Grows with the board's history: no turn reads it
   * (only cross-board search, until it has its own query, and tests).
   */
  listForBoard(boardId: BoardId): Promise<Meeting[]>;
  /**
   * The meetings a command can be about, by start: any in progress, and those planned on or after
   * `fromDay`. Few whatever the history (capped at 25); one request.
   */
  listCurrent(boardId: BoardId, fromDay: CalendarDate): Promise<Meeting[]>;
  /**
   * The first planned meeting on or after a day, or starting after an instant (`startsAt`), or
   * the earliest planned one at all. One request, one document.
   */
  findNextPlanned(
    boardId: BoardId,
    from: { day: CalendarDate } | { after: string } | 'earliest',
  ): Promise<Meeting | undefined>;
  /** The last meeting, whatever its status, starting before an instant (`startsAt`). */
  findLatestBefore(boardId: BoardId, before: string): Promise<Meeting | undefined>;
  /** The last meeting held (closed), by start. */
  findLatestHeld(boardId: BoardId): Promise<Meeting | undefined>;
  /** Meetings dated within the range (both ends included), by start, at most `limit` (100). */
  listBetween(
    boardId: BoardId,
    range: { from: CalendarDate; to: CalendarDate },
    limit?: number,
  ): Promise<Meeting[]>;
  /**
   * The last `limit` meetings, newest first: starting before `before` (a `startsAt`) if given;
   * with `startedOnly`, in progress or held; with `recordedOnly`, those or any with a register
   * (the attendance history).
   */
  listRecent(
    boardId: BoardId,
    limit: number,
    options?: { before?: string; startedOnly?: boolean; recordedOnly?: boolean },
  ): Promise<Meeting[]>;
  /** Meetings dated on `day` (a few at most), by start. */
  listOnDay(boardId: BoardId, day: CalendarDate): Promise<Meeting[]>;
  /** Meetings dated before `cutoff` that are not in progress, oldest first, at most `limit`. */
  listOlderThan(boardId: BoardId, cutoff: CalendarDate, limit: number): Promise<Meeting[]>;
  /** Meetings not closed that are linked to the Teams meeting or dated on `day`. */
  listOpenForTeamsMeeting(
    boardId: BoardId,
    match: { teamsMeetingId: string; day: CalendarDate },
  ): Promise<Meeting[]>;
  /** The meetings that name `meetingId` as their next meeting (set with `next meeting`). */
  listNamingAsNext(boardId: BoardId, meetingId: MeetingId): Promise<Meeting[]>;
  /** The meetings with these ids (those that exist), by start: what a page of actions names. */
  listByIds(boardId: BoardId, ids: readonly MeetingId[]): Promise<Meeting[]>;
  /**
   * Meetings in progress on every board, at most `limit`: what the live-timing tick looks at. One
   * cross-partition query; few at any moment (a meeting is in progress for an hour or two).
   */
  listInProgress(limit: number): Promise<Meeting[]>;
  /**
   * ETag read-modify-write, like `BoardRepository.update`; the revision increases on change.
   * Given the meeting itself as this repository handed it out (this turn) rather than its id, the
   * update starts from it without reading: the write is conditional on its ETag, and if anyone
   * changed the meeting since, the update reads it and applies `change` again.
   */
  update(
    boardId: BoardId,
    meeting: MeetingId | Meeting,
    change: (meeting: Meeting) => Meeting,
  ): Promise<Meeting>;
}

/** The number a new action gets, and its ordinal under its agenda item when it has one. */
export type NumberedAction = { number: number; ordinal?: number };

/**
 * Actions and the board's action counter live in the `actions` container (partition: board).
 * Numbers come from an atomic increment, so concurrent captures never share one.
 */
/**
 * A bounded listing: what a card shows, and how many there are in all ("…and N more"). The count
 * costs a request of its own, sent only when `actions` fills the page.
 */
export type ActionPage = { actions: Action[]; total: number };

/** Who an owner may be matched by; any one matching is enough. */
export type OwnerKeys = { memberId?: MemberId; aadObjectId?: string; initials?: string };

export interface ActionRepository {
  /**
   * Stores a new action under the board's next number (and, for `itemKey`, the next ordinal under
   * that agenda item), both taken only if the action is stored. `build` makes the action for the
   * number it is given (it may be called again when another capture took the number). When an
   * action with that id exists already (a retried capture), it is returned with `created: false`.
   * `audit` makes its audit entry, written with it (one batch: both or neither); `audited` says
   * whether it was (not on a retry or a lost race: then record it, by its key).
   */
  createNumbered(
    build: (numbered: NumberedAction) => Action,
    boardId: BoardId,
    itemKey?: string,
    audit?: (action: Action) => AuditEntry,
  ): Promise<{ action: Action; created: boolean; audited: boolean }>;
  /** The next board-wide number and, for `itemKey`, the nth action under that agenda item. */
  allocateNumber(boardId: BoardId, itemKey?: string): Promise<{ number: number; ordinal?: number }>;
  /**
   * Moves the board's number counter up to `atLeast` (an imported log's highest number) and never
   * down; answers the counter's value after.
   */
  raiseCounter(boardId: BoardId, atLeast: number): Promise<number>;
  /**
   * The next ordinal under an agenda item (`itemKey` as for `createNumbered`) without taking a
   * number: an action moved there (`action move`) gets a reference no capture will be given.
   */
  allocateOrdinal(boardId: BoardId, itemKey: string): Promise<number>;
  /** Throws `DomainError('CONFLICT')` when the id exists (a retried capture). */
  create(action: Action): Promise<Action>;
  findById(boardId: BoardId, actionId: ActionId): Promise<Action | undefined>;
  /** `findById` with the ETag it was read with, to hand to `update` as `known`. */
  findVersioned(boardId: BoardId, actionId: ActionId): Promise<Versioned<Action> | undefined>;
  /** An indexed equality on the number: one request, one document. */
  findByNumber(boardId: BoardId, number: number): Promise<Action | undefined>;
  /**
   * Open and ongoing actions by number, the first `limit` and how many in all; `exceptMeetingId`
   * leaves out those raised at that meeting (the agenda's action log).
   */
  listOpen(
    boardId: BoardId,
    options: { limit: number; exceptMeetingId?: MeetingId },
  ): Promise<ActionPage>;
  /** Open or ongoing and due before `today`, by number: the first `limit` and how many in all. */
  listOverdue(boardId: BoardId, today: CalendarDate, limit: number): Promise<ActionPage>;
  /**
   * Actions with an owner matching any of `owners` (a member, an Entra id, initials), by number:
   * the first `limit` and how many in all.
   */
  listOwnedBy(
    boardId: BoardId,
    owners: OwnerKeys,
    options: { limit: number; openOnly: boolean },
  ): Promise<ActionPage>;
  /** The board's log by number: the first `limit` and how many in all. */
  listFirst(boardId: BoardId, limit: number): Promise<ActionPage>;
  /** Every action raised at a meeting, by number (a meeting raises tens, not thousands). */
  listOfMeeting(boardId: BoardId, meetingId: MeetingId): Promise<Action[]>;
  /** One query: raised at the meeting, or before `from` and open or changed since (summaries). */
  listReviewedAt(boardId: BoardId, at: { meetingId: MeetingId; from: string }): Promise<Action[]>;
  /**
   * Open actions the weekly digest lists: overdue on `today`, or with no due date yet.
   */
  listOverdueOrUndated(boardId: BoardId, today: CalendarDate): Promise<Action[]>;
  /**
   * Open actions a meeting can date (domain/date-from-meeting.ts): undated, or following one of
   * `meetingIds`.
   */
  listUndatedOrFollowing(boardId: BoardId, meetingIds: readonly MeetingId[]): Promise<Action[]>;
  /**
   * What the annual report counts for `from`..`to` (calendar dates): actions raised in it,
   * completed since `from`, and open ones overdue on `asAt`. Never the years before.
   */
  listForYear(
    boardId: BoardId,
    range: { from: CalendarDate; to: CalendarDate; asAt: CalendarDate },
  ): Promise<Action[]>;
  /** Actions a person owns or has touched (their history names them): subject access. */
  listOfPerson(boardId: BoardId, person: OwnerKeys): Promise<Action[]>;
  /** The whole log by number, a page at a time (the CSV export shows every action). */
  pagesOfLog(boardId: BoardId): AsyncIterable<Action[]>;
  /**
   * Every action of the board, by number. Only the message extension's cross-board search reads
   * this (it is being replaced); nothing else may: it grows with the board's history.
   */
  listForBoard(boardId: BoardId): Promise<Action[]>;
  /**
   * ETag read-modify-write, like `BoardRepository.update`; the revision increases on change. With
   * `known` (the action as the caller just read it) the first attempt writes without reading again;
   * if someone changed it since, it reads and applies `change` again. `audit`: the change's entry,
   * written with it (both or neither; one already recorded under its key is kept).
   */
  update(
    boardId: BoardId,
    actionId: ActionId,
    change: (action: Action) => Action,
    known?: Versioned<Action>,
    audit?: (before: Action, after: Action) => AuditEntry,
  ): Promise<Action>;
}

/**
 * Where Quorate can write to later (proactive messages): one record per personal chat, channel and
 * group chat, refreshed from inbound activities. `reference` is the channel's own opaque shape.
 */
export type ConversationRecord = {
  tenantId: TenantId;
  conversationId: string;
  kind: ConversationKind;
  /** Set for personal chats: whose chat with the bot this is. */
  userAadObjectId?: string;
  serviceUrl: string;
  reference: Record<string, unknown>;
  updatedAt: string;
};

export interface ConversationStore {
  save(record: ConversationRecord): Promise<void>;
  find(tenantId: TenantId, conversationId: string): Promise<ConversationRecord | undefined>;
  findPersonal(tenantId: TenantId, aadObjectId: string): Promise<ConversationRecord | undefined>;
}

/**
 * What the retention sweep deletes and trims (Cosmos TTL is not available locally, so retention is
 * a sweep): meetings and actions past the board's period, and the before/after detail of old audit
 * entries, which keep who, what, when and the outcome.
 */
export interface RetentionStore {
  /** Every board, across tenants (the sweep's starting point). */
  listBoards(): Promise<Board[]>;
  /** True when it was there; a second delete (another instance's sweep) is not an error. */
  deleteMeeting(boardId: BoardId, meetingId: MeetingId): Promise<boolean>;
  deleteAction(boardId: BoardId, actionId: ActionId): Promise<boolean>;
  /**
   * Up to `limit` completed or closed actions last changed before `cutoff` (domain/retention.ts),
   * by number: the sweep deletes them and asks again until fewer come back.
   */
  listExpiredActionIds(boardId: BoardId, cutoff: CalendarDate, limit: number): Promise<ActionId[]>;
  /** Removes before/after from the board's audit entries dated before `beforeIso`; how many. */
  trimAudit(tenantId: TenantId, boardId: BoardId, beforeIso: string): Promise<number>;
}

/** A stored document with the ETag it was read with, for conditional writes. */
export type Versioned<T> = { value: T; etag: string };

/**
 * Reminders live in the `reminders` container, partitioned by the UTC day they fall due. Every
 * write after planning is conditional on the ETag, so of several instances exactly one claims a
 * reminder, and only the claimant records its outcome.
 */
export interface ReminderRepository {
  /** Creates those that do not exist yet (ids are deterministic); returns how many were new. */
  plan(reminders: readonly Reminder[]): Promise<number>;
  /**
   * Up to `limit` reminders ready at `now`, earliest first: pending and due, or claimed with an
   * expired lease. In every due day up to today, or only in `day`'s partition (cheaper).
   */
  listReady(now: Date, limit: number, options?: { day?: string }): Promise<Versioned<Reminder>[]>;
  /** Replaces it if nobody changed it since it was read (If-Match); undefined when someone did. */
  replace(current: Versioned<Reminder>, next: Reminder): Promise<Versioned<Reminder> | undefined>;
  findById(dueDay: string, id: string): Promise<Versioned<Reminder> | undefined>;
}

export interface Clock {
  now(): Date;
}

export interface IdGenerator {
  next(): string;
}

/** The stores the use cases read and write; storage/ implements them all over one database. */
export type Repositories = {
  boards: BoardRepository;
  meetings: MeetingRepository;
  actions: ActionRepository;
  conversations: ConversationStore;
  audit: AuditLog;
  reminders: ReminderRepository;
  crossBoard: CrossBoardReader;
  approvedMinutes: ApprovedMinutesStore;
};

export type Deps = Repositories & { clock: Clock; ids: IdGenerator };

/** What the reminder sweep needs on top of the use cases' dependencies. */
export type ReminderDeps = Deps & { notifier: Notifier; rateLimiter: SendRateLimiter };

export type Actor = { aadObjectId: string; name: string };
