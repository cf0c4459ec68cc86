import type { Board, ConversationKind } from '../domain/board.js';
import type { Action, ActionStatus } from '../domain/action.js';
import type { ActionId, BoardId, MeetingId, MemberId, TenantId } from '../domain/ids.js';
import type { Meeting } from '../domain/meeting.js';
import type { CalendarDate } from '../domain/zoned-time.js';
import type { NoticeMessage } from '../domain/notice-message.js';
import type { Reminder } from '../domain/reminder.js';

export type { NoticeMessage } from '../domain/notice-message.js';

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
export interface ActionRepository {
  /**
   * Stores a new action under the board's next number (and, for `itemKey`, the next ordinal under
   * that agenda item), both taken only if the action is stored. `build` makes the action for the
   * number it is given (it may be called again when another capture took the number). When an
   * action with that id exists already (a retried capture), it is returned with `created: false`.
   */
  createNumbered(
    build: (numbered: NumberedAction) => Action,
    boardId: BoardId,
    itemKey?: string,
  ): Promise<{ action: Action; created: boolean }>;
  /** The next board-wide number and, for `itemKey`, the nth action under that agenda item. */
  allocateNumber(boardId: BoardId, itemKey?: string): Promise<{ number: number; ordinal?: number }>;
  /** Throws `DomainError('CONFLICT')` when the id exists (a retried capture). */
  create(action: Action): Promise<Action>;
  findById(boardId: BoardId, actionId: ActionId): Promise<Action | undefined>;
  /** `findById` with the ETag it was read with, to hand to `update` as `known`. */
  findVersioned(boardId: BoardId, actionId: ActionId): Promise<Versioned<Action> | undefined>;
  findByNumber(boardId: BoardId, number: number): Promise<Action | undefined>;
  /** Every action of the board, by number. */
  listForBoard(boardId: BoardId): Promise<Action[]>;
  /**
   * ETag read-modify-write, like `BoardRepository.update`; the revision increases on change. With
   * `known` (the action as the caller just read it) the first attempt writes without reading again;
   * if someone changed it since, it reads and applies `change` again.
   */
  update(
    boardId: BoardId,
    actionId: ActionId,
    change: (action: Action) => Action,
    known?: Versioned<Action>,
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

export type AuditEntry = {
  tenantId: TenantId;
  boardId: BoardId;
  at: string;
  /** Entra object id of who did it; never a display name or message content. */
  actor: string;
  verb: string;
  subject: string;
  outcome: 'done' | 'refused';
  before?: unknown;
  after?: unknown;
  /**
   * Makes recording idempotent: entries with the same key are one entry. Used where a retry after a
   * lost Cosmos answer would otherwise record a change twice, or not at all.
   */
  key?: string;
};

export interface AuditLog {
  record(entry: AuditEntry): Promise<void>;
  listForBoard(tenantId: TenantId, boardId: BoardId): Promise<AuditEntry[]>;
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

/** Caps proactive sends per tenant across every instance; resolves when a send may go. */
export interface SendRateLimiter {
  acquire(tenantId: TenantId): Promise<void>;
}

/**
 * What Teams answered a proactive send (after botbuilder's connector client has made its own
 * retries: up to three for 5xx and network errors, and for 429 only when Teams sent Retry-After).
 */
export type SendResult =
  | { ok: true }
  /**
   * Never retried on the same route: 403 the person blocked or removed the bot (Teams'
   * MessageWritesBlocked), 404 the chat is gone, another 4xx refused, or the stored service URL
   * is not a Teams one.
   */
  | {
      ok: false;
      permanent: true;
      code: 'blocked' | 'chat-gone' | 'refused' | 'url-refused';
      status?: number;
    }
  /** 429 (with the wait Teams asked for, if it said) or 5xx: worth another try later. */
  | {
      ok: false;
      permanent: false;
      code: 'throttled' | 'server-error';
      status: number;
      retryAfterMs?: number;
    }
  /** No answer at all: connection refused, dropped or timed out; `detail` is the error's kind. */
  | { ok: false; permanent: false; code: 'unreachable'; detail?: string; retryAfterMs?: undefined };

export type SendFailure = Exclude<SendResult, { ok: true }>;

/** Whom a message is for, when it has to go to the board's conversation instead of a personal chat. */
export type Addressee = { name: string; aadObjectId?: string };

/**
 * Delivers a notice into a stored conversation. The Teams implementation renders the card; the
 * message is data, so services never see Teams or card JSON.
 */
export interface Notifier {
  send(
    reference: Record<string, unknown>,
    message: NoticeMessage,
    addressee?: Addressee,
  ): Promise<SendResult>;
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
};

export type Deps = Repositories & { clock: Clock; ids: IdGenerator };

/** What the reminder sweep needs on top of the use cases' dependencies. */
export type ReminderDeps = Deps & { notifier: Notifier; rateLimiter: SendRateLimiter };

export type Actor = { aadObjectId: string; name: string };

/** What a cross-board read of actions keeps; every part is optional and they all must hold. */
export type CrossBoardActionFilter = {
  statuses?: readonly ActionStatus[];
  /** Due before this calendar date (an undated action is never included). */
  dueBefore?: CalendarDate;
  /**
   * Words (no spaces) each found, in any case, in the action's text, owners' initials or names, or
   * reference, or (all digits) its number. With `termsInConfidentialText: false`, the text of an action flagged
   * confidential is not looked in, so words from it never find it for a reader who may not see them.
   */
  terms?: readonly string[];
  termsInConfidentialText?: boolean;
  /** Owned by this person: their Entra id on the owner, or the member they are on each board. */
  owner?: { aadObjectId: string; members: readonly { boardId: BoardId; memberId: MemberId }[] };
  /** Raised in one of these meetings. */
  meetingIds?: readonly MeetingId[];
};

/**
 * Reads across the boards a person belongs to (found first with `BoardRepository.listForMember`)
 * in one query per container, whatever the number of boards: the search of the message extension
 * and `actions mine` in a personal chat. Every read is bounded by `limit` and stays in `tenantId`:
 * a board id of another tenant finds nothing. No board ids, no request.
 */
export interface CrossBoardReader {
  /** Newest change first (`recent`) or oldest first (`oldest`, by when it was recorded). */
  findActions(input: {
    tenantId: TenantId;
    boardIds: readonly BoardId[];
    filter: CrossBoardActionFilter;
    limit: number;
    order: 'recent' | 'oldest';
  }): Promise<Action[]>;
  /** Meetings with one of `ids`, or whose title or date holds every word; latest start first. */
  findMeetings(input: {
    tenantId: TenantId;
    boardIds: readonly BoardId[];
    match: { ids: readonly MeetingId[] } | { terms: readonly string[] };
    limit: number;
  }): Promise<Meeting[]>;
}
