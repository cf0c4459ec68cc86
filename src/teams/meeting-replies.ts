import { renderAgendaCard } from '../cards/render-agenda-card.js';
import { renderPapersCard } from '../cards/render-papers-card.js';
import { isOpen } from '../domain/action.js';
import type { Board } from '../domain/board.js';
import { canManageBoard } from '../domain/board.js';
import type { Meeting } from '../domain/meeting.js';
import { formatLongDate, formatTime } from '../domain/zoned-time.js';
import { changeMeetingStatus } from '../services/change-meeting-status.js';
import { createMeeting } from '../services/create-meeting.js';
import type { AgendaEdit } from '../services/edit-agenda.js';
import {
  addItemToAgenda,
  addPaper,
  decideLatePaper,
  editAgendaItem,
  removeItemFromAgenda,
} from '../services/edit-agenda.js';
import { requireActiveMeeting, requireBoardMeeting } from '../services/find-active-meeting.js';
import { moveMeeting, recordMeetingEntry, recordMinutesOutcome } from '../services/run-meeting.js';
import { rescheduleMeeting } from '../services/reschedule-meeting.js';
import { scheduleNextMeeting } from '../services/schedule-next-meeting.js';
import { withBoard } from './board-replies.js';
import { sendDraftSummaryToChairs } from './report-replies.js';
import type { BotContext } from './bot-context.js';
import type { Reply } from './reply.js';
import { cardReply, textReply } from './reply.js';
import type { TurnIdentity } from './turn-identity.js';

/** The agenda card of a meeting, as this person may see it. */
export const agendaCardFor = async (
  bot: BotContext,
  turn: TurnIdentity,
  board: Board,
  meeting: Meeting,
  message?: string,
): Promise<Reply> => {
  const [previous, actions] = await Promise.all([
    meeting.previousMeetingId === undefined
      ? Promise.resolve(undefined)
      : bot.deps.meetings.findById(board.id, meeting.previousMeetingId),
    bot.deps.actions.listForBoard(board.id),
  ]);
  return cardReply(
    renderAgendaCard({
      board,
      meeting,
      canManage: canManageBoard(board, turn.actor.aadObjectId),
      ...(previous !== undefined && { previous }),
      ...(message !== undefined && { message }),
      openActions: actions.filter((a) => isOpen(a) && a.meetingId !== meeting.id),
    }),
  );
};

type MeetingWork = (board: Board) => Promise<{ meeting: Meeting; message?: string } | Reply>;

/** Runs meeting work on the board of this turn and answers with the agenda card (or the work's own reply). */
const withMeeting = (bot: BotContext, turn: TurnIdentity, work: MeetingWork): Promise<Reply> =>
  withBoard(bot, turn, async (board) => {
    const result = await work(board);
    if ('card' in result || 'text' in result) return result;
    return agendaCardFor(bot, turn, board, result.meeting, result.message);
  });

export const agendaReply = (
  bot: BotContext,
  turn: TurnIdentity,
  meetingId?: string,
  message?: string,
): Promise<Reply> =>
  withMeeting(bot, turn, async (board) => ({
    ...(message !== undefined && { message }),
    meeting:
      meetingId === undefined
        ? await requireActiveMeeting(bot.deps, board)
        : await requireBoardMeeting(bot.deps, board, meetingId),
  }));

export const meetingNewReply = (
  bot: BotContext,
  turn: TurnIdentity,
  spec: string,
): Promise<Reply> =>
  withMeeting(bot, turn, async (board) => ({
    meeting: await createMeeting(bot.deps, { board, actor: turn.actor, spec }),
    message:
      'Meeting planned with the standing items. Add items with "agenda add <title> [by <initials>] [<N> min]".',
  }));

export const meetingMoveReply = (
  bot: BotContext,
  turn: TurnIdentity,
  spec: string,
): Promise<Reply> =>
  withMeeting(bot, turn, async (board) => {
    const { meeting, from, redated } = await rescheduleMeeting(bot.deps, {
      board,
      actor: turn.actor,
      spec,
    });
    const actions =
      redated.length === 0
        ? ''
        : ` ${redated.length === 1 ? 'One action' : `${redated.length} actions`} due at it now ${redated.length === 1 ? 'has' : 'have'} the new date.`;
    return {
      meeting,
      message: `Moved from ${formatLongDate(from)} to ${formatLongDate(meeting.date)}.${actions}`,
    };
  });

export const meetingStatusReply = (
  bot: BotContext,
  turn: TurnIdentity,
  to: 'in-progress' | 'closed',
  meetingId?: string,
): Promise<Reply> =>
  withMeeting(bot, turn, async (board) => {
    const { meeting, changed } = await changeMeetingStatus(bot.deps, {
      board,
      actor: turn.actor,
      to,
      ...(meetingId !== undefined && { meetingId }),
    });
    if (changed && to === 'closed') await sendDraftSummaryToChairs(bot, board, meeting);
    const message = !changed
      ? `The meeting was already ${to === 'closed' ? 'ended' : 'started'}.`
      : to === 'closed'
        ? 'Meeting ended.'
        : 'Meeting started.';
    return { meeting, message };
  });

export const nextMeetingReply = (
  bot: BotContext,
  turn: TurnIdentity,
  spec: string,
): Promise<Reply> =>
  withBoard(bot, turn, async (board) => {
    const { next } = await scheduleNextMeeting(bot.deps, { board, actor: turn.actor, spec });
    const time =
      next.start === undefined
        ? ''
        : ` ${formatTime(next.start)}${next.end === undefined ? '' : `–${formatTime(next.end)}`}`;
    return textReply(
      `Next meeting: ${formatLongDate(next.date)}${time}. It is planned, with the standing items.`,
    );
  });

