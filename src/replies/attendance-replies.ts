import type { Audience } from '../domain/disclosure.js';
import { discloseMeeting, disclosePolicyOf } from '../domain/disclosure.js';
import { renderHistoryCard, renderRegisterCard } from '../cards/render-register-card.js';
import type { AttendanceCode } from '../domain/attendance.js';
import { sitsAsOfficer } from '../domain/attendance.js';
import { attendanceMatrix } from '../domain/attendance-report.js';
import type { Board } from '../domain/board.js';
import { canManageBoard, findMemberByInitials } from '../domain/board.js';
import { DomainError } from '../domain/domain-error.js';
import type { Meeting } from '../domain/meeting.js';
import { evaluateQuorum } from '../domain/quorum.js';
import { requireActiveMeeting, requireBoardMeeting } from '../services/find-active-meeting.js';
import { recordCodes } from '../services/record-codes.js';
import { recordDeputy } from '../services/record-deputy.js';
import { recordGuest } from '../services/record-guest.js';
import { recordMinuteTaker } from '../services/record-minute-taker.js';
import { recordQuorumRuling } from '../services/record-quorum-ruling.js';
import { recordTiming } from '../services/record-timing.js';
import { saveRegister } from '../services/save-register.js';
import { setQuorumRule } from '../services/set-quorum-rule.js';
import { keptEntryMessage, tellChairsOfConflict } from './attendance-conflict-reply.js';
import { withBoard } from './board-replies.js';
import { deputyAuthoritySentence } from './deputy-authority-sentence.js';
import { downloadLink } from './download-link.js';
import type { ReplyContext } from './reply-context.js';
import type { Reply } from './reply.js';
import { cardReply, textReply } from './reply.js';
import { turnAudience } from './restricted-answer.js';
import type { Turn } from './turn.js';

/** The register as the conversation's readers may see it (guests "for" a confidential item). */
export const registerCardFor = (
  board: Board,
  meeting: Meeting,
  canManage: boolean,
  audience: Audience,
  message?: string,
): Reply =>
  cardReply(
    renderRegisterCard({
      board,
      meeting: discloseMeeting(meeting, audience, disclosePolicyOf(board.rules)),
      quorum: evaluateQuorum(board, meeting.attendance, meeting.date),
      canManage,
      ...(message !== undefined && { message }),
    }),
  );

const register = (
  turn: Turn,
  work: (board: Board) => Promise<{ meeting: Meeting; message?: string } | Reply>,
): Promise<Reply> =>
  withBoard(turn, async (board) => {
    const result = await work(board);
    if ('card' in result || 'text' in result) return result;
    return registerCardFor(
      board,
      result.meeting,
      canManageBoard(board, turn.actor.aadObjectId),
      turnAudience(board, turn),
      result.message,
    );
  });

export const registerReply = (bot: ReplyContext, turn: Turn, meetingId?: string): Promise<Reply> =>
  register(turn, async (board) => ({
    meeting:
      meetingId === undefined
        ? await requireActiveMeeting(bot.deps, board, turn)
        : await requireBoardMeeting(bot.deps, board, meetingId),
  }));

const CODE_WORD: Record<'A' | 'SA' | 'DNA', string> = {
  A: 'present',
  SA: 'apologies',
  DNA: 'absent',
};

export const codesReply = (
  bot: ReplyContext,
  turn: Turn,
  code: 'A' | 'SA' | 'DNA',
  initials: string[],
): Promise<Reply> =>
  register(turn, async (board) => {
    const { meeting, members, kept } = await recordCodes(bot.deps, {
      board,
      actor: turn.actor,
      found: turn,
      code,
      initials,
    });
    const own = kept[0];
    if (own !== undefined && !canManageBoard(board, turn.actor.aadObjectId)) {
      if (own.outcome === 'conflict') await tellChairsOfConflict(bot, board, meeting, own.member);
      return textReply(keptEntryMessage(meeting, own));
    }
    if (turn.kind === 'personal' && !canManageBoard(board, turn.actor.aadObjectId)) {
      return textReply(
        `Your apologies for ${meeting.title} on ${meeting.date} are recorded. To send a deputy, type "deputy <name> (<role>) for ${members[0]?.initials ?? 'your initials'}".`,
      );
    }
    const officers = members.filter((m) => sitsAsOfficer(meeting.attendance, m));
    return {
      meeting,
      message: `${members.map((m) => m.initials).join(', ')}: ${CODE_WORD[code]}.${officers.length === 0 ? '' : ` ${officers.map((m) => m.initials).join(', ')}: officer${officers.length === 1 ? '' : 's'}, recorded "in attendance" when present, never coded or DNA.`}`,
    };
  });

export const deputyReply = (
  bot: ReplyContext,
  turn: Turn,
  person: string,
  forInitials: string,
  extra: { meetingId?: string; aadObjectId?: string } = {},
): Promise<Reply> =>
  register(turn, async (board) => {
    const result = await recordDeputy(bot.deps, {
      board,
      actor: turn.actor,
      found: turn,
      person,
      forInitials,
      ...extra,
    });
    return {
      meeting: result.meeting,
      message: `${result.deputy.name} attends for ${result.member.initials} (SD).${deputyAuthoritySentence(board, result)}`,
    };
  });

