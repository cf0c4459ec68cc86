import type { Action } from '../domain/action.js';
import type { Board } from '../domain/board.js';
import { canManageBoard, findMemberByAad } from '../domain/board.js';
import type { PartChange, PartedDocument } from '../domain/document-parts.js';
import type { ActionId, MeetingId } from '../domain/ids.js';
import type { Meeting } from '../domain/meeting.js';
import type { RevertResult } from '../domain/revert-parts.js';
import { revertParts } from '../domain/revert-parts.js';
import { withdrawAction } from '../domain/withdraw-action.js';
import { utcToZoned } from '../domain/zoned-time.js';
import type { FoundMeetings } from './found-meetings.js';
import { findMeetingsOnce } from './found-meetings.js';
import type { Actor, AuditEntry, Deps } from './ports.js';
import type { ChangedDocument } from './record-change.js';
import { partChangesOf, recordChange } from './record-change.js';

/** How far back `undo` looks for the sender's own change. */
export const UNDO_WINDOW_HOURS = 24;

/** Who made a change, as a chair reads it: "you", a member's name, or "someone not on the board". */
export type ChangeBy = { you: boolean; name: string };

export type UndoOutcome =
  | { kind: 'undone'; said: string; by: ChangeBy; at: string; timeZone: string }
  /** This very message was handled before (Teams re-delivered it): nothing more is undone. */
  | { kind: 'repeated'; said: string }
  | { kind: 'nothing'; manager: boolean }
  /** The latest change is already reverted (by hand, or by an undo delivered at the same time). */
  | { kind: 'already'; said: string }
  /** Someone changed the same parts since: their change must be undone first. */
  | { kind: 'conflict'; said: string; since?: { said: string; by: ChangeBy } };

const UNDO_OF = 'undo of ';

/** What an undo itself is called: undoing an undo names the change it brings back. */
export const undoSaid = (said: string): string =>
  said.startsWith(UNDO_OF) ? said.slice(UNDO_OF.length) : `${UNDO_OF}${said}`;

export const changeBy = (board: Board, actor: Actor, aadObjectId: string): ChangeBy => {
  if (aadObjectId.toLowerCase() === actor.aadObjectId.toLowerCase())
    return { you: true, name: 'you' };
  return {
    you: false,
    name: findMemberByAad(board, aadObjectId)?.name ?? 'someone not on the board',
  };
};

/** The wall-clock time of an instant in the board's zone ("14:02"). */
export const timeOfChange = (at: string, timeZone: string): string =>
  utcToZoned(new Date(at), timeZone).time;

type Reverted = { result: RevertResult<PartedDocument>; change?: ChangedDocument };

/** An action's capture is undone by withdrawing it: its number is never reused. */
const isCapture = (parts: readonly PartChange[]): boolean =>
  parts.some((p) => p.key === 'action.number' && !('before' in p));

/**
 * Reverts one recorded change on its document's ETag. The change function is pure: it is applied
 * again when someone wrote the document in between.
 */
const revert = async (
  deps: Deps,
  board: Board,
  actor: Actor,
  entry: AuditEntry & { change: NonNullable<AuditEntry['change']> },
): Promise<Reverted> => {
  const parts = partChangesOf(entry);
  const id = entry.change.id;
  let outcome: Reverted = { result: { kind: 'unchanged' } };
  switch (entry.change.kind) {
    case 'board': {
      const after = await deps.boards.update(board.tenantId, board.id, (b) => {
        const result = revertParts({ kind: 'board', document: b }, parts);
        outcome = { result };
        if (result.kind !== 'reverted') return b;
        const next = { ...result.document, updatedAt: deps.clock.now().toISOString() };
        outcome.change = { kind: 'board', before: b, after: next };
        return next;
      });
      if (outcome.change?.kind === 'board') outcome.change.after = after;
      return outcome;
    }
    case 'meeting': {
      const after = await deps.meetings.update(board.id, id as MeetingId, (m) => {
        const result = revertParts({ kind: 'meeting', document: m }, parts);
        outcome = { result };
        if (result.kind !== 'reverted') return m;
        const next = { ...result.document, updatedAt: deps.clock.now().toISOString() };
        outcome.change = { kind: 'meeting', before: m, after: next };
        return next;
      });
      if (outcome.change?.kind === 'meeting') outcome.change.after = after;
      return outcome;
    }
    case 'action': {
      const capture = isCapture(parts);
      const after = await deps.actions.update(board.id, id as ActionId, (a) => {
        const result = revertParts({ kind: 'action', document: a }, parts);
        outcome = { result };
        if (result.kind === 'conflict') return a;
        const at = deps.clock.now().toISOString();
        let next: Action | undefined;
        if (capture)
          next =
            a.status === 'withdrawn'
              ? undefined
              : withdrawAction(a, { at, by: actor.aadObjectId, reason: 'undone' });
        else if (result.kind === 'reverted') next = { ...result.document, updatedAt: at };
        if (next === undefined) {
          outcome = { result: { kind: 'unchanged' } };
          return a;
        }
        outcome = {
          result: { kind: 'reverted', document: next },
          change: { kind: 'action', before: a, after: next },
        };
        return next;
      });
      if (outcome.change?.kind === 'action') outcome.change.after = after;
      return outcome;
    }
  }
};

