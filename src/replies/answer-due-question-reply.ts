import type { DueAnswer } from '../cards/render-due-question-card.js';
import { chosenDue } from '../cards/render-due-question-card.js';
import { captureReply } from './action-replies.js';
import type { ReplyContext } from './reply-context.js';
import type { Reply } from './reply.js';
import { textReply } from './reply.js';
import type { Turn } from './turn.js';

/**
 * The answer to a date question: records the action once, with the date picked or due at the next
 * meeting. The board is the turn's (the card's board id is only a hint the turn checks), the
 * meeting and item are checked against that board; the request id the question carried keeps a
 * second click (or Teams' retry) from recording it twice: that click is told it is already
 * recorded, and shown the action.
 */
export const answerDueQuestionReply = (
  bot: ReplyContext,
  turn: Turn,
  answer: DueAnswer,
): Promise<Reply> => {
  const due = chosenDue(answer);
  if ('problem' in due) return Promise.resolve(textReply(due.problem));
  return captureReply(bot, turn, {
    spec: `${answer.owners} to ${answer.actionText.replace(/\s+/g, ' ')}`,
    requestId: answer.requestId,
    due,
    ...(answer.meetingId !== undefined && { meetingId: answer.meetingId }),
    ...(answer.itemId !== undefined && { itemId: answer.itemId }),
  });
};
