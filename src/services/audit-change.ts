import type { DocumentKind } from '../domain/document-parts.js';
import type { BoardId, TenantId } from '../domain/ids.js';

export type AuditChange = {
  kind: DocumentKind;
  /** The changed document's id. */
  id: string;
  said: string;
  /** The meeting the change belongs to: the meeting itself, or the meeting an action was raised at. */
  meetingId?: string;
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
