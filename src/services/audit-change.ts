import type { DocumentKind } from '../domain/document-parts.js';
import type { BoardId, TenantId } from '../domain/ids.js';

export type AuditChange = {
  kind: DocumentKind;
  /** The changed document's id. */
  id: string;
  said: string;
  /** The meeting the change belongs to: the meeting itself, or the meeting an action was raised at. */
  meetingId?: string;
  /**
   * A second meeting the same change wrote, with its changed parts (as `before`/`after` hold the
   * first's): approving minutes writes the approving meeting and freezes the earlier one, and one
   * `undo` reverts both.
   */
  companion?: {
    kind: 'meeting';
    id: string;
    before: { key: string; value: unknown }[];
    after: { key: string; value: unknown }[];
  };
};

/** Which changes `undo` looks at: a person's own, and with `meetingId` any change of that meeting. */
export type UndoableQuery = {
  tenantId: TenantId;
  boardId: BoardId;
  actor: string;
  /** Only changes made at or after this instant. */
  since: string;
  meetingId?: string;
};
