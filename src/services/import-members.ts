import type { Board, Member } from '../domain/board.js';
import { applyMemberImport } from '../domain/board-members.js';
import type { RowProblem } from '../domain/member-table.js';
import { parseMemberTable } from '../domain/member-table.js';
import type { Actor, Deps } from './ports.js';
import { recordChange } from './record-change.js';
import { requireManager } from './require-manager.js';

export type ImportMembersResult =
  | { ok: true; board: Board; added: Member[]; updated: Member[] }
  | { ok: false; problems: RowProblem[] };

/**
 * Adds or updates members from a pasted table. Every row is checked first against the board as
 * stored at write time; one bad row saves nothing.
 */
export const importMembers = async (
  deps: Deps,
  input: { board: Board; actor: Actor; table: string },
): Promise<ImportMembersResult> => {
  await requireManager(deps, input.board, input.actor, 'members.import', 'import members');
  const preview = parseMemberTable(input.table, input.board);
  if (!preview.ok) return preview;
  let outcome = { ok: false, problems: [] } as ImportMembersResult;
  let before = input.board;
  const board = await deps.boards.update(input.board.tenantId, input.board.id, (current) => {
    const parsed = parseMemberTable(input.table, current);
    if (!parsed.ok) {
      outcome = parsed;
      return current;
    }
    const applied = applyMemberImport(current, parsed.rows, () => deps.ids.next());
    if (!applied.ok) {
      outcome = applied;
      return current;
    }
    outcome = { ok: true, board: applied.board, added: applied.added, updated: applied.updated };
    before = current;
    return { ...applied.board, updatedAt: deps.clock.now().toISOString() };
  });
  if (!outcome.ok) return outcome;
  await recordChange(deps, board, input.actor, {
    verb: 'members.import',
    subject: board.id,
    said: `members import (${outcome.added.length} added, ${outcome.updated.length} updated)`,
    change: { kind: 'board', before, after: board },
  });
  return { ...outcome, board };
};
