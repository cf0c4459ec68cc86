import type { Action } from '../domain/action.js';
import type { ActionChange } from '../domain/apply-action-change.js';
import { ownsAction } from '../domain/action.js';
import { applyActionChange, MANAGER_ONLY } from '../domain/apply-action-change.js';
import { resolveOwners } from '../domain/resolve-owners.js';
import type { Board } from '../domain/board.js';
import { canManageBoard, findMemberByAad, managersSentence } from '../domain/board.js';
import { DomainError } from '../domain/domain-error.js';
import type { ActionId } from '../domain/ids.js';
import type { Actor, Deps, Versioned } from './ports.js';
import { recordAudit } from './record-audit.js';
import type { ChangeInput } from './record-change.js';
import { changeEntryOf } from './record-change.js';
import { planNotice, scheduleActionReminders } from './schedule-reminders.js';

/** What a change did, as `undo` reads it back ("action 12 reassigned"); never the text. */
const saidOf = (change: ActionChange, n: number): string => {
  switch (change.kind) {
    case 'update':
      return `update to action ${n}`;
    case 'done':
      return `action ${n} marked done`;
    case 'reopen':
      return `action ${n} reopened`;
    case 'close':
      return `action ${n} closed`;
    case 'due':
      return `due date of action ${n} changed`;
    case 'assign':
      return `action ${n} reassigned`;
    case 'propose':
      return `new date proposed for action ${n}`;
    case 'decideProposal':
      return `proposed date for action ${n} ${change.accept ? 'accepted' : 'rejected'}`;
    case 'disown':
      return `action ${n} said not to be theirs`;
    case 'confidential':
      return `action ${n} marked ${change.confidential ? 'confidential' : 'not confidential'}`;
  }
};

/**
 * One audit entry per revision, so the retry of a change whose answer was lost records it once.
 * With the action as it was before (`before`), `undo` can revert it. The repository writes it
 * with the change, in one batch.
 */
const changeOf = (change: ActionChange, before: Action, action: Action): ChangeInput => ({
  verb: `action.${change.kind}`,
  subject: action.id,
  said: saidOf(change, action.number),
  change: { kind: 'action', before, after: action },
  key: `${action.id}:r${action.revision}`,
});

/** A retried click that finds its change saved earlier knows no `before`: the event alone. */
const auditChange = (
  deps: Deps,
  board: Board,
  actor: Actor,
  change: ActionChange,
  action: Action,
  revision: number,
): Promise<void> => {
  const key = `${action.id}:r${revision}`;
  return recordAudit(deps, board, actor, {
    verb: `action.${change.kind}`,
    subject: action.id,
    outcome: 'done',
    after: { status: action.status, due: action.due ?? null },
    key,
  });
};

export type ActionRef = { number: number } | { actionId: string };

export const requireAction = async (
  deps: Pick<Deps, 'actions'>,
  board: Board,
  ref: ActionRef,
): Promise<Action> => {
  const action =
    'number' in ref
      ? await deps.actions.findByNumber(board.id, ref.number)
      : await deps.actions.findById(board.id, ref.actionId as ActionId);
  if (action === undefined) {
    throw new DomainError(
      'NOT_FOUND',
      'number' in ref
        ? `${board.name} has no action ${ref.number}. Type "actions" to see the log.`
        : `That card is not about an action of ${board.name}.`,
    );
  }
  return action;
};

/**
 * What a change sets in motion: a new date replans the reminders (those planned for the old date
 * are cancelled when they come up); a proposed date goes to the chair and coordinators; their
 * decision goes back to the proposer.
 */
const followUp = async (
  deps: Deps,
  board: Board,
  before: Action,
  after: Action,
  change: ActionChange,
  actor: Actor,
): Promise<void> => {
  switch (change.kind) {
    case 'due':
    case 'reopen':
      await scheduleActionReminders(deps, board, after);
      return;
    case 'propose':
      await planNotice(deps, board, {
        action: after,
        notice: { kind: 'proposal', by: actor.aadObjectId, date: change.date },
        key: String(after.revision),
      });
      return;
    case 'decideProposal': {
      const proposal = before.proposedDue;
      if (proposal === undefined) return;
      await planNotice(deps, board, {
        action: after,
        notice: {
          kind: 'proposal-decided',
          by: actor.aadObjectId,
          to: proposal.by,
          accepted: change.accept,
          date: proposal.date,
        },
        key: String(after.revision),
      });
      if (change.accept) await scheduleActionReminders(deps, board, after);
      return;
    }
    case 'disown':
      await planNotice(deps, board, {
        action: after,
        notice: { kind: 'not-mine', by: actor.aadObjectId },
        key: `${actor.aadObjectId}:${after.revision}`,
      });
      return;
    case 'update':
    case 'done':
    case 'close':
    case 'assign':
    case 'confidential':
      return;
  }
};

export type ChangeActionResult = {
  action: Action;
  changed: boolean;
  stale: boolean;
  /** The same change by the same person was already saved from this card (a retried click). */
  alreadyApplied?: boolean;
};

