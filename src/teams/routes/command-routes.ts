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
} from '../board-replies.js';
import type { BotContext } from '../bot-context.js';
import type { Reply } from '../reply.js';
import { sendReply, textReply } from '../reply.js';
import { readTurnIdentity } from '../turn-identity.js';
import type { TurnContext } from 'botbuilder';
import type { TurnIdentity } from '../turn-identity.js';

const runCommand = async (
  bot: BotContext,
  turn: TurnIdentity,
  context: TurnContext,
  command: Command,
): Promise<Reply> => {
  switch (command.kind) {
    case 'help':
      return helpReply(bot, turn);
    case 'setup':
      return setupReply(
        bot,
        turn,
        context,
        command.name === undefined ? {} : { name: command.name },
      );
    case 'members':
      return membersReply(bot, turn);
    case 'membersImport':
      return (await importMembersReply(bot, turn, command.table)).reply;
    case 'agencyAdd':
      return agencyAddReply(bot, turn, command);
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
      const turn = readTurnIdentity(context);
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
