import type { BoardId, TenantId } from '../domain/ids.js';
import type { AuditChange, UndoableQuery } from './audit-change.js';

/** One audited event: who did what to which document, when, and whether it was done or refused. */
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
  /**
   * Set on a user's change `undo` can revert (services/record-change.ts): which document, and what
   * was done in words without content. `before`/`after` then hold only the changed parts, by key.
   */
  change?: AuditChange;
};

export interface AuditLog {
  record(entry: AuditEntry): Promise<void>;
  listForBoard(tenantId: TenantId, boardId: BoardId): Promise<AuditEntry[]>;
  /** The latest change `undo` may revert, or none: one query, one document. */
  findLatestChange(query: UndoableQuery): Promise<AuditEntry | undefined>;
  /** The changes to one document after an instant, newest first, at most 20: who changed it since. */
  listChangesAfter(
    board: { tenantId: TenantId; boardId: BoardId },
    documentId: string,
    after: string,
  ): Promise<AuditEntry[]>;
  /** The entry recorded with `key`, if any: one point read. */
  findByKey(tenantId: TenantId, boardId: BoardId, key: string): Promise<AuditEntry | undefined>;
}
