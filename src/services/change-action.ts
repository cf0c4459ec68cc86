import type { Action, ActionChange } from '../domain/action.js';
import { MANAGER_ONLY, applyActionChange, ownsAction, resolveOwners } from '../domain/action.js';
import type { Board } from '../domain/board.js';
import { canManageBoard, findMemberByAad, managersSentence } from '../domain/board.js';
import { DomainError } from '../domain/domain-error.js';
import type { ActionId } from '../domain/ids.js';
import type { Actor, Deps } from './ports.js';
import { recordAudit } from './record-audit.js';
import { planNotice, scheduleActionReminders } from './schedule-reminders.js';

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
      await planNotice(
        deps,
        board,
        after,
        { kind: 'proposal', by: actor.aadObjectId, date: change.date },
        String(after.revision),
      );
      return;
    case 'decideProposal': {
      const proposal = before.proposedDue;
      if (proposal === undefined) return;
      await planNotice(
        deps,
        board,
        after,
        {
          kind: 'proposal-decided',
          by: actor.aadObjectId,
          to: proposal.by,
          accepted: change.accept,
          date: proposal.date,
        },
        String(after.revision),
      );
      if (change.accept) await scheduleActionReminders(deps, board, after);
      return;
    }
    case 'disown':
      await planNotice(
        deps,
        board,
        after,
        { kind: 'not-mine', by: actor.aadObjectId },
        `${actor.aadObjectId}:${after.revision}`,
      );
      return;
    case 'update':
    case 'done':
    case 'close':
    case 'assign':
      return;
  }
};

export type ChangeActionResult = { action: Action; changed: boolean; stale: boolean };

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
};

/**
 * One change to an action. Owners may update, complete and propose a date; only the chair and
 * coordinators reassign, change dates, close or reopen. A card click carries the revision it
 * showed: a stale click changes nothing and gets the current action back.
 */
export const changeAction = async (
  deps: Deps,
  input: {
    board: Board;
    actor: Actor;
    ref: ActionRef;
    change: ActionChange | { kind: 'assignText'; owners: string };
    expectedRevision?: number;
  },
): Promise<ChangeActionResult> => {
  const { board, actor } = input;
  const current = await requireAction(deps, board, input.ref);
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
  if (input.expectedRevision !== undefined && input.expectedRevision !== current.revision) {
    return { action: current, changed: false, stale: true };
  }
  const now = deps.clock.now();
  let changed = false;
  let stale = false;
  const action = await deps.actions.update(board.id, current.id, (a) => {
    if (input.expectedRevision !== undefined && a.revision !== input.expectedRevision) {
      stale = true;
      return a;
    }
    const next = applyActionChange(a, change, actor.aadObjectId, now);
    changed = next !== a;
    return changed ? { ...next, updatedAt: now.toISOString() } : a;
  });
  if (changed) {
    await recordAudit(deps, board, actor, {
      verb: `action.${change.kind}`,
      subject: action.id,
      outcome: 'done',
      after: { status: action.status, due: action.due ?? null },
    });
    await followUp(deps, board, current, action, change, actor);
  }
  return { action, changed, stale };
};
