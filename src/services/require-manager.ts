import type { Board } from '../domain/board.js';
import { canManageBoard, managersSentence } from '../domain/board.js';
import { todayIn } from '../domain/parse-when.js';
import type { Actor, Deps } from './ports.js';
import { refuse } from './refuse.js';

/** Refuses (and audits the refusal) unless the actor is a chair, vice-chair or coordinator. */
export const requireManager = async (
  deps: Pick<Deps, 'audit' | 'clock'>,
  board: Board,
  actor: Actor,
  verb: string,
  what: string,
): Promise<void> => {
  if (canManageBoard(board, actor.aadObjectId, todayIn(deps.clock.now(), board.rules.timeZone)))
    return;
  await refuse(deps, board, actor, {
    verb,
    subject: board.id,
    message: `Only ${managersSentence(board)} can ${what}.`,
  });
};
