import { Application } from '@microsoft/teams-ai';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { errorKind } from '../log.js';
import { recordConversation } from '../services/record-conversation.js';
import type { BotContext, BotSetup } from './bot-context.js';
import { botContextOf } from './bot-context.js';
import { registerCardRoutes } from './routes/card-routes.js';
import { registerCommandRoutes } from './routes/command-routes.js';
import { registerDialogRoutes } from './routes/dialog-routes.js';
import { registerInstallRoutes } from './routes/install-routes.js';
import { registerMeetingEventRoutes } from './routes/meeting-event-routes.js';
import { registerMessageExtensionRoutes } from './routes/message-extension-routes.js';
import { withInvokeBudget } from './invoke-budget.js';
import { readTurnIdentity } from './turn-identity.js';

/** Stores or refreshes the reference of every conversation a turn comes from (for proactive sends). */
const rememberConversation = async (context: TurnContext, bot: BotContext): Promise<boolean> => {
  const turn = readTurnIdentity(context);
  if (turn === undefined) return true;
  const activity = context.activity;
  const reference = JSON.parse(
    JSON.stringify({
      channelId: activity.channelId,
      serviceUrl: activity.serviceUrl,
      conversation: activity.conversation,
      bot: activity.recipient,
      ...(turn.kind === 'personal' && { user: activity.from }),
    }),
  ) as Record<string, unknown>;
  try {
    await recordConversation(
      bot.deps,
      {
        tenantId: turn.tenantId,
        conversationId: turn.conversationId,
        kind: turn.kind,
        ...(turn.kind === 'personal' && { userAadObjectId: turn.actor.aadObjectId }),
        serviceUrl: turn.serviceUrl,
        reference,
      },
      bot.recentConversations,
    );
  } catch (error) {
    bot.log.warn('conversation.save_failed', { error: errorKind(error) });
  }
  return true;
};

/**
 * The teams-ai application with every route. The adapter may be left out in tests that drive
 * `app.run` through botbuilder's TestAdapter.
 */
export const createBot = (setup: BotSetup, adapter?: TeamsAdapter, botAppId = ''): Application => {
  const bot = botContextOf(setup);
  const app = new Application({
    ...(adapter !== undefined && { adapter }),
    botAppId,
    startTypingTimer: false,
    removeRecipientMention: true,
    longRunningMessages: false,
  });
  app.turn('beforeTurn', (context) => rememberConversation(context, bot));
  /**
   * Route order matters: teams-ai runs the first route that matches. Install and meeting events
   * match on activity type and name; the message extension, dialogs and card verbs on their invoke
   * names and verbs (card Action.Submit arrives as a message with a value); the chat commands
   * match every other message, so they come last.
   */
  registerInstallRoutes(app, bot);
  registerMeetingEventRoutes(app, bot);
  registerMessageExtensionRoutes(app, bot);
  registerDialogRoutes(app, bot);
  registerCardRoutes(app, bot);
  registerCommandRoutes(app, bot);
  if (adapter !== undefined) app.error(turnErrorHandler(bot));
  /** Every invoke is answered within Teams' budget, whatever the routes do (invoke-budget.ts). */
  app.run = withInvokeBudget(app.run.bind(app), bot, bot.invokeBudgetMs);
  return app;
};

/** One turn error handler: logs ids and the error's kind, answers with a generic line. */
export const turnErrorHandler =
  (bot: Pick<BotContext, 'log'>) =>
  async (context: TurnContext, error: Error): Promise<void> => {
    bot.log.error('turn.failed', {
      error: errorKind(error),
      type: context.activity.type,
      activity: context.activity.id,
    });
    if (context.activity.type === 'message') {
      await context.sendActivity(
        'Sorry, something went wrong on my side and it was not done. Please try again in a moment.',
      );
    }
  };
