import { renderReportCard } from '../cards/render-report-card.js';
import { renderSummaryCard } from '../cards/render-summary-card.js';
import type { ActionEvent } from '../domain/action.js';
import type { ActionLogReview } from '../domain/action-log-review.js';
import { actionLogReview } from '../domain/action-log-review.js';
import { meetingWindow } from '../domain/meeting-window.js';
import {
  annualReport,
  reportingPeriod,
  reportingRange,
  reportingYearOf,
} from '../domain/annual-report.js';
import type { Board } from '../domain/board.js';
import { canManageBoard, findMemberByAad, managersSentence } from '../domain/board.js';
import { DomainError } from '../domain/domain-error.js';
import type { Audience } from '../domain/disclosure.js';
import { withEntryNumbers } from '../domain/entry-numbers.js';
import { discloseMeeting, disclosePolicyOf, disclosureView } from '../domain/disclosure.js';
import type { Meeting } from '../domain/meeting.js';
import { todayIn } from '../domain/parse-when.js';
import { evaluateQuorum } from '../domain/quorum.js';
import { findLatestHeldMeeting } from '../services/export-minutes.js';
import { requireBoardMeeting } from '../services/find-active-meeting.js';
import type { SendFailure } from '../services/ports.js';
import { recordAudit } from '../services/record-audit.js';
import { errorKind } from '../log.js';
import { withBoard } from './board-replies.js';
import { downloadLink } from './download-link.js';
import { chooseMinutesMeeting, minutesStatusOf } from './minutes-archive-reply.js';
import type { ReplyContext } from './reply-context.js';
import type { Reply } from './reply.js';
import { cardReply, textReply } from './reply.js';
import { answerRestricted, sendPrivately, turnAudience } from './restricted-answer.js';
import type { Turn } from './turn.js';

const heldMeeting = async (
  bot: ReplyContext,
  turn: Turn,
  board: Board,
  meetingId?: string,
): Promise<Meeting> => {
  if (meetingId !== undefined) return requireBoardMeeting(bot.deps, board, meetingId);
  const meeting = await findLatestHeldMeeting(bot.deps, board, turn);
  if (meeting === undefined)
    throw new DomainError(
      'NOT_FOUND',
      `${board.name} has not held a meeting yet: start one with "meeting start".`,
    );
  return meeting;
};

const minutesUrl = (
  bot: ReplyContext,
  viewerAad: string,
  board: Board,
  meeting: Meeting,
  version: 'restricted' | 'public' = 'restricted',
): string =>
  downloadLink(bot, board, {
    kind: 'minutes.docx',
    aadObjectId: viewerAad,
    meetingId: meeting.id,
    ...(version === 'public' && { version }),
  });

/**
 * The actions a summary lists: those raised at the meeting and the action-log review, in one
 * query. Read once, rendered per audience.
 */
const actionsOf = async (
  bot: ReplyContext,
  board: Board,
  meeting: Meeting,
): Promise<ActionLogReview> => {
  const window = meetingWindow(meeting);
  const actions = await bot.deps.actions.listReviewedAt(board.id, {
    meetingId: meeting.id,
    from: window.from,
  });
  return actionLogReview(meeting, actions, window);
};

/** A redacted action's events lose their words, as its history did (domain/disclosure.ts). */
const wordless = (events: readonly ActionEvent[]): ActionEvent[] =>
  events.map(({ text: _text, ...event }) => event);

const summaryCard = (
  bot: ReplyContext,
  viewerAad: string,
  board: Board,
  held: { meeting: Meeting; actions: ActionLogReview },
  audience: Audience,
  message?: string,
) => {
  const { meeting } = held;
  const { raised, carried } = held.actions;
  const see = disclosureView(audience, board.rules, [meeting]);
  const numbered = withEntryNumbers(meeting);
  const shown = see.meeting(numbered);
  const forChannel = audience.kind !== 'member';
  return renderSummaryCard({
    board,
    meeting: shown,
    quorum: evaluateQuorum(board, meeting.attendance, meeting.date),
    actions: raised.map(see.action),
    carried: carried.map((c) => {
      const action = see.action(c.action);
      return action === c.action ? c : { action, events: wordless(c.events) };
    }),
    forChannel,
    /** A member reading privately sees everything: nothing was left out for them. */
    redacted: forChannel && shown !== numbered,
    canPost: canManageBoard(board, viewerAad),
    ...(!forChannel && { minutesUrl: minutesUrl(bot, viewerAad, board, meeting) }),
    ...(message !== undefined && { message }),
  });
};

