import { MeetingOfferData } from '../../cards/verbs.js';
import type { Application } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { renderMeetingOfferCard } from '../../cards/render-meeting-offer-card.js';
import { Verbs } from '../../cards/verbs.js';
import { DomainError } from '../../domain/domain-error.js';
import { startsAtOf } from '../../domain/meeting.js';
import { changeMeetingStatus } from '../../services/change-meeting-status.js';
import { createMeeting } from '../../services/create-meeting.js';
import { applyParticipantEvents } from '../../services/apply-participant-events.js';
import { applyTeamsMeetingEvent } from '../../services/start-meeting-from-event.js';
import { registerCardFor } from '../../replies/attendance-replies.js';
import { withBoard } from '../../replies/board-replies.js';
import type { BotContext } from '../bot-context.js';
import { agendaCardFor } from '../../replies/meeting-replies.js';
import { sendDraftSummaryToChairs } from '../../replies/report-replies.js';
import { textReply } from '../../replies/reply.js';
import { sendReply } from '../send-reply.js';
import { buildTurn } from '../build-turn.js';

const START = 'application/vnd.microsoft.meetingStart';
const END = 'application/vnd.microsoft.meetingEnd';
/** teams-ai 1.7 listens for `...meetingParticipantsJoin`; Teams sends these names. */
const JOIN = 'application/vnd.microsoft.meetingParticipantJoin';
const LEAVE = 'application/vnd.microsoft.meetingParticipantLeave';

const ParticipantsSchema = z.object({
  members: z
    .array(
      z.object({
        user: z.object({
          id: z.string().optional(),
          aadObjectId: z.string().min(1).max(100),
          name: z.string().max(200).default('Someone'),
        }),
        meeting: z
          .object({ inMeeting: z.boolean().optional(), role: z.string().optional() })
          .optional(),
      }),
    )
    .max(500),
});

/**
 * teams-ai 1.7 hands these over raw: Teams sends PascalCase fields (`Title`, `StartTime`,
 * `EndTime`, `Id`, `JoinUrl`, `MeetingType`), not the typed camelCase ones.
 */
const MeetingEventSchema = z
  .object({
    Id: z.string().optional(),
    Title: z.string().max(300).optional(),
    StartTime: z.string().optional(),
    EndTime: z.string().optional(),
    JoinUrl: z.string().max(2048).optional(),
  })
  .passthrough();

const isEvent = (name: string) => (context: TurnContext) =>
  Promise.resolve(context.activity.type === 'event' && context.activity.name === name);

