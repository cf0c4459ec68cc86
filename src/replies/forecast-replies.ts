import type { ForecastAnswer } from '../cards/render-forecast-cards.js';
import {
  renderForecastAskCard,
  renderForecastCard,
  renderForecastsCard,
} from '../cards/render-forecast-cards.js';
import type { Board } from '../domain/board.js';
import { canManageBoard } from '../domain/board.js';
import { DomainError, isDomainError } from '../domain/domain-error.js';
import { delegatesOf } from '../domain/delegates.js';
import { meetingId } from '../domain/ids.js';
import { parseWhen, todayIn } from '../domain/parse-when.js';
import { formatLongDate } from '../domain/zoned-time.js';
import type { CalendarDate } from '../domain/zoned-time.js';
import type { ForecastAskAnswer } from '../services/answer-forecast-ask.js';
import { answerForecastAsk } from '../services/answer-forecast-ask.js';
import { forecastNextMeeting } from '../services/forecast-next-meeting.js';
import type { DeputySpec } from '../services/send-apologies.js';
import { sendApologies } from '../services/send-apologies.js';
import { keptEntryMessage, tellChairsOfConflict } from './attendance-conflict-reply.js';
import { withBoard, withBoards } from './board-replies.js';
import { agendaCardFor } from './meeting-replies.js';
import type { ReplyContext } from './reply-context.js';
import type { Reply } from './reply.js';
import { cardReply, textReply } from './reply.js';
import type { Turn } from './turn.js';

/**
 * `quorum forecast`: the next meeting's forecast in the board's chat; in a personal chat, the next
 * meeting of each board the person chairs or coordinates.
 */
export const quorumForecastReply = (bot: ReplyContext, turn: Turn): Promise<Reply> =>
  withBoards(turn, async (boards) => {
    const [only] = boards;
    if (boards.length === 1 && only !== undefined) {
      const { meeting, forecast } = await forecastNextMeeting(bot.deps, {
        board: only,
        actor: turn.actor,
        found: turn,
      });
      return cardReply(renderForecastCard({ boardName: only.name, meeting, forecast }));
    }
    const run = boards.filter((b) => canManageBoard(b, turn.actor.aadObjectId));
    const views = [];
    for (const board of run) {
      try {
        const { meeting, forecast } = await forecastNextMeeting(bot.deps, {
          board,
          actor: turn.actor,
        });
        views.push({ boardName: board.name, meeting, forecast });
      } catch (error) {
        if (!isDomainError(error)) throw error;
      }
    }
    if (views.length === 0)
      return textReply(
        run.length === 0
          ? 'Only the chair, vice-chairs and coordinators see the quorum forecast, and you run none of your boards.'
          : 'None of the boards you run has a meeting planned.',
      );
    return cardReply(renderForecastsCard(views));
  });

const ownMessage = (
  result: Awaited<ReturnType<typeof sendApologies>>,
): { said: string; conflict: boolean } => {
  const { meeting, member, outcome, deputy } = result;
  const on = `${meeting.title} on ${formatLongDate(meeting.date)}`;
  if (outcome === 'keep-deputy' || outcome === 'conflict')
    return {
      said: keptEntryMessage(meeting, { member, outcome }),
      conflict: outcome === 'conflict',
    };
  return {
    said:
      deputy === undefined
        ? `Apologies from ${member.name} (${member.initials}) for ${on} are recorded. To send a deputy, type "apologies deputy ‹name›, ‹role›".`
        : `Apologies from ${member.name} (${member.initials}) for ${on} are recorded, with ${deputy.name}${deputy.designation === undefined ? '' : ` (${deputy.designation})`} attending for them.`,
    conflict: false,
  };
};

/**
 * `apologies [for <date>] [deputy <name>, <designation>]`: a member's own, from any chat; the date
 * is read the UK way in the board's time zone.
 */