export const guestReply = (
  bot: ReplyContext,
  turn: Turn,
  person: string,
  forItem?: string,
  extra: { meetingId?: string; aadObjectId?: string } = {},
): Promise<Reply> =>
  register(turn, async (board) => ({
    meeting: await recordGuest(bot.deps, {
      board,
      actor: turn.actor,
      found: turn,
      person,
      ...(forItem !== undefined && { forItem }),
      ...extra,
    }),
    message: 'Guest added to "also in attendance".',
  }));

export const quorumReply = (bot: ReplyContext, turn: Turn): Promise<Reply> =>
  withBoard(turn, async (board) => {
    const meeting = await requireActiveMeeting(bot.deps, board, turn);
    const result = evaluateQuorum(board, meeting.attendance, meeting.date);
    const text = result.explanation[0]?.toUpperCase() + result.explanation.slice(1);
    const ratifier = meeting.attendance?.ratifier;
    return textReply(
      `${meeting.title}: ${text}.${!result.quorate && ratifier !== undefined ? ` Decisions and actions go to ${ratifier} for ratification.` : ''}`,
    );
  });

export const quorumRuleReply = (bot: ReplyContext, turn: Turn, rule: string): Promise<Reply> =>
  withBoard(turn, async (board) => {
    const saved = await setQuorumRule(bot.deps, { board, actor: turn.actor, rule });
    return textReply(`Quorum rule saved: ${saved.rules.quorumRule}`);
  });

export const rulingReply = (
  bot: ReplyContext,
  turn: Turn,
  input: { quorate?: boolean; reason?: string; ratifier?: string },
): Promise<Reply> =>
  register(turn, async (board) => {
    let ratifier = input.ratifier;
    if (ratifier !== undefined) {
      const member = findMemberByInitials(board, ratifier);
      ratifier = member === undefined ? ratifier : `${member.name} (${member.initials})`;
    }
    const meeting = await recordQuorumRuling(bot.deps, {
      board,
      actor: turn.actor,
      found: turn,
      ...input,
      ...(ratifier !== undefined && { ratifier }),
    });
    return {
      meeting,
      message: ratifier !== undefined ? `Ratification by ${ratifier}.` : 'Ruling recorded.',
    };
  });

/** The history card shows the last six meetings held (or with a register). */
const HISTORY_COLUMNS = 6;

export const historyReply = (bot: ReplyContext, turn: Turn): Promise<Reply> =>
  withBoard(turn, async (board) => {
    const meetings = await bot.deps.meetings.listRecent(board.id, HISTORY_COLUMNS, {
      recordedOnly: true,
    });
    const link = downloadLink(bot, board, {
      kind: 'attendance.csv',
      aadObjectId: turn.actor.aadObjectId,
    });
    return cardReply(
      renderHistoryCard(board, attendanceMatrix(board, meetings, HISTORY_COLUMNS), link),
    );
  });

const CODES = new Set<string>(['A', 'SD', 'SA', 'DNA']);

export const saveRegisterReply = (
  bot: ReplyContext,
  turn: Turn,
  meetingId: string,
  data: Record<string, unknown>,
): Promise<Reply> =>
  register(turn, async (board) => {
    const codes: Record<string, AttendanceCode> = {};
    for (const [key, value] of Object.entries(data)) {
      if (!key.startsWith('code_') || typeof value !== 'string' || value === '') continue;
      if (!CODES.has(value))
        throw new DomainError(
          'INVALID_INPUT',
          'This register card is out of date. Type "attendance" for the current one.',
        );
      codes[key.slice(5)] = value as AttendanceCode;
    }
    return {
      meeting: await saveRegister(bot.deps, { board, actor: turn.actor, meetingId, codes }),
      message: 'Register saved.',
    };
  });

export const visitorReply = (
  bot: ReplyContext,
  turn: Turn,
  input: { meetingId: string; aadObjectId: string; forInitials?: string },
): Promise<Reply> =>
  withBoard(turn, async (board) => {
    const meeting = await requireBoardMeeting(bot.deps, board, input.meetingId);
    const visitor = meeting.attendance?.visitors.find((v) => v.aadObjectId === input.aadObjectId);
    if (visitor === undefined)
      return registerCardFor(
        board,
        meeting,
        canManageBoard(board, turn.actor.aadObjectId),
        turnAudience(board, turn),
        'That person is already recorded.',
      );
    return input.forInitials === undefined
      ? guestReply(bot, turn, visitor.name, undefined, {
          meetingId: meeting.id,
          aadObjectId: visitor.aadObjectId,
        })
      : deputyReply(bot, turn, visitor.name, input.forInitials, {
          meetingId: meeting.id,
          aadObjectId: visitor.aadObjectId,
        });
  });

export const minuteTakerReply = (bot: ReplyContext, turn: Turn, name: string): Promise<Reply> =>
  register(turn, async (board) => {
    const meeting = await recordMinuteTaker(bot.deps, {
      board,
      actor: turn.actor,
      name,
      found: turn,
    });
    return { meeting, message: `Minutes taken by ${meeting.attendance?.minuteTaker ?? name}.` };
  });

/** `late …` and `left …`. */
export const timingReply = (
  bot: ReplyContext,
  turn: Turn,
  kind: 'late' | 'left',
  initials: string,
  atItem?: string,
): Promise<Reply> =>
  register(turn, async (board) => {
    const { meeting, member } = await recordTiming(bot.deps, {
      board,
      actor: turn.actor,
      found: turn,
      kind,
      initials,
      ...(atItem !== undefined && { atItem }),
    });
    return {
      meeting,
      message: `${member.initials} ${kind === 'late' ? 'arrived late' : 'left early'}.`,
    };
  });