/** `summary`: to the person asking, with the minutes link and (for the chair) "post to channel". */
export const summaryReply = (bot: ReplyContext, turn: Turn): Promise<Reply> =>
  withBoard(turn, async (board) => {
    const meeting = await heldMeeting(bot, turn, board);
    const held = { meeting, actions: await actionsOf(bot, board, meeting) };
    return answerRestricted(bot, turn, board, (audience, note) =>
      summaryCard(bot, turn.actor.aadObjectId, board, held, audience, note),
    );
  });

/** What the coordinator is told when Teams did not take the summary post; nothing was posted. */
const SUMMARY_NOT_POSTED: Record<SendFailure['code'], string> = {
  blocked:
    'Teams refused the post: Quorate may have been removed from the board’s channel. Nothing was posted; add Quorate back there, then try again.',
  'chat-gone':
    'Teams says the board’s channel no longer exists. Nothing was posted; mention me in the board’s new channel, then try again.',
  refused: 'Teams refused the post. Nothing was posted; please try again later.',
  'url-refused':
    'The stored address of the board’s channel is not a Teams address, so nothing was posted. Mention me there once, then try again.',
  throttled:
    'Teams is busy (it asked Quorate to slow down). Nothing was posted; try again in a minute.',
  'server-error':
    'Teams did not accept the post (a server error on its side). Nothing was posted; try again in a minute.',
  unreachable: 'Quorate could not reach Teams. Nothing was posted; try again in a minute.',
};

/**
 * `summary post` and the card's "Post to channel": the version for the board's chat (confidential
 * items left out unless the board allows them) goes to the board's own conversation through its
 * stored reference; the chair's answer, with the full summary, goes to them privately.
 */
export const summaryPostReply = (
  bot: ReplyContext,
  turn: Turn,
  meetingId?: string,
): Promise<Reply> =>
  withBoard(turn, async (board) => {
    if (!canManageBoard(board, turn.actor.aadObjectId)) {
      await recordAudit(bot.deps, board, turn.actor, {
        verb: 'summary.post',
        subject: board.id,
        outcome: 'refused',
      });
      throw new DomainError(
        'FORBIDDEN',
        `Only ${managersSentence(board)} can post summaries to the channel.`,
      );
    }
    const meeting = await heldMeeting(bot, turn, board, meetingId);
    const record = await bot.deps.conversations.find(board.tenantId, board.conversation.id);
    if (record === undefined)
      return textReply(
        'I have no way to write to the board’s channel yet: mention me there once, then try again.',
      );
    const held = { meeting, actions: await actionsOf(bot, board, meeting) };
    const posted = await bot.post(
      record.reference,
      cardReply(summaryCard(bot, turn.actor.aadObjectId, board, held, { kind: 'board-chat' })),
    );
    if (!posted.ok) {
      await recordAudit(bot.deps, board, turn.actor, {
        verb: 'summary.post',
        subject: meeting.id,
        outcome: 'refused',
      });
      return textReply(SUMMARY_NOT_POSTED[posted.code]);
    }
    await recordAudit(bot.deps, board, turn.actor, {
      verb: 'summary.post',
      subject: meeting.id,
      outcome: 'done',
    });
    const leftOut =
      discloseMeeting(meeting, { kind: 'board-chat' }, disclosePolicyOf(board.rules)) !== meeting;
    const said = leftOut
      ? 'Posted to the board’s channel (confidential items left out).'
      : 'Posted to the board’s channel.';
    if (turn.kind === 'personal')
      return cardReply(
        summaryCard(bot, turn.actor.aadObjectId, board, held, { kind: 'member' }, said),
      );
    /** Asked in a chat: the chat is told it was posted; the full version goes to the chair alone. */
    if (!leftOut) return textReply(said);
    const full = summaryCard(bot, turn.actor.aadObjectId, board, held, { kind: 'member' }, said);
    const sent = await sendPrivately(bot, turn, full);
    return textReply(
      sent
        ? `${said} I have sent you the full summary in our personal chat.`
        : `${said} Open a personal chat with Quorate and type "summary" for the full version.`,
    );
  });

