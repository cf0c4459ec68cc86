import { MEETING_CHAT_LINK_USAGE } from '../commands/meeting-link-catalogue.js';
import {
  renderLinkBoardChoiceCard,
  renderLinkMeetingChoiceCard,
} from '../cards/render-meeting-link-cards.js';
import type { Board } from '../domain/board.js';
import { canManageBoard } from '../domain/board.js';
import { isMeetingChat } from '../domain/is-meeting-chat.js';
import type { Meeting } from '../domain/meeting.js';
import { todayIn } from '../domain/parse-when.js';
import { formatLongDate, formatTime } from '../domain/zoned-time.js';
import type { TeamsMeetingFacts } from '../services/link-teams-meeting.js';
import { findBoardsToLink, linkTeamsMeeting } from '../services/link-teams-meeting.js';
import { requireManager } from '../services/require-manager.js';
import type { MeetingDetails } from './meeting-details.js';
import { agendaCardFor } from './meeting-replies.js';
import type { ReplyContext } from './reply-context.js';
import type { Reply } from './reply.js';
import { cardReply, replyOnDomainError, textReply } from './reply.js';
import type { Turn } from './turn.js';

const NOT_A_MEETING_CHAT = `"meeting link" works in a Teams meeting’s chat: add Quorate to the meeting (Apps in the meeting, or @mention it in the meeting chat) and type ${MEETING_CHAT_LINK_USAGE} there.`;

/** "Executive: Executive Planning Meeting, Wednesday 13 July 2022 at 2pm" */
export const describeBoardMeeting = (board: Board, meeting: Meeting): string =>
  `${board.name}: ${meeting.title}, ${formatLongDate(meeting.date)}${meeting.start === undefined ? '' : ` at ${formatTime(meeting.start)}`}`;

/** The Teams meeting of this chat, from the turn and what Teams' getMeetingInfo said. */
export const teamsFactsOf = (
  turn: Pick<Turn, 'conversationId' | 'meetingId'>,
  details: MeetingDetails | undefined,
  event: { id?: string; title?: string; joinUrl?: string; startsAt?: Date } = {},
): TeamsMeetingFacts => {
  const teamsMeetingId = turn.meetingId ?? event.id;
  const title = event.title ?? details?.title;
  const startsAt = event.startsAt ?? details?.startsAt;
  const joinUrl = event.joinUrl ?? details?.joinUrl;
  return {
    chatId: turn.conversationId,
    ...(teamsMeetingId !== undefined && { teamsMeetingId }),
    ...(title !== undefined && { title }),
    ...(startsAt !== undefined && { startsAt }),
    ...(joinUrl !== undefined && { joinUrl }),
    ...(details?.organizerAadObjectId !== undefined && {
      organizerAadObjectId: details.organizerAadObjectId,
    }),
    ...(details?.graphMeetingId !== undefined && { graphMeetingId: details.graphMeetingId }),
  };
};

const WHAT_FOLLOWS =
  'From now on people joining are marked on the register, the agenda card is posted here, and commands here act on the board.';

/** The boards the sender chairs or coordinates, when this chat has no board yet. */
const boardToLink = async (
  bot: ReplyContext,
  turn: Turn,
  details: MeetingDetails | undefined,
): Promise<Board | Reply> => {
  const resolved = await turn.board();
  if (resolved.kind === 'board') return resolved.board;
  const now = bot.deps.clock.now();
  const managed = (
    await bot.deps.boards.listForMember(turn.tenantId, turn.actor.aadObjectId)
  ).filter((b) => canManageBoard(b, turn.actor.aadObjectId, todayIn(now, b.rules.timeZone)));
  const [only] = managed;
  if (only === undefined)
    return textReply(
      'Only a board’s chair or a coordinator can link a Teams meeting to a board meeting, and you are neither on any board I know.',
    );
  if (managed.length === 1) return only;
  return cardReply(
    renderLinkBoardChoiceCard({
      ...(details?.title !== undefined && { title: details.title }),
      boards: managed.map((b) => ({ id: b.id, name: b.name })),
    }),
  );
};

