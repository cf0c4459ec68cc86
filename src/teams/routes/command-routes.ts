import type { Application } from '@microsoft/teams-ai';
import type { Command } from '../../commands/command.js';
import { parseCommand } from '../../commands/parse-command.js';
import { plainText } from '../activity-text.js';
import {
  agencyAddReply,
  helpReply,
  importMembersReply,
  membersReply,
  setupReply,
} from '../../replies/board-replies.js';
import type { ChangeInput } from '../../replies/action-replies.js';
import { actionsReply, captureReply, changeReply } from '../../replies/action-replies.js';
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
} from '../../replies/attendance-replies.js';
import type { BotContext } from '../bot-context.js';
import {
  minutesLinkReply,
  reportReply,
  summaryPostReply,
  summaryReply,
} from '../../replies/report-replies.js';
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
} from '../../replies/meeting-replies.js';
import { paperReply, papersReply } from '../../replies/paper-replies.js';
import type { Reply } from '../../replies/reply.js';
import { textReply } from '../../replies/reply.js';
import { sendReply } from '../send-reply.js';
import { personalDataReply } from '../../replies/personal-data-reply.js';
import { buildTurn } from '../build-turn.js';
import { readMentions } from '../read-mentions.js';
import type { TurnContext } from 'botbuilder';
import type { Turn } from '../../replies/turn.js';

const runCommand = async (
  bot: BotContext,
  turn: Turn,
  context: TurnContext,
  command: Command,
): Promise<Reply> => {
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
    case 'meetingNew':
      return meetingNewReply(bot, turn, command.spec);
    case 'meetingMove':
      return meetingMoveReply(bot, turn, command.spec);
    case 'meetingStart':
      return meetingStatusReply(bot, turn, 'in-progress');
    case 'meetingEnd':
      return meetingStatusReply(bot, turn, 'closed');
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
        mentions: await readMentions(bot.readRoster, context),
        ...(context.activity.id !== undefined && { requestId: `msg:${context.activity.id}` }),
      });
    case 'actions':
      return actionsReply(bot, turn, command.filter);
    case 'actionUpdate':
      return change(command.number, { kind: 'update', text: command.text });
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
    case 'late':
      return timingReply(bot, turn, 'late', command.initials, command.atItem);
    case 'left':
      return timingReply(bot, turn, 'left', command.initials, command.atItem);
    case 'minuteTaker':
      return minuteTakerReply(bot, turn, command.name);
    case 'quorum':
      return quorumReply(bot, turn);
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
      return minutesLinkReply(bot, turn);
    case 'report':
      return reportReply(bot, turn, command.year);
    case 'personalData':
      return personalDataReply(bot, turn, command.initials);
  }
};

/**
 * Chat commands: every text message that is not a card submit. Registered last so card and
 * dialog routes win.
 */
export const registerCommandRoutes = (app: Application, bot: BotContext): void => {
  app.message(
    (context) =>
      Promise.resolve(context.activity.type === 'message' && context.activity.value === undefined),
    async (context) => {
      const turn = buildTurn(context, bot);
      if (turn === undefined) {
        await context.sendActivity(
          'I could not tell who sent this or from where, so I did nothing.',
        );
        return;
      }
      const parsed = parseCommand(plainText(context.activity.text));
      if (!parsed.ok) {
        const usage = parsed.usage === undefined ? '' : `\n\nTry: **${parsed.usage}**`;
        await sendReply(
          context,
          textReply(`${parsed.message}${usage}\n\nType **help** to see what I can do.`),
        );
        return;
      }
      bot.log.info('command', { kind: parsed.command.kind, tenant: turn.tenantId });
      await sendReply(context, await runCommand(bot, turn, context, parsed.command));
    },
  );
};
