import { changeAction } from '../services/change-action.js';
import { withActionBoard } from './action-replies.js';
import { agendaReply } from './meeting-replies.js';
import type { ReplyContext } from './reply-context.js';
import type { Reply } from './reply.js';
import type { Turn } from './turn.js';

/** "Done" on an action in the agenda card's action log: marks it complete, answers with the agenda. */
export const agendaActionDoneReply = (
  bot: ReplyContext,
  turn: Turn,
  input: { meetingId: string; actionId: string; revision: number },
): Promise<Reply> =>
  withActionBoard(bot, turn, input.actionId, async (board, current) => {
    const result = await changeAction(bot.deps, {
      board,
      actor: turn.actor,
      ref: { actionId: input.actionId },
      change: { kind: 'done' },
      expectedRevision: input.revision,
      current,
    });
    const message = result.stale
      ? 'That action changed since this card was shown, so nothing was done.'
      : `Action ${result.action.number} marked complete.`;
    return agendaReply(bot, turn, input.meetingId, message);
  });