export const registerMeetingEventRoutes = (app: Application, bot: BotContext): void => {
  const handle = (kind: 'start' | 'end') => async (context: TurnContext) => {
    const turn = buildTurn(context, bot);
    if (turn === undefined) return;
    const payload = MeetingEventSchema.safeParse(context.activity.value ?? {});
    const value = payload.success ? payload.data : {};
    const board = await bot.deps.boards.findByConversation(turn.tenantId, turn.conversationId);
    if (board === undefined) {
      if (kind === 'start')
        await context.sendActivity(
          'Quorate is here, but this meeting chat has no board. A chair or coordinator can type "@Quorate setup <board name>".',
        );
      return;
    }
    const details = value.Title === undefined ? await bot.readMeetingDetails(context) : undefined;
    const stamp = kind === 'start' ? value.StartTime : value.EndTime;
    const at =
      stamp !== undefined && !Number.isNaN(Date.parse(stamp))
        ? new Date(stamp)
        : (details?.startsAt ?? bot.deps.clock.now());
    const title = value.Title ?? details?.title;
    const joinUrl = value.JoinUrl ?? details?.joinUrl;
    const outcome = await applyTeamsMeetingEvent(bot.deps, {
      board,
      kind,
      event: {
        teamsMeetingId: turn.meetingId ?? value.Id ?? turn.conversationId,
        chatId: turn.conversationId,
        at,
        ...(title !== undefined && { title }),
        ...(joinUrl !== undefined && { joinUrl }),
      },
    });
    bot.log.info('meeting.event', { kind, outcome: outcome.kind, board: board.id });
    if (outcome.kind === 'no-meeting') {
      if (kind === 'start') {
        await sendReply(context, {
          card: renderMeetingOfferCard({
            boardName: board.name,
            title: title ?? board.name,
            date: outcome.date,
            time: outcome.time,
          }),
        });
      }
      return;
    }
    if (outcome.kind === 'ended') await sendDraftSummaryToChairs(bot, board, outcome.meeting);
    const message =
      outcome.kind === 'started' ? 'The meeting has started.' : 'The meeting has ended.';
    await sendReply(context, await agendaCardFor(bot, turn, board, outcome.meeting, message));
  };
  const participants = (kind: 'join' | 'leave') => async (context: TurnContext) => {
    const turn = buildTurn(context, bot);
    const payload = ParticipantsSchema.safeParse(context.activity.value);
    if (turn === undefined || !payload.success) return;
    const board = await bot.deps.boards.findByConversation(turn.tenantId, turn.conversationId);
    if (board === undefined) return;
    const meeting = (await bot.deps.meetings.listForBoard(board.id)).find(
      (m) =>
        m.status === 'in-progress' &&
        (m.online === undefined ||
          m.online.meetingId === turn.meetingId ||
          m.online.chatId === turn.conversationId),
    );
    if (meeting === undefined) return;
    const people = payload.data.members.map((m) => ({
      aadObjectId: m.user.aadObjectId,
      name: m.user.name,
    }));
    const { meeting: saved, newVisitors } = await applyParticipantEvents(bot.deps, {
      board,
      meeting,
      joined: kind === 'join' ? people : [],
      left: kind === 'leave' ? people : [],
    });
    bot.log.info('meeting.participants', {
      kind,
      count: people.length,
      visitors: newVisitors.length,
    });
    if (newVisitors.length > 0) {
      await sendReply(
        context,
        registerCardFor(
          board,
          saved,
          true,
          { kind: 'board-chat' },
          `${newVisitors.map((v) => v.name).join(', ')} joined and ${newVisitors.length === 1 ? 'is not a member' : 'are not members'}: guest, or deputy for an absent member?`,
        ),
      );
    }
  };
  app.addRoute(isEvent(JOIN), participants('join'));
  app.addRoute(isEvent(LEAVE), participants('leave'));
  app.addRoute(isEvent(START), handle('start'));
  app.addRoute(isEvent(END), handle('end'));

  app.adaptiveCards.actionExecute(Verbs.meetingFromEvent, async (context, _state, data) => {
    const turn = buildTurn(context, bot);
    const parsed = MeetingOfferData.safeParse(data);
    if (turn === undefined || !parsed.success) return 'This card is out of date.';
    const reply = await withBoard(turn, async (board) => {
      const { title, date, time } = parsed.data;
      let meeting;
      try {
        meeting = await createMeeting(bot.deps, {
          board,
          actor: turn.actor,
          parsed: { title, when: { date, start: time } },
        });
      } catch (error) {
        if (!(error instanceof DomainError && error.code === 'CONFLICT')) throw error;
        /**
         * A board meeting at that time exists: this click's own (Teams resent it, or its start was
         * lost) or one the chair planned. Start it unless it is over; a repeat gets the same card.
         */
        const startsAt = startsAtOf(date, time, board.rules.timeZone);
        meeting = (await bot.deps.meetings.listForBoard(board.id)).find(
          (m) => m.startsAt === startsAt,
        );
        if (meeting === undefined || meeting.status === 'closed')
          return textReply(
            'A board meeting for this Teams meeting already exists. Type "agenda" to see it.',
          );
        if (meeting.status === 'in-progress')
          return agendaCardFor(bot, turn, board, meeting, 'Board meeting started.');
      }
      const started = await changeMeetingStatus(bot.deps, {
        board,
        actor: turn.actor,
        to: 'in-progress',
        meetingId: meeting.id,
      });
      return agendaCardFor(bot, turn, board, started.meeting, 'Board meeting started.');
    });
    return 'card' in reply ? reply.card : reply.text;
  });
};
