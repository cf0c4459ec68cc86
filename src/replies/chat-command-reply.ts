import { parseCommand } from '../commands/parse-command.js';
import {
  agencyAddReply,
  helpReply,
  importMembersReply,
  membersReply,
  setupReply,
} from './board-replies.js';
import type { ChangeInput } from './action-replies.js';
import { actionsReply, captureReply, changeReply } from './action-replies.js';
import {
  codesReply,
  deputyReply,
  guestReply,
  historyReply as attendanceHistoryReply,
  minuteTakerReply,
  quorumReply,
  quorumRuleReply,
  registerReply,
  rulingReply,
  timingReply,
} from './attendance-replies.js';
import { minutesLinkReply, reportReply, summaryPostReply, summaryReply } from './report-replies.js';
import {
  agendaAddReply,
  agendaRemoveReply,
  agendaCommandReply,
  entryReply,
  meetingMoveReply,
  meetingNewReply,
  meetingStatusReply,
  minutesReply,
  moveReply,
  nextMeetingReply,
} from './meeting-replies.js';
import { paperReply, papersReply } from './paper-replies.js';
import type { Reply } from './reply.js';
import { personalDataReply } from './personal-data-reply.js';
import { agencyChangeReply, memberChangeReply } from './roster-replies.js';
import { actionsImportReply } from './actions-import-reply.js';
import { actionOfferReply } from './action-offer-reply.js';
import { misplacedCommandReply } from './misplaced-command-reply.js';
import { notUnderstoodReply } from './not-understood-reply.js';
import { undoReply } from './undo-reply.js';
import { ownApologiesTextReply, quorumForecastReply } from './forecast-replies.js';
import { correctionReply } from './correction-replies.js';
import { reviseDateReply } from './revise-date-reply.js';
import { interestChangeReply, interestItemReply, interestReply } from './interest-reply.js';
import type { Turn } from './turn.js';
import { meetingLinkReply } from './meeting-link-replies.js';
import { attendanceReportReply } from './attendance-report-replies.js';
import type { ReplyContext } from './reply-context.js';
import type { Mention } from '../domain/resolve-owners.js';
import { delegateRemoveReply, delegateReply, delegatesReply } from './delegate-replies.js';

/** A chat message as the command reply needs it: its text, its id, its @mentions (read on demand). */
export type ChatMessage = {
  text: string;
  /** The activity's id: a repeat of the same message carries it again (idempotent capture). */
  id?: string;
  mentions: () => Promise<Mention[]>;
};

