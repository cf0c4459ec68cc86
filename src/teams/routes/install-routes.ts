import type { Application } from '@microsoft/teams-ai';
import { helpReply } from '../../replies/board-replies.js';
import type { BotContext } from '../bot-context.js';
import { sendReply } from '../send-reply.js';
import { buildTurn } from '../build-turn.js';

/** When Quorate is added to a chat or team it introduces itself (its reference is stored by the turn hook). */
export const registerInstallRoutes = (app: Application, bot: BotContext): void => {
  app.conversationUpdate('membersAdded', async (context) => {
    const botId = context.activity.recipient?.id;
    const botAdded = (context.activity.membersAdded ?? []).some((m) => m.id === botId);
    const turn = buildTurn(context, bot);
    if (!botAdded || turn === undefined) return;
    bot.log.info('installed', { tenant: turn.tenantId, kind: turn.kind });
    await context.sendActivity(
      turn.kind === 'personal'
        ? 'Hello, I am Quorate. I run board meetings in Teams: agendas, attendance, quorum, decisions and actions. Here is what you can do.'
        : 'Hello, I am Quorate. A chair or coordinator can set up this conversation’s board with "@Quorate setup <board name>".',
    );
    await sendReply(context, await helpReply(turn));
  });
  app.activity('installationUpdate', async () => Promise.resolve());
};