/**
 * `minutes [<date>]` (the archive: any meeting's, the approved version once approved): a member asking privately gets the full (restricted) minutes; in a board's chat, where
 * anyone who clicks the link within 15 minutes gets the file, the chat gets the public version and
 * a member who asked gets the full one privately.
 */
export const minutesLinkReply = (bot: ReplyContext, turn: Turn, when?: string): Promise<Reply> =>
  withBoard(turn, async (board) => {
    const chosen =
      when === undefined
        ? await heldMeeting(bot, turn, board)
        : await chooseMinutesMeeting(bot, turn, board, when);
    if (!('id' in chosen)) return chosen;
    const meeting = chosen;
    const of = `Minutes of ${meeting.title}, ${meeting.date} (${minutesStatusOf(meeting)})`;
    const restricted = textReply(
      `${of}: [download .docx](${minutesUrl(bot, turn.actor.aadObjectId, board, meeting)}) — the full version for board members; the link works for 15 minutes. Do not forward it.`,
    );
    const audience = turnAudience(board, turn);
    if (audience.kind === 'member') return restricted;
    const publicLink = `${of}, public version (confidential items withheld): [download .docx](${minutesUrl(bot, turn.actor.aadObjectId, board, meeting, 'public')}) — the link works for 15 minutes.`;
    if (audience.kind !== 'board-chat' || !meeting.agenda.some((i) => i.confidential))
      return textReply(publicLink);
    const sent =
      findMemberByAad(board, turn.actor.aadObjectId) !== undefined
        ? await sendPrivately(bot, turn, restricted)
        : false;
    return textReply(
      `${publicLink}${sent ? ' I have sent you the full minutes in our personal chat.' : ''}`,
    );
  });

export const reportReply = (bot: ReplyContext, turn: Turn, year?: string): Promise<Reply> =>
  withBoard(turn, async (board) => {
    const today = todayIn(bot.deps.clock.now(), board.rules.timeZone);
    const chosen = year ?? reportingYearOf(today);
    const [meetings, actions] = await Promise.all([
      bot.deps.meetings.listBetween(board.id, reportingPeriod(chosen)),
      bot.deps.actions.listForYear(board.id, reportingRange(chosen, today)),
    ]);
    const link = downloadLink(bot, board, {
      kind: 'report.csv',
      aadObjectId: turn.actor.aadObjectId,
      year: chosen,
    });
    return cardReply(
      renderReportCard(board, annualReport(board, meetings, actions, chosen, today), link),
    );
  });

/**
 * When a meeting ends, the chair and vice-chairs get the draft summary in their personal chat with
 * "Post to channel" on it. Best effort: someone who never opened a chat with Quorate is skipped.
 */
export const sendDraftSummaryToChairs = async (
  bot: ReplyContext,
  board: Board,
  meeting: Meeting,
): Promise<number> => {
  let sent = 0;
  let held: { meeting: Meeting; actions: ActionLogReview } | undefined;
  for (const chair of board.members.filter(
    (m) => (m.role === 'chair' || m.role === 'vice-chair') && m.aadObjectId !== undefined,
  )) {
    const aad = chair.aadObjectId as string;
    try {
      const record = await bot.deps.conversations.findPersonal(board.tenantId, aad);
      if (record === undefined) continue;
      held ??= { meeting, actions: await actionsOf(bot, board, meeting) };
      const card = summaryCard(
        bot,
        aad,
        board,
        held,
        { kind: 'member' },
        'Draft summary of the meeting that just ended. Post it to the channel when it is right.',
      );
      const result = await bot.post(record.reference, cardReply(card));
      if (result.ok) sent += 1;
      else bot.log.warn('summary.draft_failed', { board: board.id, error: result.code });
    } catch (error) {
      bot.log.warn('summary.draft_failed', { board: board.id, error: errorKind(error) });
    }
  }
  return sent;
};