/**
 * The second meeting a change wrote (approving minutes froze the earlier meeting), reverted after
 * the first: the changed document for the undo's own record, or none when it already reads so.
 */
const revertCompanion = async (
  deps: Deps,
  board: Board,
  companion: NonNullable<AuditEntry['change']>['companion'],
): Promise<{ kind: 'meeting'; before: Meeting; after: Meeting } | undefined> => {
  if (companion === undefined) return undefined;
  const parts = partChangesOf(companion);
  let changed: { kind: 'meeting'; before: Meeting; after: Meeting } | undefined;
  const after = await deps.meetings.update(board.id, companion.id as MeetingId, (m) => {
    const result = revertParts({ kind: 'meeting', document: m }, parts);
    changed = undefined;
    if (result.kind !== 'reverted') return m;
    const next = { ...result.document, updatedAt: deps.clock.now().toISOString() };
    changed = { kind: 'meeting', before: m, after: next };
    return next;
  });
  return changed === undefined ? undefined : { ...changed, after };
};

/** The latest change since `entry` that touched one of `keys` of its document: who to ask first. */
const changedSince = async (
  deps: Deps,
  board: Board,
  actor: Actor,
  entry: AuditEntry & { change: NonNullable<AuditEntry['change']> },
  keys: readonly string[],
): Promise<{ said: string; by: ChangeBy } | undefined> => {
  const later = await deps.audit.listChangesAfter(
    { tenantId: board.tenantId, boardId: board.id },
    entry.change.id,
    entry.at,
  );
  const found = later.find(
    (e) => e.change !== undefined && partChangesOf(e).some((p) => keys.includes(p.key)),
  );
  return found?.change === undefined
    ? undefined
    : { said: found.change.said, by: changeBy(board, actor, found.actor) };
};

/**
 * `undo`: reverts the sender's last change on this board made in the last 24 hours. The chair,
 * vice-chair and coordinators, while a meeting is in progress, revert the latest change of that
 * meeting (its agenda, notes, register, and the actions raised at it) by anyone, or their own
 * latest change if it is later. The undo is a change like any other: audited, and undone by the
 * next `undo`. `requestId` (the message's activity id) makes a re-delivered `undo` undo once.
 */
export const undoLastChange = async (
  deps: Deps,
  input: { board: Board; actor: Actor; found?: FoundMeetings; requestId?: string },
): Promise<UndoOutcome> => {
  const { board, actor } = input;
  const key = input.requestId === undefined ? undefined : `undo:${input.requestId}`;
  if (key !== undefined) {
    const done = await deps.audit.findByKey(board.tenantId, board.id, key);
    if (done?.change !== undefined) return { kind: 'repeated', said: undoSaid(done.change.said) };
  }
  const manager = canManageBoard(board, actor.aadObjectId);
  const inProgress = manager
    ? await (input.found ?? findMeetingsOnce(deps, board)).meeting()
    : undefined;
  const now = deps.clock.now();
  const entry = await deps.audit.findLatestChange({
    tenantId: board.tenantId,
    boardId: board.id,
    actor: actor.aadObjectId,
    since: new Date(now.getTime() - UNDO_WINDOW_HOURS * 3_600_000).toISOString(),
    ...(inProgress !== undefined && { meetingId: inProgress.id }),
  });
  if (entry?.change === undefined) return { kind: 'nothing', manager };
  const recorded = { ...entry, change: entry.change };
  const { result, change } = await revert(deps, board, actor, recorded);
  if (result.kind === 'conflict') {
    const since = await changedSince(deps, board, actor, recorded, result.keys);
    return { kind: 'conflict', said: recorded.change.said, ...(since !== undefined && { since }) };
  }
  if (change === undefined) return { kind: 'already', said: recorded.change.said };
  const companion = await revertCompanion(deps, board, recorded.change.companion);
  await recordChange(deps, board, actor, {
    verb: 'undo',
    subject: entry.subject,
    said: undoSaid(recorded.change.said),
    change,
    ...(companion !== undefined && { companion }),
    ...(key !== undefined && { key }),
  });
  return {
    kind: 'undone',
    said: recorded.change.said,
    by: changeBy(board, actor, entry.actor),
    at: entry.at,
    timeZone: board.rules.timeZone,
  };
};