export const ownApologiesTextReply = (
  bot: ReplyContext,
  turn: Turn,
  input: { date?: string; deputy?: DeputySpec },
): Promise<Reply> =>
  withBoard(turn, async (board) => {
    let date: CalendarDate | undefined;
    if (input.date !== undefined) {
      const tz = board.rules.timeZone;
      const when = parseWhen(input.date, todayIn(bot.deps.clock.now(), tz), tz);
      if (!when.ok) return textReply(when.message);
      date = when.when.date;
    }
    const result = await sendApologies(bot.deps, {
      board,
      actor: turn.actor,
      found: turn,
      ...(date !== undefined && { date }),
      ...(input.deputy !== undefined && { deputy: input.deputy }),
    });
    const { said, conflict } = ownMessage(result);
    if (conflict) await tellChairsOfConflict(bot, board, result.meeting, result.member);
    return textReply(said);
  });

/** "Send apologies" on the agenda card: the agenda again, saying what was recorded. */
export const agendaApologiesReply = (
  bot: ReplyContext,
  turn: Turn,
  data: { meetingId: string; deputyName?: string; deputyDesignation?: string },
): Promise<Reply> =>
  withBoard(turn, async (board) => {
    const name = (data.deputyName ?? '').trim();
    const result = await sendApologies(bot.deps, {
      board,
      actor: turn.actor,
      meetingId: data.meetingId,
      ...(name !== '' && {
        deputy: {
          name,
          ...(data.deputyDesignation !== undefined && { designation: data.deputyDesignation }),
        },
      }),
    });
    const { said, conflict } = ownMessage(result);
    if (conflict) await tellChairsOfConflict(bot, board, result.meeting, result.member);
    return agendaCardFor(bot, turn, board, result.meeting, said);
  });

const askCard = (
  board: Board,
  meeting: Parameters<typeof renderForecastAskCard>[0]['meeting'],
  agencyCode: string,
  turn: Turn,
  said: { answered?: string; problem?: string },
): Reply => {
  const agency = board.agencies.find((a) => a.code === agencyCode) ?? {
    code: agencyCode,
    name: agencyCode,
  };
  const me = delegatesOf(board, agency.code).find(
    (d) => d.aadObjectId?.toLowerCase() === turn.actor.aadObjectId.toLowerCase(),
  );
  return cardReply(
    renderForecastAskCard({
      boardName: board.name,
      meeting,
      agency: { code: agency.code, name: agency.name },
      delegateName: me?.name ?? '',
      ...said,
    }),
  );
};

/**
 * A delegate's answer on the forecast card ("I'll attend" / "Name a deputy"): the card again,
 * saying what was recorded, or why nothing was.
 */
export const forecastAnswerReply = (
  bot: ReplyContext,
  turn: Turn,
  data: ForecastAnswer,
  kind: ForecastAskAnswer['kind'],
): Promise<Reply> =>
  withBoard(turn, async (board) => {
    try {
      const name = (data.deputyName ?? '').trim();
      if (kind === 'deputy' && name === '')
        throw new DomainError('INVALID_INPUT', 'Write the deputy’s name first.');
      const answer: ForecastAskAnswer =
        kind === 'attend'
          ? { kind }
          : {
              kind,
              deputy: {
                name,
                ...(data.deputyDesignation !== undefined && {
                  designation: data.deputyDesignation,
                }),
              },
            };
      const result = await answerForecastAsk(bot.deps, {
        board,
        actor: turn.actor,
        meetingId: data.meetingId,
        agencyCode: data.agencyCode,
        answer,
      });
      return askCard(board, result.meeting, data.agencyCode, turn, { answered: result.said });
    } catch (error) {
      if (!isDomainError(error)) throw error;
      const meeting = await bot.deps.meetings.findById(board.id, meetingId(data.meetingId));
      if (meeting === undefined) return textReply(error.userMessage);
      return askCard(board, meeting, data.agencyCode, turn, {
        problem: error.userMessage,
      });
    }
  });
