import { renderActionLogCard } from '../cards/render-action-card.js';
import { listMyActions, MY_ACTIONS_LIMIT } from '../services/list-my-actions.js';
import { withBoards } from './board-replies.js';
import { downloadLink } from './download-link.js';
import type { ReplyContext } from './reply-context.js';
import type { Reply } from './reply.js';
import { cardReply } from './reply.js';
import type { Turn } from './turn.js';

/**
 * `actions mine` in a personal chat: the person's open actions on all their boards in one card,
 * each with its board's name when there are several. Read privately, by the person themselves.
 */
export const myActionsReply = (bot: ReplyContext, turn: Turn): Promise<Reply> =>
  withBoards(turn, async (boards) => {
    const mine = await listMyActions(bot.deps, { boards, actor: turn.actor });
    const [only] = boards;
    const single = boards.length === 1 ? only : undefined;
    return cardReply(
      renderActionLogCard({
        /** At the limit there may be more: say which ones these are. */
        title:
          mine.actions.length < MY_ACTIONS_LIMIT
            ? 'My open actions'
            : `My open actions: the ${MY_ACTIONS_LIMIT} recorded first`,
        boardName: single?.name ?? `${boards.length} boards`,
        actions: mine.actions.map((m) => m.action),
        today: mine.today,
        ...(single === undefined
          ? {
              boardOf: (a) => mine.actions.find((m) => m.action.id === a.id)?.board.name ?? '',
            }
          : {
              csvUrl: downloadLink(bot, single, {
                kind: 'actions.csv',
                aadObjectId: turn.actor.aadObjectId,
              }),
            }),
      }),
    );
  });
