import { renderDelegatesCard } from '../cards/render-delegates-card.js';
import { requireAgency } from '../domain/delegate-changes.js';
import { nameDelegate } from '../services/name-delegate.js';
import { removeDelegate } from '../services/remove-delegate.js';
import { withBoard } from './board-replies.js';
import type { ReplyContext } from './reply-context.js';
import type { Reply } from './reply.js';
import { cardReply } from './reply.js';
import type { Turn } from './turn.js';

/** `delegates [<agency>]`: every agency's delegates, or one agency's. */
export const delegatesReply = (turn: Turn, agency?: string): Promise<Reply> =>
  withBoard(turn, (board) =>
    Promise.resolve(
      cardReply(
        renderDelegatesCard(board, {
          ...(agency !== undefined && { only: requireAgency(board, agency).code }),
        }),
      ),
    ),
  );

/** `delegate <who> for <agency>`: the list as it now stands, with what changed above it. */
export const delegateReply = (
  bot: ReplyContext,
  turn: Turn,
  input: { who: string; agency: string },
): Promise<Reply> =>
  withBoard(turn, async (board) => {
    const result = await nameDelegate(bot.deps, { board, actor: turn.actor, ...input });
    return cardReply(
      renderDelegatesCard(result.board, {
        message: result.added
          ? `${result.delegate.name} may now decide for ${result.agency.name}. "undo" takes it back.`
          : `${result.delegate.name} is already a delegate of ${result.agency.name}.`,
      }),
    );
  });

/** `delegate remove <who> for <agency>`. */
export const delegateRemoveReply = (
  bot: ReplyContext,
  turn: Turn,
  input: { who: string; agency: string },
): Promise<Reply> =>
  withBoard(turn, async (board) => {
    const result = await removeDelegate(bot.deps, { board, actor: turn.actor, ...input });
    return cardReply(
      renderDelegatesCard(result.board, {
        message: `${result.delegate.name} is no longer a delegate of ${result.agency.name}. "undo" takes it back.`,
      }),
    );
  });
