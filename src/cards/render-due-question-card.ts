import { z } from 'zod';
import type { ChosenDue } from '../domain/action-capture.js';
import { formatLongDate, isCalendarDate } from '../domain/zoned-time.js';
import type { AdaptiveCard } from './card-types.js';
import { card, executeAction, facts, heading, text } from './elements.js';
import { Verbs } from './verbs.js';

export type DueQuestionView = {
  /** The words Quorate was not sure of, as typed: "by 31st". */
  phrase: string;
  guess?: string;
  owners: string;
  /** The action without the date phrase; the person may correct it before recording. */
  text: string;
  requestId: string;
  boardId: string;
  meetingId?: string;
  itemId?: string;
};

/**
 * What the date question's buttons send (checked by the route before anything runs). The board and
 * meeting ids are hints checked against the clicker's boards; the request id makes the answer
 * record the action once however often it is sent.
 */
export const DueAnswerData = z.object({
  owners: z.string().trim().min(1).max(300),
  actionText: z.string().trim().min(1).max(2000),
  requestId: z.string().min(1).max(200),
  meetingId: z.string().min(1).max(100).optional(),
  itemId: z.string().min(1).max(100).optional(),
  dueDate: z.string().max(40).optional(),
  noDate: z.enum(['true']).optional(),
});
export type DueAnswer = z.infer<typeof DueAnswerData>;

/** The date the answer chose, "next meeting", or a line saying what is missing. */
export const chosenDue = (answer: DueAnswer): ChosenDue | { problem: string } => {
  if (answer.noDate === 'true') return { kind: 'nextMeeting' };
  const date = (answer.dueDate ?? '').trim();
  if (date === '') return { problem: 'Pick the date first, or choose "No date".' };
  return isCalendarDate(date) ? { kind: 'date', date } : { problem: `${date} is not a date.` };
};

/**
 * Asks for a due date Quorate was not sure of ("by 31st", "by next week"): nothing is saved until
 * the person picks a date (pre-filled with the best guess) or "no date" (due at the next meeting).
 */
export const renderDueQuestionCard = (view: DueQuestionView): AdaptiveCard => {
  const data = {
    owners: view.owners,
    requestId: view.requestId,
    boardId: view.boardId,
    ...(view.meetingId !== undefined && { meetingId: view.meetingId }),
    ...(view.itemId !== undefined && { itemId: view.itemId }),
  };
  return card(
    [
      ...heading('When is this action due?', 'Nothing was saved yet.'),
      text(
        `I was not sure what date “${view.phrase}” means.${view.guess === undefined ? '' : ` My best guess is ${formatLongDate(view.guess)}.`}`,
        { color: 'Attention' },
      ),
      facts([['Owners', view.owners]]),
      {
        type: 'Input.Text',
        id: 'actionText',
        label: 'Action',
        value: view.text,
        isMultiline: true,
        maxLength: 2000,
      },
      {
        type: 'Input.Date',
        id: 'dueDate',
        label: 'Due',
        ...(view.guess !== undefined && { value: view.guess }),
      },
    ],
    [
      executeAction('Record with this date', Verbs.actionCaptureDated, data),
      executeAction('No date (due at the next meeting)', Verbs.actionCaptureDated, {
        ...data,
        noDate: 'true',
      }),
    ],
  );
};
