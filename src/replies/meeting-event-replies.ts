import { renderMeetingOfferCard } from '../cards/render-meeting-offer-card.js';
import { DomainError } from '../domain/domain-error.js';
import { startsAtOf } from '../domain/meeting.js';
import { todayIn } from '../domain/parse-when.js';
import { applyParticipantEvents } from '../services/apply-participant-events.js';
import { changeMeetingStatus } from '../services/change-meeting-status.js';
import { createMeeting } from '../services/create-meeting.js';
import { applyTeamsMeetingEvent } from '../services/start-meeting-from-event.js';
import { registerCardFor } from './attendance-replies.js';
import { withBoard } from './board-replies.js';
import { agendaCardFor } from './meeting-replies.js';
import { sendDraftSummaryToChairs } from './report-replies.js';
import type { ReplyContext } from './reply-context.js';
import type { Reply } from './reply.js';
import { cardReply, textReply } from './reply.js';
import type { Turn } from './turn.js';
import type { MeetingDetails } from './meeting-details.js';
import { linkOnMeetingStart, teamsFactsOf } from './meeting-link-replies.js';
import { reportAfterMeetingEnd } from './attendance-report-replies.js';

/** What Teams says of a meeting in its start and end events (all optional). */
export type MeetingEventFacts = {
  id?: string;
  title?: string;
  startTime?: string;
  endTime?: string;
  joinUrl?: string;
};

export type { MeetingDetails } from './meeting-details.js';

/**
 * A Teams meeting started or ended in a board's meeting chat: starts or ends the board meeting,
 * or offers to create one. Nothing to say (undefined) where the chat has no board and it ended.
 */
export const meetingEventReply = async (
  bot: ReplyContext,
  turn: Turn,
  input: {
    kind: 'start' | 'end';
    facts: MeetingEventFacts;
    readDetails: () => Promise<MeetingDetails | undefined>;
  },
): Promise<Reply | undefined> => {
  const { kind, facts } = input;
  const stamp = kind === 'start' ? facts.startTime : facts.endTime;
  const stamped =
    stamp !== undefined && !Number.isNaN(Date.parse(stamp)) ? new Date(stamp) : undefined;
  /** On a start the organiser and Graph's meeting id are read too (the attendance report needs them). */
  const details =
    facts.title === undefined || kind === 'start' ? await input.readDetails() : undefined;
  let board = await bot.deps.boards.findByConversation(turn.tenantId, turn.conversationId);
  let linked: string | undefined;
  if (board === undefined && kind === 'start') {
    const autoLinked = await linkOnMeetingStart(
      bot,
      turn,
      teamsFactsOf(turn, details, {
        ...(facts.id !== undefined && { id: facts.id }),
        ...(facts.title !== undefined && { title: facts.title }),
        ...(facts.joinUrl !== undefined && { joinUrl: facts.joinUrl }),
        ...(stamped !== undefined && { startsAt: stamped }),
      }),
    );
    board = autoLinked?.board;
    linked = autoLinked?.message;
  }
  if (board === undefined) {
    return kind === 'start'
      ? textReply(
          'Quorate is here, but this meeting chat has no board. A chair or coordinator can type "@Quorate setup <board name>", or "@Quorate meeting link" to link this Teams meeting to a board meeting planned today.',
        )
      : undefined;
  }
  const at = stamped ?? details?.startsAt ?? bot.deps.clock.now();
  const title = facts.title ?? details?.title;
  const joinUrl = facts.joinUrl ?? details?.joinUrl;
  const outcome = await applyTeamsMeetingEvent(bot.deps, {
    board,
    kind,
    event: {
      teamsMeetingId: turn.meetingId ?? facts.id ?? turn.conversationId,
      chatId: turn.conversationId,
      at,
      ...(title !== undefined && { title }),
      ...(joinUrl !== undefined && { joinUrl }),
      ...(details?.organizerAadObjectId !== undefined && {
        organizerAadObjectId: details.organizerAadObjectId,
      }),
      ...(details?.graphMeetingId !== undefined && { graphMeetingId: details.graphMeetingId }),
    },
  });
  bot.log.info('meeting.event', { kind, outcome: outcome.kind, board: board.id });
  if (outcome.kind === 'no-meeting') {
    return kind === 'start'
      ? cardReply(
          renderMeetingOfferCard({
            boardName: board.name,
            title: title ?? board.name,
            date: outcome.date,
            time: outcome.time,
          }),
        )
      : undefined;
  }
  let after: string | undefined;
  if (outcome.kind === 'ended') {
    await sendDraftSummaryToChairs(bot, board, outcome.meeting);
    after = await reportAfterMeetingEnd(bot, board, outcome.meeting);
  }
  const message = [
    linked,
    outcome.kind === 'started' ? 'The meeting has started.' : 'The meeting has ended.',
    after,
  ]
    .filter((part) => part !== undefined)
    .join(' ');
  return agendaCardFor(bot, turn, board, outcome.meeting, message);
};

/**
 * People joined or left the Teams meeting of a board meeting in progress: attendance follows, and
 * the chat is asked about people who are not members (undefined when there is nothing to ask).
 */
export const participantsReply = async (
  bot: ReplyContext,
  turn: Turn,
  input: { kind: 'join' | 'leave'; people: { aadObjectId: string; name: string }[] },
): Promise<Reply | undefined> => {
  const board = await bot.deps.boards.findByConversation(turn.tenantId, turn.conversationId);
  if (board === undefined) return undefined;
  const current = await bot.deps.meetings.listCurrent(
    board.id,
    todayIn(bot.deps.clock.now(), board.rules.timeZone),
  );
  const meeting = current.find(
    (m) =>
      m.status === 'in-progress' &&
      (m.online === undefined ||
        m.online.meetingId === turn.meetingId ||
        m.online.chatId === turn.conversationId),
  );
  if (meeting === undefined) return undefined;
  const { kind, people } = input;
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
  if (newVisitors.length === 0) return undefined;
  return registerCardFor(
    board,
    saved,
    true,
    { kind: 'board-chat' },
    `${newVisitors.map((v) => v.name).join(', ')} joined and ${newVisitors.length === 1 ? 'is not a member' : 'are not members'}: guest, or deputy for an absent member?`,
  );
};

/** "Create the board meeting" on the offer card: creates and starts it (a repeat click is safe). */
export const meetingFromEventReply = (
  bot: ReplyContext,
  turn: Turn,
  offer: { title: string; date: string; time: string },
): Promise<Reply> =>
  withBoard(turn, async (board) => {
    const { title, date, time } = offer;
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
      meeting = (await bot.deps.meetings.listOnDay(board.id, date)).find(
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
