import type { Agency, Board } from '../domain/board.js';
import { normaliseAgencyCode, upsertAgency } from '../domain/board.js';
import type { Actor, Deps } from './ports.js';
import { recordAudit } from './record-audit.js';
import { requireManager } from './require-manager.js';

/** Adds a partner agency, or renames one and sets whether it is a statutory partner. */
export const addAgency = async (
  deps: Deps,
  input: { board: Board; actor: Actor; agency: Agency },
): Promise<{ board: Board; agency: Agency; created: boolean }> => {
  await requireManager(deps, input.board, input.actor, 'agency.add', 'add or change agencies');
  const code = normaliseAgencyCode(input.agency.code);
  let created = false;
  const board = await deps.boards.update(input.board.tenantId, input.board.id, (current) => {
    created = !current.agencies.some((a) => a.code === code);
    return { ...upsertAgency(current, input.agency), updatedAt: deps.clock.now().toISOString() };
  });
  const agency = board.agencies.find((a) => a.code === code) ?? { ...input.agency, code };
  await recordAudit(deps, board, input.actor, {
    verb: 'agency.add',
    subject: code,
    outcome: 'done',
    after: agency,
  });
  return { board, agency, created };
};