export const agendaAddReply = (
  bot: BotContext,
  turn: TurnIdentity,
  item: {
    title: string;
    number?: string;
    presenters?: string;
    minutes?: number;
    confidential: boolean;
    kind?: 'decision' | 'discussion' | 'information';
  },
  meetingId?: string,
): Promise<Reply> =>
  withMeeting(bot, turn, async (board) => {
    const result = await addItemToAgenda(bot.deps, {
      board,
      actor: turn.actor,
      item,
      ...(meetingId !== undefined && { meetingId }),
    });
    return {
      meeting: result.meeting,
      message: `Added item ${result.item.number}: ${result.item.title}.`,
    };
  });

export const agendaRemoveReply = (
  bot: BotContext,
  turn: TurnIdentity,
  item: string,
): Promise<Reply> =>
  withMeeting(bot, turn, async (board) => {
    const result = await removeItemFromAgenda(bot.deps, { board, actor: turn.actor, item });
    return { meeting: result.meeting, message: `Removed "${result.removed.title}".` };
  });

export const paperReply = (
  bot: BotContext,
  turn: TurnIdentity,
  input: { item: string; title: string; link: string },
): Promise<Reply> =>
  withBoard(bot, turn, async (board) => {
    const { item, paper } = await addPaper(bot.deps, { board, actor: turn.actor, ...input });
    return textReply(
      paper.late
        ? `Added "${paper.title}" to item ${item.number}. It arrived after the ${board.rules.paperDeadlineDays}-day paper deadline, so it stays off the agenda pack unless the chair accepts it ("papers").`
        : `Added "${paper.title}" to item ${item.number}.`,
    );
  });

export const papersReply = (bot: BotContext, turn: TurnIdentity): Promise<Reply> =>
  withBoard(bot, turn, async (board) => {
    const meeting = await requireActiveMeeting(bot.deps, board);
    return cardReply(
      renderPapersCard(board, meeting, canManageBoard(board, turn.actor.aadObjectId)),
    );
  });

export const decidePaperReply = (
  bot: BotContext,
  turn: TurnIdentity,
  input: { meetingId: string; paperId: string; decision: 'accepted' | 'rejected' },
): Promise<Reply> =>
  withBoard(bot, turn, async (board) => {
    const meeting = await decideLatePaper(bot.deps, { board, actor: turn.actor, ...input });
    return cardReply(
      renderPapersCard(board, meeting, canManageBoard(board, turn.actor.aadObjectId)),
    );
  });

export const moveReply = (
  bot: BotContext,
  turn: TurnIdentity,
  to: { ref: string } | { next: true; fromItemId?: string },
  meetingId?: string,
): Promise<Reply> =>
  withMeeting(bot, turn, async (board) => {
    const { meeting, moved, arrived } = await moveMeeting(bot.deps, {
      board,
      actor: turn.actor,
      to,
      ...(meetingId !== undefined && { meetingId }),
    });
    const current = meeting.agenda.find((i) => i.id === meeting.currentItemId);
    const where = current === undefined ? '' : `${current.number} ${current.title}`;
    /** A repeated click whose move has happened gets the same answer as the click that moved. */
    return {
      meeting,
      message: moved || arrived ? `Now: ${where}` : `The meeting is already at ${where}.`,
    };
  });

export const entryReply = (
  bot: BotContext,
  turn: TurnIdentity,
  input: {
    kind: 'note' | 'decision';
    text: string;
    meetingId?: string;
    item?: string;
    requestId?: string;
  },
  outcome: { repeated: boolean } = { repeated: false },
): Promise<Reply> =>
  withBoard(bot, turn, async (board) => {
    const { item, created } = await recordMeetingEntry(bot.deps, {
      board,
      actor: turn.actor,
      ...input,
    });
    outcome.repeated = !created;
    return textReply(
      `${input.kind === 'note' ? 'Noted' : 'Decision recorded'} under item ${item.number} (${item.title}).`,
    );
  });

export const minutesReply = (
  bot: BotContext,
  turn: TurnIdentity,
  input: {
    outcome: 'approved' | 'approved-with-amendments' | 'not-approved';
    text?: string;
    meetingId?: string;
  },
): Promise<Reply> =>
  withBoard(bot, turn, async (board) => {
    const { previous } = await recordMinutesOutcome(bot.deps, {
      board,
      actor: turn.actor,
      ...input,
    });
    const of = previous === undefined ? 'the previous meeting' : `${formatLongDate(previous.date)}`;
    const said =
      input.outcome === 'approved'
        ? `The minutes of ${of} were agreed as an accurate record.`
        : input.outcome === 'approved-with-amendments'
          ? `The minutes of ${of} were agreed with amendments: ${input.text ?? ''}`
          : `The minutes of ${of} were not approved${input.text === undefined ? '.' : `: ${input.text}`}`;
    return textReply(said);
  });

export const editAgendaReply = (
  bot: BotContext,
  turn: TurnIdentity,
  input: { meetingId: string; itemId: string; edit: AgendaEdit },
): Promise<Reply> =>
  withMeeting(bot, turn, (board) =>
    editAgendaItem(bot.deps, { board, actor: turn.actor, ...input }),
  );
