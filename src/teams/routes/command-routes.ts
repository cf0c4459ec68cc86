import type { Application } from '@microsoft/teams-ai';
import { chatCommandReply } from '../../replies/chat-command-reply.js';
import { plainText } from '../activity-text.js';
import type { BotContext } from '../bot-context.js';
import { buildTurn } from '../build-turn.js';
import { readMentions } from '../read-mentions.js';
import { sendReply } from '../send-reply.js';

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
      const reply = await chatCommandReply(bot, turn, {
        text: plainText(context.activity.text),
        ...(context.activity.id !== undefined && { id: context.activity.id }),
        mentions: () => readMentions(bot.readRoster, context),
      });
      await sendReply(context, reply);
    },
  );
};
