import type { DueQuestion } from '../domain/action-capture.js';
import { readDuePhrase } from '../domain/due-phrase.js';
import type { CalendarDate } from '../domain/zoned-time.js';
import { formatLongDate, formatMinuteDate } from '../domain/zoned-time.js';

const FORMS =
  'write it like 31/03/27, "end of March", "within 2 weeks", or leave it empty for the next meeting';

/**
 * What is wrong with the "Record an action" dialog's due box, if anything: a date Quorate is not
 * sure of comes back with its best guess written in the box, to confirm by recording again.
 */
export const dialogDueProblem = (
  due: string,
  today: CalendarDate,
  timeZone: string,
): { problem: string; due: string } | undefined => {
  const reading = readDuePhrase(due, today, timeZone);
  switch (reading.kind) {
    case 'date':
    case 'nextMeeting':
    case 'asap':
      return undefined;
    case 'unsure':
      return reading.guess === undefined
        ? { problem: `I could not read "${due}" as a date: ${FORMS}.`, due }
        : {
            problem: `I was not sure what date "${due}" means: is it ${formatLongDate(reading.guess)}? It is in the box now: record again to use it, or ${FORMS}.`,
            due: formatMinuteDate(reading.guess),
          };
    case 'text':
      return { problem: `I could not read "${due}" as a date: ${FORMS}.`, due };
  }
};

/** The dialog's line when the action's own text holds a date Quorate was not sure of. */
export const askedInDialog = (ask: DueQuestion): string =>
  `I was not sure what date "${ask.phrase}" means${ask.guess === undefined ? '' : ` (${formatLongDate(ask.guess)}?)`}: nothing was saved. Check the due box and record again (empty: due at the next meeting).`;
