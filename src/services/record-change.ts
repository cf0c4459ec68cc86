import type { Action } from '../domain/action.js';
import type { Board } from '../domain/board.js';
import type { Meeting } from '../domain/meeting.js';
import type { Actor, Deps } from './ports.js';
import { recordAudit } from './record-audit.js';

/** One stored document as it was before a user's change and as the change left it. */
export type ChangedDocument =
  | { kind: 'board'; before: Board; after: Board }
  | { kind: 'meeting'; before: Meeting; after: Meeting }
  | { kind: 'action'; before: Action | undefined; after: Action };

export type ChangeInput = {
  /** e.g. `note.edit`, `action.delete`, `member.leave`. */
  verb: string;
  /** The changed document's id (or `<meetingId>/<entryId>` for a part of a meeting). */
  subject: string;
  /**
   * What was done, in words a chair reads back after `undo` ("note 3 on item 4 edited"). Names
   * numbers, items and initials; never the content of a note, decision or action.
   */
  said: string;
  change: ChangedDocument;
  /** Makes a retried change record once (see AuditEntry.key). */
  key?: string;
};

/**
 * Audits a user's change with its before and after state: the one place every correctable change
 * is written down, so `undo` can find and revert it.
 */
export const recordChange = (
  deps: Pick<Deps, 'audit' | 'clock'>,
  board: Pick<Board, 'tenantId' | 'id'>,
  actor: Actor,
  input: ChangeInput,
): Promise<void> =>
  recordAudit(deps, board, actor, {
    verb: input.verb,
    subject: input.subject,
    outcome: 'done',
    before: { kind: input.change.kind, said: input.said, document: input.change.before ?? null },
    after: { kind: input.change.kind, document: input.change.after },
    ...(input.key !== undefined && { key: input.key }),
  });
