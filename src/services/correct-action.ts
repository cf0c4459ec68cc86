import type { Action } from '../domain/action.js';
import { actionReference, ownsAction } from '../domain/action.js';
import type { Board } from '../domain/board.js';
import { canManageBoard, findMemberByAad, managersSentence } from '../domain/board.js';
import { moveActionToItem, rewordAction } from '../domain/correct-action.js';
import { DomainError } from '../domain/domain-error.js';
import { requireItem } from '../domain/find-item.js';
import { withdrawAction } from '../domain/withdraw-action.js';
import { requireAction } from './change-action.js';
import type { Actor, Deps } from './ports.js';
import { recordChange } from './record-change.js';
import { refuse } from './refuse.js';

export type ActionCorrection =
  | { kind: 'delete'; reason: string }
  | { kind: 'move'; item: string }
  | { kind: 'edit'; text: string };

const WHAT: Record<ActionCorrection['kind'], string> = {
  delete: 'withdraw actions',
  move: 'move actions to another item',
  edit: 'reword actions',
};

/** The action with a move's new reference worked out (its meeting's date, the item's number). */
const planMove = async (
  deps: Deps,
  board: Board,
  action: Action,
  ref: string,
): Promise<
  { itemId: string; reference: string; itemNumber: string; confidential: boolean } | undefined
> => {
  if (action.meetingId === undefined)
    throw new DomainError(
      'CONFLICT',
      `Action ${action.number} was not raised in a meeting, so it stands under no item.`,
    );
  const meeting = await deps.meetings.findById(board.id, action.meetingId);
  if (meeting === undefined)
    throw new DomainError(
      'NOT_FOUND',
      `The meeting action ${action.number} was raised in is gone.`,
    );
  const item = requireItem(meeting, ref);
  if (item.id === action.itemId) return undefined;
  const ordinal = await deps.actions.allocateOrdinal(board.id, `${meeting.id}_${item.id}`);
  return {
    itemId: item.id,
    itemNumber: item.number,
    confidential: item.confidential,
    reference: actionReference(meeting.date, item.number, ordinal),
  };
};

/**
 * `action delete <n> <reason>` (withdraws it: chair, vice-chairs and coordinators), `action move
 * <n> to item <item>` (the same people), `action edit <n> <text>` (also its owners). Each is
 * audited with the action before and after; repeating one changes nothing (a withdrawn action
 * stays withdrawn, the same words or item are no change). A withdrawn action keeps its number and
 * gets no more reminders (they are cancelled when they come up, as for any action no longer open).
 */
export const correctAction = async (
  deps: Deps,
  input: { board: Board; actor: Actor; number: number; correction: ActionCorrection },
): Promise<{ action: Action; changed: boolean; said: string }> => {
  const { board, actor, correction } = input;
  const current = await requireAction(deps, board, { number: input.number });
  const manager = canManageBoard(board, actor.aadObjectId);
  const owner = ownsAction(current, findMemberByAad(board, actor.aadObjectId), actor.aadObjectId);
  if (!manager && !(correction.kind === 'edit' && owner))
    await refuse(deps, board, actor, {
      verb: `action.${correction.kind}`,
      subject: current.id,
      message: `Only ${correction.kind === 'edit' ? `the action’s owners or ${managersSentence(board)}` : managersSentence(board)} can ${WHAT[correction.kind]} (action ${current.number}).`,
    });
  const at = deps.clock.now().toISOString();
  const by = actor.aadObjectId;
  let said: string;
  let change: (a: Action) => Action;
  switch (correction.kind) {
    case 'delete': {
      const reason = correction.reason.trim();
      if (current.status === 'withdrawn')
        return { action: current, changed: false, said: `action ${current.number} withdrawn` };
      said = `action ${current.number} withdrawn`;
      change = (a) => withdrawAction(a, { at, by, reason });
      break;
    }
    case 'move': {
      if (current.status === 'withdrawn')
        throw new DomainError(
          'CONFLICT',
          `Action ${current.number} was withdrawn: it stays where it was.`,
        );
      const plan = await planMove(deps, board, current, correction.item);
      if (plan === undefined)
        return {
          action: current,
          changed: false,
          said: `action ${current.number} is under that item`,
        };
      said = `action ${current.number} moved to item ${plan.itemNumber}`;
      change = (a) => moveActionToItem(a, { ...plan, by, at });
      break;
    }
    case 'edit':
      said = `action ${current.number} reworded`;
      change = (a) => rewordAction(a, { text: correction.text, by, at });
      break;
  }
  let before: Action = current;
  let changed = false;
  const action = await deps.actions.update(board.id, current.id, (a) => {
    before = a;
    const next = change(a);
    changed = next !== a;
    return next;
  });
  if (changed)
    await recordChange(deps, board, actor, {
      verb: `action.${correction.kind}`,
      subject: action.id,
      said,
      change: { kind: 'action', before, after: action },
      key: `${action.id}:r${action.revision}`,
    });
  return { action, changed, said };
};
