import type { Agency, Board, Delegate } from '../domain/board.js';
import { removeDelegate as removeFromBoard } from '../domain/delegate-changes.js';
import type { Actor, Deps } from './ports.js';
import { recordChange } from './record-change.js';
import { requireManager } from './require-manager.js';

/** `delegate remove <who> for <agency>`: audited so `undo` names them again. */
export const removeDelegate = async (
  deps: Deps,
  input: { board: Board; actor: Actor; who: string; agency: string },
): Promise<{ board: Board; delegate: Delegate; agency: Agency }> => {
  await requireManager(deps, input.board, input.actor, 'delegate.remove', 'remove delegates');
  let result = removeFromBoard(input.board, input);
  let before = input.board;
  const board = await deps.boards.update(input.board.tenantId, input.board.id, (current) => {
    before = current;
    result = removeFromBoard(current, input);
    return { ...result.board, updatedAt: deps.clock.now().toISOString() };
  });
  await recordChange(deps, board, input.actor, {
    verb: 'delegate.remove',
    subject: board.id,
    said: `delegate of ${result.agency.code} removed`,
    change: { kind: 'board', before, after: board },
  });
  return { ...result, board };
};
