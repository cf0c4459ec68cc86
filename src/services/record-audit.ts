import type { Board } from '../domain/board.js';
import type { Actor, AuditEntry, Deps } from './ports.js';

type AuditInput = Omit<AuditEntry, 'tenantId' | 'boardId' | 'at' | 'actor'>;

export const recordAudit = (
  deps: Pick<Deps, 'audit' | 'clock'>,
  board: Pick<Board, 'tenantId' | 'id'>,
  actor: Actor,
  entry: AuditInput,
): Promise<void> =>
  deps.audit.record({
    tenantId: board.tenantId,
    boardId: board.id,
    at: deps.clock.now().toISOString(),
    actor: actor.aadObjectId,
    ...entry,
  });
