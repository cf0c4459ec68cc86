import type { Agency, Board } from '../domain/board.js';
import { normaliseAgencyCode, upsertAgency } from '../domain/board.js';
import type { Actor, Deps } from './ports.js';
import { recordChange } from './record-change.js';
import { requireManager } from './require-manager.js';

/** Adds a partner agency, or renames one and sets whether it is a statutory partner. */
export const addAgency = async (
  deps: Deps,
  input: { board: Board; actor: Actor; agency: Agency },
): Promise<{ board: Board; agency: Agency; created: boolean }> => {
  await requireManager(deps, input.board, input.actor, 'agency.add', 'add or change agencies');
  const code = normaliseAgencyCode(input.agency.code);
  let created = false;
  let before = input.board;
  const board = await deps.boards.update(input.board.tenantId, input.board.id, (current) => {
    created = !current.agencies.some((a) => a.code === code);
    before = current;
    return { ...upsertAgency(current, input.agency), updatedAt: deps.clock.now().toISOString() };
  });
  const agency = board.agencies.find((a) => a.code === code) ?? { ...input.agency, code };
  await recordChange(deps, board, input.actor, {
    verb: 'agency.add',
    subject: code,
    said: `agency ${code} ${created ? 'added' : 'changed'}`,
    change: { kind: 'board', before, after: board },
  });
  return { board, agency, created };
};
