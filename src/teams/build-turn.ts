import type { TurnContext } from 'botbuilder';
import type { Turn } from '../replies/turn.js';
import type { BoardResolution } from '../services/resolve-board.js';
import { resolveBoard } from '../services/resolve-board.js';
import type { BotContext } from './bot-context.js';
import { readTurnIdentity } from './turn-identity.js';

/**
 * The one place that reads who sent a turn and from where, and binds the turn's board (looked up
 * on first use, at most once) and roster reader. Undefined when the activity does not say who or
 * where: the caller answers so and does nothing.
 */
export const buildTurn = (context: TurnContext, bot: BotContext): Turn | undefined => {
  const identity = readTurnIdentity(context);
  if (identity === undefined) return undefined;
  let board: Promise<BoardResolution> | undefined;
  return {
    ...identity,
    board: () =>
      (board ??= resolveBoard(bot.deps, {
        tenantId: identity.tenantId,
        conversationId: identity.conversationId,
        kind: identity.kind,
        actorAadObjectId: identity.actor.aadObjectId,
      })),
    roster: () => bot.readRoster(context),
  };
};
