import type { Board } from '../domain/board.js';
import { DomainError } from '../domain/domain-error.js';
import { namedQuorumRule } from '../domain/named-quorum-rule.js';
import { checkQuorumRule } from '../domain/quorum.js';
import type { Actor, Deps } from './ports.js';
import { recordAudit } from './record-audit.js';
import { requireManager } from './require-manager.js';

/**
 * `quorum rule <expression>` (or `default` / `any deputy`): checked when saved, with the parser's
 * message; nothing saved if bad.
 */
export const setQuorumRule = async (
  deps: Deps,
  input: { board: Board; actor: Actor; rule: string },
): Promise<Board> => {
  await requireManager(deps, input.board, input.actor, 'quorum.rule', 'change the quorum rule');
  const rule = namedQuorumRule(input.rule);
  const check = checkQuorumRule(rule);
  if (!check.ok) throw new DomainError('INVALID_INPUT', `${check.message} Nothing was saved.`);
  const board = await deps.boards.update(input.board.tenantId, input.board.id, (b) => ({
    ...b,
    rules: { ...b.rules, quorumRule: rule },
    updatedAt: deps.clock.now().toISOString(),
  }));
  await recordAudit(deps, board, input.actor, {
    verb: 'quorum.rule',
    subject: board.id,
    outcome: 'done',
  });
  return board;
};
