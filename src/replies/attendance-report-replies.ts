import { renderReportAttendeesCard } from '../cards/render-meeting-link-cards.js';
import type { Board } from '../domain/board.js';
import type { Meeting } from '../domain/meeting.js';
import { errorKind } from '../log.js';
import { confirmReportAttendance } from '../services/confirm-report-attendance.js';
import type { ReportAdditions } from '../services/read-report-additions.js';
import { readReportAdditions } from '../services/read-report-additions.js';
import { requireManager } from '../services/require-manager.js';
import { withBoard } from './board-replies.js';
import { registerCardFor } from './attendance-replies.js';
import type { ReplyContext } from './reply-context.js';
import type { Reply } from './reply.js';
import { cardReply, textReply } from './reply.js';
import type { Turn } from './turn.js';

const LATER =
  'Teams writes its attendance report a few minutes after a meeting ends: type "attendance report" here then to compare it with the register.';

/** What to say when the report adds nobody (undefined: it does; the card says so). */
const sayAdditions = (additions: ReportAdditions): string | undefined => {
  switch (additions.kind) {
    case 'additions':
      return undefined;
    case 'complete':
      return 'Teams’ attendance report shows nobody the register does not already have.';
    case 'not-linked':
      return 'This board meeting is not linked to a Teams meeting Quorate can read the report of: type "meeting link" in the Teams meeting’s chat first.';
    case 'not-ready':
      return `Teams has no attendance report for this meeting yet. ${LATER}`;
    case 'not-allowed':
      return 'Teams would not let Quorate read this meeting’s attendance report (the app’s permission to read meeting reports in this chat was not granted): record attendance with "present <initials>".';
    case 'unavailable':
      return 'Teams’ attendance report could not be read just now. Try "attendance report" again in a minute.';
  }
};

const proposalCard = (board: Board, meeting: Meeting, additions: ReportAdditions): Reply =>
  additions.kind === 'additions'
    ? cardReply(
        renderReportAttendeesCard({
          boardId: board.id,
          boardName: board.name,
          meetingId: meeting.id,
          meetingTitle: meeting.title,
          members: additions.members,
        }),
      )
    : textReply(sayAdditions(additions) ?? '');

/** `attendance report`: the meeting in progress or the last one held, against Teams' report. */
export const attendanceReportReply = (bot: ReplyContext, turn: Turn): Promise<Reply> =>
  withBoard(turn, async (board) => {
    await requireManager(
      bot.deps,
      board,
      turn.actor,
      'register.report',
      'compare the attendance report with the register',
    );
    const reader = bot.attendanceReports;
    if (reader === undefined)
      return textReply(
        'Quorate is not set up to read Teams’ attendance reports (ATTENDANCE_REPORTS is off).',
      );
    const meeting = (await turn.meeting()) ?? (await bot.deps.meetings.findLatestHeld(board.id));
    if (meeting === undefined) return textReply('The board has held no meeting yet.');
    return proposalCard(board, meeting, await readReportAdditions(reader, { board, meeting }));
  });

/**
 * When a linked Teams meeting ends: the report is read once; the chair and vice-chairs get the
 * proposal in their personal chat when it shows members the register missed. Returns what the
 * meeting chat is told (nothing when the meeting is not linked or reports are not read).
 */
export const reportAfterMeetingEnd = async (
  bot: ReplyContext,
  board: Board,
  meeting: Meeting,
): Promise<string | undefined> => {
  const reader = bot.attendanceReports;
  if (reader === undefined || meeting.online?.graphMeetingId === undefined) return undefined;
  try {
    const additions = await readReportAdditions(reader, { board, meeting });
    bot.log.info('meeting.attendance_report', { board: board.id, outcome: additions.kind });
    if (additions.kind === 'not-ready') return LATER;
    if (additions.kind !== 'additions') return undefined;
    const card = proposalCard(board, meeting, additions);
    let sent = 0;
    for (const chair of board.members.filter(
      (m) => (m.role === 'chair' || m.role === 'vice-chair') && m.aadObjectId !== undefined,
    )) {
      const record = await bot.deps.conversations.findPersonal(
        board.tenantId,
        chair.aadObjectId ?? '',
      );
      if (record === undefined) continue;
      if ((await bot.post(record.reference, card)).ok) sent += 1;
    }
    return sent > 0
      ? `Teams’ attendance report shows ${additions.members.length} more: the chair has a card to confirm them.`
      : undefined;
  } catch (error) {
    bot.log.warn('meeting.attendance_report_failed', { board: board.id, error: errorKind(error) });
    return undefined;
  }
};

/** "Record as attended" on the proposal: the register card after, with what was recorded. */
export const confirmReportReply = (
  bot: ReplyContext,
  turn: Turn,
  data: { meetingId: string; memberIds: string[] },
): Promise<Reply> =>
  withBoard(turn, async (board) => {
    const { meeting, added } = await confirmReportAttendance(bot.deps, {
      board,
      actor: turn.actor,
      meetingId: data.meetingId,
      memberIds: data.memberIds,
    });
    const message =
      added.length === 0
        ? 'Nothing to record: the register already has them.'
        : `Recorded as attended from Teams’ attendance report: ${added.map((m) => m.initials).join(', ')}.`;
    return registerCardFor(
      board,
      meeting,
      true,
      turn.kind === 'personal' ? { kind: 'member' } : { kind: 'board-chat' },
      message,
    );
  });
