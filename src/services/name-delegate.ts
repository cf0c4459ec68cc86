import type { Agency, Board, Delegate } from '../domain/board.js';
import { addDelegate } from '../domain/delegate-changes.js';
import type { Actor, Deps } from './ports.js';
import { recordChange } from './record-change.js';
import { requireManager } from './require-manager.js';

/**
 * `delegate <who> for <agency>`: names someone authorised to decide for an agency (a Delegated
 * Safeguarding Partner). Audited as a change of the board so `undo` takes it back; naming someone
 * already listed writes nothing.
 */
export const nameDelegate = async (
  deps: Deps,
  input: { board: Board; actor: Actor; who: string; agency: string },
): Promise<{ board: Board; delegate: Delegate; agency: Agency; added: boolean }> => {
  await requireManager(deps, input.board, input.actor, 'delegate.add', 'name delegates');
  const at = deps.clock.now().toISOString();
  const check = addDelegate(input.board, { ...input, at, by: input.actor.aadObjectId });
  if (!check.added) return check;
  let before = input.board;
  let result = check;
  const board = await deps.boards.update(input.board.tenantId, input.board.id, (current) => {
    before = current;
    result = addDelegate(current, { ...input, at, by: input.actor.aadObjectId });
    return { ...result.board, updatedAt: at };
  });
  await recordChange(deps, board, input.actor, {
    verb: 'delegate.add',
    subject: board.id,
    said: `delegate of ${result.agency.code} named`,
    change: { kind: 'board', before, after: board },
  });
  return { ...result, board };
};
