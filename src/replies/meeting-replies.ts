import { renderAgendaCard } from '../cards/render-agenda-card.js';
import { describeAgendaChange, renderRenumberCard } from '../cards/render-renumber-card.js';
import { AGENDA_ACTIONS_SHOWN } from '../domain/action.js';
import type { Board } from '../domain/board.js';
import { canManageBoard } from '../domain/board.js';
import type { Audience } from '../domain/disclosure.js';
import { disclosureView } from '../domain/disclosure.js';
import { withEntryNumbers } from '../domain/entry-numbers.js';
import type { Meeting, StructuralEdit } from '../domain/meeting.js';
import { formatLongDate, formatTime } from '../domain/zoned-time.js';
import { changeMeetingStatus } from '../services/change-meeting-status.js';
import { createMeeting } from '../services/create-meeting.js';
import type { AgendaChangeOutcome } from '../services/change-agenda.js';
import type { AgendaEdit } from '../services/edit-agenda-item.js';
import { addItemToAgenda } from '../services/add-item-to-agenda.js';
import { confirmAgendaChange } from '../services/confirm-agenda-change.js';
import { editAgendaItem } from '../services/edit-agenda-item.js';
import { removeItemFromAgenda } from '../services/remove-item-from-agenda.js';
import { requireActiveMeeting, requireBoardMeeting } from '../services/find-active-meeting.js';
import { moveMeeting, recordMeetingEntry, recordMinutesOutcome } from '../services/run-meeting.js';
import { rescheduleMeeting } from '../services/reschedule-meeting.js';
import { scheduleNextMeeting } from '../services/schedule-next-meeting.js';
import { withBoard } from './board-replies.js';
import { sendDraftSummaryToChairs } from './report-replies.js';
import type { ReplyContext } from './reply-context.js';
import type { Reply } from './reply.js';
import { cardReply, textReply } from './reply.js';
import {
  answerRestricted,
  hidesConfidential,
  titleFor,
  turnAudience,
} from './restricted-answer.js';
import type { Turn } from './turn.js';
import { unauthorisedSentence } from './unauthorised-sentence.js';

/** The agenda card of a meeting, as the people reading this conversation may see it. */
export const agendaCardFor = async (
  bot: ReplyContext,
  turn: Turn,
  board: Board,
  meeting: Meeting,
  message?: string,
  options: { privately?: boolean } = {},
): Promise<Reply> => {
  const [previous, actions] = await Promise.all([
    meeting.previousMeetingId === undefined
      ? Promise.resolve(undefined)
      : bot.deps.meetings.findById(board.id, meeting.previousMeetingId),
    bot.deps.actions.listOpen(board.id, {
      limit: AGENDA_ACTIONS_SHOWN,
      exceptMeetingId: meeting.id,
    }),
  ]);
  const held = previous === undefined ? [meeting] : [meeting, previous];
  const render = (audience: Audience, note?: string) => {
    const see = disclosureView(audience, board.rules, held);
    return renderAgendaCard({
      board,
      /** Numbered before disclosure, so a redacted entry shows no number of its own. */
      meeting: see.meeting(withEntryNumbers(meeting)),
      canManage: canManageBoard(board, turn.actor.aadObjectId),
      ...(previous !== undefined && { previous: see.meeting(previous) }),
      ...((message !== undefined || note !== undefined) && {
        message: [message, note].filter((m) => m !== undefined).join(' '),
      }),
      openActions: actions.actions.map(see.action),
      openActionsTotal: actions.total,
      now: bot.deps.clock.now(),
    });
  };
  if (options.privately === true) return answerRestricted(bot, turn, board, render);
  return cardReply(render(turnAudience(board, turn)));
};

type MeetingWork = (board: Board) => Promise<{ meeting: Meeting; message?: string } | Reply>;

/** Runs meeting work on the board of this turn and answers with the agenda card (or the work's own reply). */
const withMeeting = (bot: ReplyContext, turn: Turn, work: MeetingWork): Promise<Reply> =>
  withBoard(turn, async (board) => {
    const result = await work(board);
    if ('card' in result || 'text' in result) return result;
    return agendaCardFor(bot, turn, board, result.meeting, result.message);
  });

/** `agenda` typed in a board's chat also sends the asking member the full agenda privately. */
export const agendaCommandReply = (bot: ReplyContext, turn: Turn): Promise<Reply> =>
  withBoard(turn, async (board) =>
    agendaCardFor(bot, turn, board, await requireActiveMeeting(bot.deps, board, turn), undefined, {
      privately: true,
    }),
  );

export const agendaReply = (
  bot: ReplyContext,
  turn: Turn,
  meetingId?: string,
  message?: string,
): Promise<Reply> =>
  withMeeting(bot, turn, async (board) => ({
    ...(message !== undefined && { message }),
    meeting:
      meetingId === undefined
        ? await requireActiveMeeting(bot.deps, board, turn)
        : await requireBoardMeeting(bot.deps, board, meetingId),
  }));

export const meetingNewReply = (bot: ReplyContext, turn: Turn, spec: string): Promise<Reply> =>
  withMeeting(bot, turn, async (board) => ({
    meeting: await createMeeting(bot.deps, { board, actor: turn.actor, spec }),
    message:
      'Meeting planned with the standing items. Add items with "agenda add <title> [by <initials>] [<N> min]".',
  }));