/** A chat command: parsed, then answered by its reply; a command not understood gets its usage. */
export const chatCommandReply = async (
  bot: ReplyContext,
  turn: Turn,
  message: ChatMessage,
): Promise<Reply> => {
  const parsed = parseCommand(message.text);
  /** The message a "did you mean" or "record this action?" card answers; its clicks run once. */
  const requestId = `msg:${message.id ?? `${turn.conversationId}:${bot.deps.clock.now().getTime()}`}`;
  if (!parsed.ok) return notUnderstoodReply(parsed, message.text, requestId);
  const command = parsed.command;
  bot.log.info('command', { kind: command.kind, tenant: turn.tenantId });
  const misplaced = await misplacedCommandReply(bot, turn, command, requestId);
  if (misplaced !== undefined) return misplaced;
  /** Every action command names its action by number and answers with the action card. */
  const change = (number: number, input: ChangeInput): Promise<Reply> =>
    changeReply(bot, turn, { number }, input);
  switch (command.kind) {
    case 'help':
      return helpReply(turn);
    case 'setup':
      return setupReply(bot, turn, command.name === undefined ? {} : { name: command.name });
    case 'members':
      return membersReply(bot, turn);
    case 'membersImport':
      return (await importMembersReply(bot, turn, command.table)).reply;
    case 'agencyAdd':
      return agencyAddReply(bot, turn, command);
    case 'agencyRemove':
      return agencyChangeReply(bot, turn, { kind: 'remove', code: command.code });
    case 'agencyRename':
      return agencyChangeReply(bot, turn, {
        kind: 'rename',
        code: command.code,
        name: command.name,
      });
    case 'agencyCode':
      return agencyChangeReply(bot, turn, { kind: 'code', from: command.from, to: command.to });
    case 'memberLeave':
      return memberChangeReply(bot, turn, { ...command, kind: 'leave' });
    case 'memberRejoin':
      return memberChangeReply(bot, turn, { ...command, kind: 'rejoin' });
    case 'memberEdit':
      return memberChangeReply(bot, turn, { ...command, kind: 'edit' });
    case 'actionsImport':
      return actionsImportReply(bot, turn, command.table);
    case 'meetingNew':
      return meetingNewReply(bot, turn, command.spec);
    case 'meetingMove':
      return meetingMoveReply(bot, turn, command.spec);
    case 'meetingStart':
      return meetingStatusReply(bot, turn, 'in-progress');
    case 'meetingEnd':
      return meetingStatusReply(bot, turn, 'closed');
    case 'meetingLink':
      return meetingLinkReply(bot, turn);
    case 'attendanceReport':
      return attendanceReportReply(bot, turn);
    case 'nextMeeting':
      return nextMeetingReply(bot, turn, command.spec);
    case 'agenda':
      return agendaCommandReply(bot, turn);
    case 'agendaAdd': {
      const { kind: _kind, ...item } = command;
      return agendaAddReply(bot, turn, item);
    }
    case 'agendaRemove':
      return agendaRemoveReply(bot, turn, command.item);
    case 'paper':
      return paperReply(bot, turn, command);
    case 'papers':
      return papersReply(bot, turn);
    case 'undo':
      return undoReply(bot, turn, message.id === undefined ? undefined : `msg:${message.id}`);
    case 'item':
      return moveReply(bot, turn, { ref: command.item });
    case 'next':
      return moveReply(bot, turn, { next: true });
    case 'note':
      return entryReply(bot, turn, { kind: 'note', text: command.text });
    case 'decision':
      return entryReply(bot, turn, { kind: 'decision', text: command.text });
    case 'minutesApproved':
      return minutesReply(
        bot,
        turn,
        command.amendments === undefined
          ? { outcome: 'approved' }
          : { outcome: 'approved-with-amendments', text: command.amendments },
      );
    case 'minutesNotApproved':
      return minutesReply(bot, turn, {
        outcome: 'not-approved',
        ...(command.reason !== undefined && { text: command.reason }),
      });
    case 'actionCapture':
      return captureReply(bot, turn, {
        spec: command.spec,
        mentions: await message.mentions(),
        ...(message.id !== undefined && { requestId: `msg:${message.id}` }),
      });
    case 'actionOffer':
      return actionOfferReply(turn, { spec: command.spec, requestId }, () =>
        notUnderstoodReply(
          {
            message: `I don't know "${command.spec.length > 40 ? `${command.spec.slice(0, 40)}…` : command.spec}".`,
          },
          message.text,
          requestId,
        ),
      );
    case 'actions':
      return actionsReply(bot, turn, command.filter);
    case 'actionUpdate':
      return command.revisedDate === undefined
        ? change(command.number, { kind: 'update', text: command.text })
        : reviseDateReply(bot, turn, { ...command, date: command.revisedDate });
    case 'actionDone':
      return change(command.number, {
        kind: 'done',
        ...(command.text !== undefined && { text: command.text }),
      });
    case 'actionReopen':
      return change(command.number, { kind: 'reopen' });
    case 'actionClose':
      return change(command.number, { kind: 'close', reason: command.reason });
    case 'actionDue':
      return change(command.number, { kind: 'dueText', date: command.date });
    case 'actionAssign':
      return change(command.number, { kind: 'assignText', owners: command.owners });
    case 'actionConfidential':
      return change(command.number, { kind: 'confidential', confidential: command.confidential });
    case 'attendance':
      return registerReply(bot, turn);
    case 'attendanceCodes':
      return codesReply(bot, turn, command.code, command.initials);
    case 'deputy':
      return deputyReply(bot, turn, command.person, command.forInitials);
    case 'guest':
      return guestReply(bot, turn, command.person, command.forItem);
    case 'delegates':
      return delegatesReply(turn, command.agency);
    case 'delegate':
      return delegateReply(bot, turn, { who: command.who, agency: command.agency });
    case 'delegateRemove':
      return delegateRemoveReply(bot, turn, { who: command.who, agency: command.agency });
    case 'interest':
      return interestReply(bot, turn, {
        who: command.who,
        item: command.item,
        text: command.text,
        ...(message.id !== undefined && { key: `msg:${message.id}` }),
      });
    case 'interestItem':
      return interestItemReply(bot, turn, command.on);
    case 'interestRemove':
      return interestChangeReply(bot, turn, { who: command.who, item: command.item });
    case 'interestEdit':
      return interestChangeReply(bot, turn, {
        who: command.who,
        item: command.item,
        text: command.text,
      });
    case 'late':
      return timingReply(bot, turn, 'late', command.initials, command.atItem);
    case 'left':
      return timingReply(bot, turn, 'left', command.initials, command.atItem);
    case 'minuteTaker':
      return minuteTakerReply(bot, turn, command.name);
    case 'quorum':
      return quorumReply(bot, turn);
    case 'quorumForecast':
      return quorumForecastReply(bot, turn);
    case 'ownApologies':
      return ownApologiesTextReply(bot, turn, command);
    case 'quorumRule':
      return quorumRuleReply(bot, turn, command.rule);
    case 'quorumRuling':
      return rulingReply(bot, turn, { quorate: command.quorate, reason: command.reason });
    case 'ratifier':
      return rulingReply(bot, turn, { ratifier: command.name });
    case 'history':
      return attendanceHistoryReply(bot, turn);
    case 'summary':
      return command.post ? summaryPostReply(bot, turn) : summaryReply(bot, turn);
    case 'minutes':
      return minutesLinkReply(bot, turn, command.when);
    case 'report':
      return reportReply(bot, turn, command.year);
    case 'personalData':
      return personalDataReply(bot, turn, command.initials);
    case 'notes':
    case 'entryCorrection':
    case 'actionDelete':
    case 'actionMove':
    case 'actionEdit':
    case 'itemEdit':
    case 'guestRemove':
    case 'deputyRemove':
      return correctionReply(bot, turn, command, message.id);
  }
};