/**
 * Whether a stale click is the retry of one that did land: Cosmos saved the change but its answer
 * was lost (or came after Teams gave up), and the person pressed the same button again. Every change
 * adds one history entry and one revision, so the entries after `revision` are the ones made since
 * the card was shown. Only updates and completion, whose retries are common and whose follow-ups
 * are none, are recognised.
 */
const appliedSince = (
  action: Action,
  revision: number,
  change: ActionChange,
  by: string,
): boolean => {
  const since = action.history.slice(Math.max(1, revision));
  if (change.kind === 'update')
    return since.some((e) => e.by === by && e.kind === 'update' && e.text === change.text.trim());
  if (change.kind === 'done')
    return (
      action.status === 'completed' &&
      since.some((e) => e.by === by && e.kind === 'status' && e.to === 'completed')
    );
  return false;
};

const WHAT: Record<ActionChange['kind'], string> = {
  update: 'update actions',
  done: 'complete actions',
  reopen: 'reopen actions',
  close: 'close actions',
  due: 'change due dates',
  assign: 'reassign actions',
  propose: 'propose new dates',
  decideProposal: 'accept or reject proposed dates',
  disown: 'say an action is not theirs',
  confidential: 'mark actions confidential or not',
};

/** Whether `found` is the action `ref` names on `board` (a card click hands over what it read). */
const isAction = (found: Action, board: Board, ref: ActionRef): boolean =>
  found.boardId === board.id &&
  ('number' in ref ? found.number === ref.number : found.id === ref.actionId);

/**
 * One change to an action. Owners may update, complete and propose a date; only the chair and
 * coordinators reassign, change dates, close or reopen. A card click carries the revision it
 * showed: a stale click changes nothing and gets the current action back. `current` is the action
 * as the caller has just read it (a card click reads it to find it): it is not read again, and the
 * write goes out on its ETag (a concurrent change makes the write read and check again).
 */
export const changeAction = async (
  deps: Deps,
  input: {
    board: Board;
    actor: Actor;
    ref: ActionRef;
    change: ActionChange | { kind: 'assignText'; owners: string };
    expectedRevision?: number;
    current?: Versioned<Action>;
  },
): Promise<ChangeActionResult> => {
  const { board, actor } = input;
  const known =
    input.current !== undefined && isAction(input.current.value, board, input.ref)
      ? input.current
      : undefined;
  const current = known?.value ?? (await requireAction(deps, board, input.ref));
  const change: ActionChange =
    input.change.kind === 'assignText'
      ? (() => {
          const resolved = resolveOwners(board, (input.change as { owners: string }).owners);
          if (!resolved.ok)
            throw new DomainError(
              'INVALID_INPUT',
              resolved.problems.map((p) => p.message).join(' '),
            );
          return { kind: 'assign', owners: resolved.owners };
        })()
      : input.change;
  const manager = canManageBoard(board, actor.aadObjectId);
  const owner = ownsAction(current, findMemberByAad(board, actor.aadObjectId), actor.aadObjectId);
  const allowed =
    change.kind === 'disown' ? owner : manager || (owner && !MANAGER_ONLY.includes(change.kind));
  if (!allowed) {
    await recordAudit(deps, board, actor, {
      verb: `action.${change.kind}`,
      subject: current.id,
      outcome: 'refused',
    });
    const who = MANAGER_ONLY.includes(change.kind)
      ? managersSentence(board)
      : change.kind === 'disown'
        ? 'its owners'
        : `the action’s owners or ${managersSentence(board)}`;
    throw new DomainError(
      'FORBIDDEN',
      `Only ${who} can ${WHAT[change.kind]} (action ${current.number}).`,
    );
  }
  if (change.kind === 'propose' && manager)
    return changeAction(deps, { ...input, change: { kind: 'due', date: change.date } });
  const staleResult = async (action: Action): Promise<ChangeActionResult> => {
    const expected = input.expectedRevision ?? action.revision;
    if (!appliedSince(action, expected, change, actor.aadObjectId))
      return { action, changed: false, stale: true };
    await auditChange(deps, board, actor, change, action, expected + 1);
    return { action, changed: false, stale: false, alreadyApplied: true };
  };
  if (input.expectedRevision !== undefined && input.expectedRevision !== current.revision) {
    return staleResult(current);
  }
  const now = deps.clock.now();
  let changed = false;
  let stale = false;
  const action = await deps.actions.update(
    board.id,
    current.id,
    (a) => {
      if (input.expectedRevision !== undefined && a.revision !== input.expectedRevision) {
        stale = true;
        return a;
      }
      const next = applyActionChange(a, change, actor.aadObjectId, now);
      changed = next !== a;
      return changed ? { ...next, updatedAt: now.toISOString() } : a;
    },
    known,
    /** The change's audit entry, written with it (one batch). */
    (was, after) => changeEntryOf(deps, board, actor, changeOf(change, was, after)),
  );
  if (stale) return staleResult(action);
  if (changed) await followUp(deps, board, current, action, change, actor);
  return { action, changed, stale };
};
