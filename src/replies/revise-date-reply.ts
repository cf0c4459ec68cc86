import { asapDaysOf } from '../domain/asap-rule.js';
import { readDuePhrase } from '../domain/due-phrase.js';
import { todayIn } from '../domain/parse-when.js';
import { addDays, formatLongDate, formatMinuteDate } from '../domain/zoned-time.js';
import { reviseActionDate } from '../services/revise-action-date.js';
import { actionCardFor } from './action-replies.js';
import { withBoard } from './board-replies.js';
import { meetingsOf } from './meetings-of.js';
import type { ReplyContext } from './reply-context.js';
import type { Reply } from './reply.js';
import { textReply } from './reply.js';
import type { Turn } from './turn.js';

/**
 * `update 3 … revised date 31/03/20`: the update and the new date, or (a date Quorate is not sure
 * of) nothing saved and the form to say it in.
 */
export const reviseDateReply = (
  bot: ReplyContext,
  turn: Turn,
  input: { number: number; text: string; date: string },
): Promise<Reply> =>
  withBoard(turn, async (board) => {
    const today = todayIn(bot.deps.clock.now(), board.rules.timeZone);
    const reading = readDuePhrase(input.date, today, board.rules.timeZone);
    const next =
      reading.kind === 'nextMeeting'
        ? await (await meetingsOf(bot, turn, board)).nextMeeting(undefined)
        : undefined;
    const date =
      reading.kind === 'date'
        ? reading.date
        : reading.kind === 'asap'
          ? addDays(today, asapDaysOf(board))
          : next?.date;
    if (date === undefined) {
      const guess = reading.kind === 'unsure' ? reading.guess : undefined;
      const form = `update ${input.number} ${input.text === '' ? '' : `${input.text} `}revised date ${guess === undefined ? '31/03/27' : formatMinuteDate(guess).replaceAll('.', '/')}`;
      return textReply(
        reading.kind === 'nextMeeting'
          ? 'The next meeting has no date yet, so nothing was saved: give a date.'
          : `I was not sure what date "${input.date}" means, so nothing was saved${guess === undefined ? '' : ` (${formatLongDate(guess)}?)`}. Say it like "${form}".`,
      );
    }
    const result = await reviseActionDate(bot.deps, {
      board,
      actor: turn.actor,
      ref: { number: input.number },
      text: input.text,
      date,
      ...(next !== undefined && { meetingId: next.meetingId }),
    });
    bot.kickReminders?.();
    return actionCardFor(
      bot,
      turn,
      board,
      result.action,
      !result.changed
        ? `Update added; it was already ${result.proposed ? 'proposed' : 'due'} on ${formatLongDate(date)}.`
        : result.proposed
          ? `Update added; ${formatLongDate(date)} proposed to the chair and coordinators as the new date.`
          : `Update added; due date revised to ${formatLongDate(date)} (the old date is kept in the history).`,
    );
  });
