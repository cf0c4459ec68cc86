import { renderDueQuestionCard } from '../cards/render-due-question-card.js';
import type { Action } from '../domain/action.js';
import { asapDaysOf, isDueAsap } from '../domain/asap-rule.js';
import type { Board } from '../domain/board.js';
import { formatLongDate } from '../domain/zoned-time.js';
import type { CaptureQuestion } from '../services/capture-action.js';
import type { Reply } from './reply.js';
import { cardReply } from './reply.js';

/** The question card for a due date Quorate was not sure of; nothing has been saved. */
export const dueQuestionReply = (
  board: Board,
  question: CaptureQuestion,
  requestId: string,
): Reply =>
  cardReply(
    renderDueQuestionCard({
      phrase: question.ask.phrase,
      ...(question.ask.guess !== undefined && { guess: question.ask.guess }),
      owners: question.owners,
      text: question.text,
      requestId,
      boardId: board.id,
      ...(question.meetingId !== undefined && { meetingId: question.meetingId }),
      ...(question.itemId !== undefined && { itemId: question.itemId }),
    }),
  );

/**
 * What the action card says above a captured action: recorded, or (the answer to a date question
 * sent again) already recorded; an ASAP date says where it came from and how to change it.
 */
export const capturedMessage = (
  board: Board,
  action: Action,
  how: { created: boolean; answered: boolean },
): string => {
  if (!how.created && how.answered)
    return `Already recorded as action ${action.number}: nothing was changed.`;
  const recorded = `Recorded as action ${action.number}.`;
  if (!isDueAsap(action) || action.due === undefined) return recorded;
  return `${recorded} Due ${formatLongDate(action.due)} (ASAP: ${asapDaysOf(board)} days, the board’s rule); change it with "due ${action.number} <date>".`;
};
