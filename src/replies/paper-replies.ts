import { renderPapersCard } from '../cards/render-papers-card.js';
import { canManageBoard } from '../domain/board.js';
import { discloseMeeting, disclosePolicyOf } from '../domain/disclosure.js';
import { addPaper } from '../services/add-paper.js';
import { decideLatePaper } from '../services/decide-late-paper.js';
import { requireActiveMeeting } from '../services/find-active-meeting.js';
import { withBoard } from './board-replies.js';
import type { ReplyContext } from './reply-context.js';
import type { Reply } from './reply.js';
import { cardReply, textReply } from './reply.js';
import { answerRestricted, titleFor, turnAudience } from './restricted-answer.js';
import type { Turn } from './turn.js';

/** `paper <item> <title> <link>`: a paper for an item; late ones wait for the chair. */
export const paperReply = (
  bot: ReplyContext,
  turn: Turn,
  input: { item: string; title: string; link: string },
): Promise<Reply> =>
  withBoard(turn, async (board) => {
    const { item, paper } = await addPaper(bot.deps, {
      board,
      actor: turn.actor,
      ...input,
      found: turn,
    });
    const shown = titleFor(board, turn, item) === item.title ? `"${paper.title}"` : 'the paper';
    return textReply(
      paper.late
        ? `Added ${shown} to item ${item.number}. It arrived after the ${board.rules.paperDeadlineDays}-day paper deadline, so it stays off the agenda pack unless the chair accepts it ("papers").`
        : `Added ${shown} to item ${item.number}.`,
    );
  });

export const papersReply = (bot: ReplyContext, turn: Turn): Promise<Reply> =>
  withBoard(turn, async (board) => {
    const meeting = await requireActiveMeeting(bot.deps, board, turn);
    return answerRestricted(bot, turn, board, (audience) =>
      renderPapersCard(
        board,
        discloseMeeting(meeting, audience, disclosePolicyOf(board.rules)),
        canManageBoard(board, turn.actor.aadObjectId),
      ),
    );
  });

export const decidePaperReply = (
  bot: ReplyContext,
  turn: Turn,
  input: { meetingId: string; paperId: string; decision: 'accepted' | 'rejected' },
): Promise<Reply> =>
  withBoard(turn, async (board) => {
    const meeting = await decideLatePaper(bot.deps, { board, actor: turn.actor, ...input });
    return cardReply(
      renderPapersCard(
        board,
        discloseMeeting(meeting, turnAudience(board, turn), disclosePolicyOf(board.rules)),
        canManageBoard(board, turn.actor.aadObjectId),
      ),
    );
  });
