import type { Application } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { MeetingOfferData, Verbs } from '../../cards/verbs.js';
import {
  meetingEventReply,
  meetingFromEventReply,
  participantsReply,
} from '../../replies/meeting-event-replies.js';
import type { Reply } from '../../replies/reply.js';
import type { BotContext } from '../bot-context.js';
import { buildTurn } from '../build-turn.js';
import { sendReply } from '../send-reply.js';

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

const sendIfAny = async (context: TurnContext, reply: Reply | undefined): Promise<void> => {
  if (reply !== undefined) await sendReply(context, reply);
};

/** Teams meeting events in a board's meeting chat, and the offer card's "create" button. */
export const registerMeetingEventRoutes = (app: Application, bot: BotContext): void => {
  const handle = (kind: 'start' | 'end') => async (context: TurnContext) => {
    const turn = buildTurn(context, bot);
    if (turn === undefined) return;
    const payload = MeetingEventSchema.safeParse(context.activity.value ?? {});
    const value = payload.success ? payload.data : {};
    const facts = {
      ...(value.Id !== undefined && { id: value.Id }),
      ...(value.Title !== undefined && { title: value.Title }),
      ...(value.StartTime !== undefined && { startTime: value.StartTime }),
      ...(value.EndTime !== undefined && { endTime: value.EndTime }),
      ...(value.JoinUrl !== undefined && { joinUrl: value.JoinUrl }),
    };
    const readDetails = () => bot.readMeetingDetails(context);
    await sendIfAny(context, await meetingEventReply(bot, turn, { kind, facts, readDetails }));
  };
  const participants = (kind: 'join' | 'leave') => async (context: TurnContext) => {
    const turn = buildTurn(context, bot);
    const payload = ParticipantsSchema.safeParse(context.activity.value);
    if (turn === undefined || !payload.success) return;
    const people = payload.data.members.map((m) => ({
      aadObjectId: m.user.aadObjectId,
      name: m.user.name,
    }));
    await sendIfAny(context, await participantsReply(bot, turn, { kind, people }));
  };
  app.addRoute(isEvent(JOIN), participants('join'));
  app.addRoute(isEvent(LEAVE), participants('leave'));
  app.addRoute(isEvent(START), handle('start'));
  app.addRoute(isEvent(END), handle('end'));

  app.adaptiveCards.actionExecute(Verbs.meetingFromEvent, async (context, _state, data) => {
    const turn = buildTurn(context, bot);
    const parsed = MeetingOfferData.safeParse(data);
    if (turn === undefined || !parsed.success) return 'This card is out of date.';
    const reply = await meetingFromEventReply(bot, turn, parsed.data);
    return 'card' in reply ? reply.card : reply.text;
  });
};