/**
 * `meeting link` in a Teams meeting's chat (or a button of its choice cards): binds the chat to the
 * board and links the Teams meeting to the board meeting planned that day, then posts its agenda.
 */
export const meetingLinkReply = (
  bot: ReplyContext,
  turn: Turn,
  choice: { meetingId?: string } = {},
): Promise<Reply> =>
  replyOnDomainError(async () => {
    if (!isMeetingChat(turn.kind, turn.conversationId)) return textReply(NOT_A_MEETING_CHAT);
    const details = await turn.meetingDetails?.();
    const found = await boardToLink(bot, turn, details);
    if (!('rules' in found)) return found;
    const board = found;
    await requireManager(
      bot.deps,
      board,
      turn.actor,
      'meeting.link',
      'link a Teams meeting to the board',
    );
    const outcome = await linkTeamsMeeting(bot.deps, {
      board,
      actor: turn.actor,
      facts: teamsFactsOf(turn, details),
      requireTitle: false,
      byPerson: true,
      ...(choice.meetingId !== undefined && { meetingId: choice.meetingId }),
    });
    switch (outcome.kind) {
      case 'taken':
        return textReply(
          'This meeting chat already belongs to another board (set up here, or linked to it), so nothing changed.',
        );
      case 'no-meeting':
        return textReply(
          `${board.name} has no meeting planned on ${formatLongDate(outcome.date)}. Plan it with "meeting new <title> on <date> <start>-<end>", then type "meeting link" here again.`,
        );
      case 'several':
        return cardReply(
          renderLinkMeetingChoiceCard({
            boardId: board.id,
            boardName: board.name,
            ...(details?.title !== undefined && { title: details.title }),
            meetings: outcome.meetings.map((m) => ({
              id: m.id,
              title: m.title,
              ...(m.start !== undefined && { start: m.start }),
            })),
          }),
        );
      case 'linked': {
        const how =
          outcome.by === 'title'
            ? ' (matched by date and title)'
            : outcome.by === 'date'
              ? ' (the only meeting planned that day)'
              : '';
        const message = outcome.already
          ? `This Teams meeting is already linked to ${describeBoardMeeting(board, outcome.meeting)}.`
          : `Linked this Teams meeting to ${describeBoardMeeting(board, outcome.meeting)}${how}. ${WHAT_FOLLOWS}`;
        return agendaCardFor(bot, turn, board, outcome.meeting, message);
      }
    }
  });

/**
 * A Teams meeting started in a chat with no board: when its organiser chairs or coordinates
 * exactly one board with a meeting that day of the same title, the chat is linked to it, and the
 * caller goes on as in a board's own chat. Undefined when nothing was linked.
 */
export const linkOnMeetingStart = async (
  bot: ReplyContext,
  turn: Turn,
  facts: TeamsMeetingFacts,
): Promise<{ board: Board; message: string } | undefined> => {
  const organizer = facts.organizerAadObjectId;
  if (organizer === undefined || facts.title === undefined) return undefined;
  const found = await findBoardsToLink(bot.deps, {
    tenantId: turn.tenantId,
    organizerAadObjectId: organizer,
    facts,
  });
  const [only] = found;
  if (only === undefined || found.length > 1) {
    bot.log.info('meeting.autolink', { outcome: found.length === 0 ? 'none' : 'several' });
    return undefined;
  }
  const outcome = await linkTeamsMeeting(bot.deps, {
    board: only.board,
    actor: { aadObjectId: organizer, name: 'Teams meeting organiser' },
    facts,
    requireTitle: true,
    byPerson: false,
    meetingId: only.meeting.id,
  });
  bot.log.info('meeting.autolink', { outcome: outcome.kind, board: only.board.id });
  if (outcome.kind !== 'linked') return undefined;
  return {
    board: only.board,
    message: `Linked this Teams meeting to ${describeBoardMeeting(only.board, outcome.meeting)}: same day and title, and its organiser runs the board. ${WHAT_FOLLOWS}`,
  };
};
