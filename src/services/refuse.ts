import type { Board } from '../domain/board.js';
import { DomainError } from '../domain/domain-error.js';
import type { Actor, Deps } from './ports.js';
import { recordAudit } from './record-audit.js';

/** Audits a refused `verb` on `subject` (ids only), then throws FORBIDDEN with `message` for chat. */
export const refuse = async (
  deps: Pick<Deps, 'audit' | 'clock'>,
  board: Pick<Board, 'tenantId' | 'id'>,
  actor: Actor,
  refusal: { verb: string; subject: string; message: string },
): Promise<never> => {
  await recordAudit(deps, board, actor, {
    verb: refusal.verb,
    subject: refusal.subject,
    outcome: 'refused',
  });
  throw new DomainError('FORBIDDEN', refusal.message);
};
