import type { Action } from '../domain/action.js';
import type { Board } from '../domain/board.js';
import { amendmentSaid } from '../domain/approved-minutes.js';
import type { Meeting } from '../domain/meeting.js';
import type { PartChange, PartedDocument } from '../domain/document-parts.js';
import { diffParts } from '../domain/document-parts.js';
import type { Actor, AuditChange, AuditEntry, Deps } from './ports.js';
import { auditEntryOf } from './record-audit.js';

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
  /** Another meeting the same change wrote (see AuditChange.companion): `undo` reverts both. */
  companion?: { kind: 'meeting'; before: Meeting; after: Meeting };
  /** Makes a retried change record once (see AuditEntry.key). */
  key?: string;
};

/** The meeting a change belongs to: `undo` by a chair in that meeting may revert it. */
const meetingOf = (change: ChangedDocument): string | undefined => {
  switch (change.kind) {
    case 'meeting':
      return change.after.id;
    case 'action':
      return change.after.meetingId;
    case 'board':
      return undefined;
  }
};

type StoredParts = { before: StoredPart[]; after: StoredPart[] };

const stored = (parts: readonly PartChange[]): StoredParts => ({
  before: parts.filter((p) => 'before' in p).map((p) => ({ key: p.key, value: p.before })),
  after: parts.filter((p) => 'after' in p).map((p) => ({ key: p.key, value: p.after })),
});

const companionOf = (
  companion: ChangeInput['companion'],
): NonNullable<AuditChange['companion']> | undefined => {
  if (companion === undefined) return undefined;
  const parts = diffParts(
    { kind: 'meeting', document: companion.before },
    { kind: 'meeting', document: companion.after },
  );
  return parts.length === 0
    ? undefined
    : { kind: 'meeting', id: companion.after.id, ...stored(parts) };
};

/**
 * A change to a meeting whose minutes a later meeting approved is an amendment to the approved
 * record: audited as `minutes.amend`, its words saying so ("amendment to the approved minutes of
 * 13 July 2022: note 3 on item 4 edited"). Approving, and undo, are not amendments themselves.
 */
const asAmendment = (input: ChangeInput): ChangeInput => {
  const { change } = input;
  if (change.kind !== 'meeting' || input.verb === 'undo' || input.verb === 'minutes.outcome')
    return input;
  if (change.before.minutesApproval === undefined || change.after.minutesApproval === undefined)
    return input;
  return { ...input, verb: 'minutes.amend', said: amendmentSaid(change.after, input.said) };
};

/**
 * Audits a user's change: the one place every correctable change is written down, so `undo` can
 * find and revert it. The entry keeps only the parts of the document that changed (their values
 * before and after, by part key: domain/document-parts.ts), so it stays small however large the
 * document; a change that changed nothing is audited as an event `undo` passes over.
 */
export const recordChange = (
  deps: Pick<Deps, 'audit' | 'clock'>,
  board: Pick<Board, 'tenantId' | 'id'>,
  actor: Actor,
  input: ChangeInput,
): Promise<void> => deps.audit.record(changeEntryOf(deps, board, actor, input));

/**
 * The audit entry `recordChange` records, for a repository that writes it together with the
 * change itself (one transactional batch: both or neither).
 */
export const changeEntryOf = (
  deps: Pick<Deps, 'clock'>,
  board: Pick<Board, 'tenantId' | 'id'>,
  actor: Actor,
  asked: ChangeInput,
): AuditEntry => {
  const input = asAmendment(asked);
  const { change } = input;
  const parts = diffParts(
    change.before === undefined
      ? undefined
      : ({ kind: change.kind, document: change.before } as PartedDocument),
    { kind: change.kind, document: change.after } as PartedDocument,
  );
  const meetingId = meetingOf(change);
  const companion = companionOf(input.companion);
  return auditEntryOf(deps, board, actor, {
    verb: input.verb,
    subject: input.subject,
    outcome: 'done',
    ...(parts.length > 0 && {
      ...stored(parts),
      change: {
        kind: change.kind,
        id: change.after.id,
        said: input.said,
        ...(meetingId !== undefined && { meetingId }),
        ...(companion !== undefined && { companion }),
      },
    }),
    ...(input.key !== undefined && { key: input.key }),
  });
};

type StoredPart = { key: string; value: unknown };

const byKey = (value: unknown): Map<string, unknown> =>
  new Map(Array.isArray(value) ? (value as StoredPart[]).map((p) => [p.key, p.value]) : []);

/**
 * The parts a recorded change touched, as `recordChange` stored them (lists of key and value, so
 * no part key becomes a property name). Empty once retention trimmed the entry.
 */
export const partChangesOf = (entry: Pick<AuditEntry, 'before' | 'after'>): PartChange[] => {
  const before = byKey(entry.before);
  const after = byKey(entry.after);
  return [...new Set([...before.keys(), ...after.keys()])].map((key) => ({
    key,
    ...(before.has(key) && { before: before.get(key) }),
    ...(after.has(key) && { after: after.get(key) }),
  }));
};
