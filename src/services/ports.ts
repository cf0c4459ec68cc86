import type { Board, ConversationKind } from '../domain/board.js';
import type { Action } from '../domain/action.js';
import type { ActionId, BoardId, MeetingId, TenantId } from '../domain/ids.js';
import type { Meeting } from '../domain/meeting.js';

/**
 * Boards live in one document per board (partition: tenant). `update` is a read-modify-write
 * guarded by the document's ETag: on a concurrent change it reloads and applies `change` again,
 * so `change` must be a pure function of the board it is given.
 */
export interface BoardRepository {
  findById(tenantId: TenantId, boardId: BoardId): Promise<Board | undefined>;
  findByConversation(tenantId: TenantId, conversationId: string): Promise<Board | undefined>;
  listForMember(tenantId: TenantId, aadObjectId: string): Promise<Board[]>;
  /** Throws `DomainError('CONFLICT')` when a board with that id exists. */
  create(board: Board): Promise<Board>;
  /** Throws `DomainError('NOT_FOUND')` or, after bounded retries, `'CONCURRENT_UPDATE'`. */
  update(tenantId: TenantId, boardId: BoardId, change: (board: Board) => Board): Promise<Board>;
}

/** Meetings live in the `meetings` container, partitioned by board. */
export interface MeetingRepository {
  create(meeting: Meeting): Promise<Meeting>;
  findById(boardId: BoardId, meetingId: MeetingId): Promise<Meeting | undefined>;
  /** Every meeting of the board, oldest first. */
  listForBoard(boardId: BoardId): Promise<Meeting[]>;
  /** ETag read-modify-write, like `BoardRepository.update`; the revision increases on change. */
  update(
    boardId: BoardId,
    meetingId: MeetingId,
    change: (meeting: Meeting) => Meeting,
  ): Promise<Meeting>;
}

/**
 * Actions and the board's action counter live in the `actions` container (partition: board).
 * Numbers come from an atomic increment, so concurrent captures never share one.
 */
export interface ActionRepository {
  /** The next board-wide number and, for `itemKey`, the nth action under that agenda item. */
  allocateNumber(boardId: BoardId, itemKey?: string): Promise<{ number: number; ordinal?: number }>;
  /** Throws `DomainError('CONFLICT')` when the id exists (a retried capture). */
  create(action: Action): Promise<Action>;
  findById(boardId: BoardId, actionId: ActionId): Promise<Action | undefined>;
  findByNumber(boardId: BoardId, number: number): Promise<Action | undefined>;
  /** Every action of the board, by number. */
  listForBoard(boardId: BoardId): Promise<Action[]>;
  update(boardId: BoardId, actionId: ActionId, change: (action: Action) => Action): Promise<Action>;
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
};

export interface AuditLog {
  record(entry: AuditEntry): Promise<void>;
  listForBoard(tenantId: TenantId, boardId: BoardId): Promise<AuditEntry[]>;
}

export interface Clock {
  now(): Date;
}

export interface IdGenerator {
  next(): string;
}

export type Deps = {
  boards: BoardRepository;
  meetings: MeetingRepository;
  actions: ActionRepository;
  conversations: ConversationStore;
  audit: AuditLog;
  clock: Clock;
  ids: IdGenerator;
};

export type Actor = { aadObjectId: string; name: string };
