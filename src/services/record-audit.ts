import type { Board } from '../domain/board.js';
import type { Actor, AuditEntry, Deps } from './ports.js';

type AuditInput = Omit<AuditEntry, 'tenantId' | 'boardId' | 'at' | 'actor'>;

/** The entry as stored: the board, the moment and who, with what was done. */
export const auditEntryOf = (
  deps: Pick<Deps, 'clock'>,
  board: Pick<Board, 'tenantId' | 'id'>,
  actor: Actor,
  entry: AuditInput,
): AuditEntry => ({
  tenantId: board.tenantId,
  boardId: board.id,
  at: deps.clock.now().toISOString(),
  actor: actor.aadObjectId,
  ...entry,
});

export const recordAudit = (
  deps: Pick<Deps, 'audit' | 'clock'>,
  board: Pick<Board, 'tenantId' | 'id'>,
  actor: Actor,
  entry: AuditInput,
): Promise<void> => deps.audit.record(auditEntryOf(deps, board, actor, entry));