export const meetingMoveReply = (bot: ReplyContext, turn: Turn, spec: string): Promise<Reply> =>
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
  bot: ReplyContext,
  turn: Turn,
  to: 'in-progress' | 'closed',
  meetingId?: string,
): Promise<Reply> =>
  withMeeting(bot, turn, async (board) => {
    const { meeting, changed } = await changeMeetingStatus(bot.deps, {
      board,
      actor: turn.actor,
      found: turn,
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

export const nextMeetingReply = (bot: ReplyContext, turn: Turn, spec: string): Promise<Reply> =>
  withBoard(turn, async (board) => {
    const { next } = await scheduleNextMeeting(bot.deps, {
      board,
      actor: turn.actor,
      spec,
      found: turn,
    });
    const time =
      next.start === undefined
        ? ''
        : ` ${formatTime(next.start)}${next.end === undefined ? '' : `–${formatTime(next.end)}`}`;
    return textReply(
      `Next meeting: ${formatLongDate(next.date)}${time}. It is planned, with the standing items.`,
    );
  });

export const agendaAddReply = (
  bot: ReplyContext,
  turn: Turn,
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
      found: turn,
      item,
      ...(meetingId !== undefined && { meetingId }),
    });
    return {
      meeting: result.meeting,
      message: `Added item ${result.item.number}: ${titleFor(board, turn, result.item)}${result.item.confidential ? ' (confidential)' : ''}.`,
    };
  });

/** A change made answers with the agenda; one that would renumber items asks the chair first. */
/** Names items as the conversation may read them: a confidential title only where allowed. */
const agendaChangeAnswer = (
  outcome: AgendaChangeOutcome,
  redact: boolean,
): { meeting: Meeting; message: string } | Reply =>
  outcome.kind === 'confirm'
    ? cardReply(
        renderRenumberCard({
          meetingTitle: outcome.meeting.title,
          boardId: outcome.meeting.boardId,
          proposal: outcome.proposal,
          redactConfidential: redact,
        }),
      )
    : { meeting: outcome.meeting, message: describeAgendaChange(outcome.change, redact) };

export const agendaRemoveReply = (bot: ReplyContext, turn: Turn, item: string): Promise<Reply> =>
  withMeeting(bot, turn, async (board) =>
    agendaChangeAnswer(
      await removeItemFromAgenda(bot.deps, { board, actor: turn.actor, item, found: turn }),
      hidesConfidential(board, turn),
    ),
  );

const STALE_RENUMBER =
  'The agenda changed after you were asked (an item was added, moved or removed, or something was recorded), so nothing was changed. This is the agenda now: ask again if you still want the change.';

/** The chair's Confirm on a renumbering: done once, however often it is clicked or delivered. */
export const confirmRenumberReply = (
  bot: ReplyContext,
  turn: Turn,
  input: { meetingId: string; itemId: string; op: StructuralEdit; before: string; after: string },
): Promise<Reply> =>
  withMeeting(bot, turn, async (board) => {
    const outcome = await confirmAgendaChange(bot.deps, { board, actor: turn.actor, ...input });
    return outcome.kind === 'stale'
      ? { meeting: outcome.meeting, message: STALE_RENUMBER }
      : {
          meeting: outcome.meeting,
          message: describeAgendaChange(outcome.change, hidesConfidential(board, turn)),
        };
  });

export const cancelRenumberReply = (
  bot: ReplyContext,
  turn: Turn,
  meetingId: string,
): Promise<Reply> => agendaReply(bot, turn, meetingId, 'Cancelled: the agenda is unchanged.');

export const moveReply = (
  bot: ReplyContext,
  turn: Turn,
  to: { ref: string } | { next: true; fromItemId?: string },
  meetingId?: string,
): Promise<Reply> =>
  withMeeting(bot, turn, async (board) => {
    const { meeting, moved, arrived } = await moveMeeting(bot.deps, {
      board,
      actor: turn.actor,
      found: turn,
      to,
      ...(meetingId !== undefined && { meetingId }),
    });
    const current = meeting.agenda.find((i) => i.id === meeting.currentItemId);
    const where =
      current === undefined ? '' : `${current.number} ${titleFor(board, turn, current)}`;
    /** A repeated click whose move has happened gets the same answer as the click that moved. */
    return {
      meeting,
      message: moved || arrived ? `Now: ${where}` : `The meeting is already at ${where}.`,
    };
  });

export const entryReply = (
  bot: ReplyContext,
  turn: Turn,
  input: {
    kind: 'note' | 'decision';
    text: string;
    meetingId?: string;
    item?: string;
    requestId?: string;
  },
  outcome: { repeated: boolean } = { repeated: false },
): Promise<Reply> =>
  withBoard(turn, async (board) => {
    const { item, created, entry } = await recordMeetingEntry(bot.deps, {
      board,
      actor: turn.actor,
      found: turn,
      ...input,
    });
    outcome.repeated = !created;
    return textReply(
      `${input.kind === 'note' ? 'Noted' : 'Decision recorded'} under item ${item.number} (${titleFor(board, turn, item)}).${unauthorisedSentence(board, entry)}`,
    );
  });

export const minutesReply = (
  bot: ReplyContext,
  turn: Turn,
  input: {
    outcome: 'approved' | 'approved-with-amendments' | 'not-approved';
    text?: string;
    meetingId?: string;
  },
): Promise<Reply> =>
  withBoard(turn, async (board) => {
    const { previous } = await recordMinutesOutcome(bot.deps, {
      board,
      actor: turn.actor,
      found: turn,
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
  bot: ReplyContext,
  turn: Turn,
  input: { meetingId: string; itemId: string; edit: AgendaEdit },
): Promise<Reply> =>
  withMeeting(bot, turn, async (board) => {
    const outcome = await editAgendaItem(bot.deps, { board, actor: turn.actor, ...input });
    return outcome.kind === 'renamed'
      ? { meeting: outcome.meeting, message: `Renamed item ${outcome.item.number}.` }
      : agendaChangeAnswer(outcome, hidesConfidential(board, turn));
  });
