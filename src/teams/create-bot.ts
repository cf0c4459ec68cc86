import { Application, TeamsAdapter } from '@microsoft/teams-ai';
import type { Activity, InvokeResponse, TurnContext } from 'botbuilder';
import { ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import type { BotAuth } from '../config.js';
import { errorKind } from '../log.js';
import { recordConversation } from '../services/record-conversation.js';
import type { TokenScreen } from './authenticate-channel-request.js';
import {
  authenticateChannelRequest,
  requireChannelIssuer,
} from './authenticate-channel-request.js';
import type { BotContext } from './bot-context.js';
import type { BotFrameworkEndpoints } from './bot-framework-endpoints.js';
import { publicCloudEndpoints } from './bot-framework-endpoints.js';
import { registerCardRoutes } from './routes/card-routes.js';
import { registerCommandRoutes } from './routes/command-routes.js';
import { registerDialogRoutes } from './routes/dialog-routes.js';
import { registerInstallRoutes } from './routes/install-routes.js';
import { registerMeetingEventRoutes } from './routes/meeting-event-routes.js';
import { registerMessageExtensionRoutes } from './routes/message-extension-routes.js';
import { guardInvokes } from './invoke-budget.js';
import { readTurnIdentity } from './turn-identity.js';

const credentialSettings = (auth: BotAuth): Record<string, string> => {
  switch (auth.kind) {
    case 'anonymous':
      return {};
    case 'SingleTenant':
      return {
        MicrosoftAppId: auth.appId,
        MicrosoftAppPassword: auth.password,
        MicrosoftAppType: 'SingleTenant',
        MicrosoftAppTenantId: auth.tenantId,
      };
    case 'UserAssignedMsi':
      return {
        MicrosoftAppId: auth.appId,
        MicrosoftAppType: 'UserAssignedMSI',
        MicrosoftAppTenantId: auth.tenantId,
      };
  }
};

/** The Teams adapter, with the invoke response of a turn available to our own HTTP glue. */
export class QuorateAdapter extends TeamsAdapter {
  constructor(
    settings: ConstructorParameters<typeof TeamsAdapter>[0],
    credentials: ConfigurationServiceClientCredentialFactory,
    authentication: ConstructorParameters<typeof TeamsAdapter>[2],
    /** Undefined when authentication is off (local mode): nothing to screen. */
    private readonly screen: TokenScreen | undefined,
  ) {
    super(settings, credentials, authentication);
  }

  /**
   * Authenticates and runs one activity; returns the invoke response, if any. Throws
   * UnauthorizedRequest for any authentication failure, before `logic` can run.
   */
  async handle(
    authHeader: string,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    if (this.screen === undefined) return this.processActivity(authHeader, activity, logic);
    const authenticated = await authenticateChannelRequest(
      this.botFrameworkAuthentication,
      this.screen,
      authHeader,
      activity,
    );
    return this.processActivity(authenticated, activity, logic);
  }
}

export type AdapterOptions = {
  /** Tests only: the loopback Bot Framework double. Production: the public cloud. */
  endpoints?: BotFrameworkEndpoints;
  /** Tenants a token's `tid` claim may name, besides the bot's own. */
  allowedTenantIds?: readonly string[];
};

export const createAdapter = (auth: BotAuth, options: AdapterOptions = {}): QuorateAdapter => {
  const settings = credentialSettings(auth);
  const credentials = new ConfigurationServiceClientCredentialFactory(settings);
  if (auth.kind === 'anonymous') {
    return new QuorateAdapter(settings, credentials, undefined, undefined);
  }
  const endpoints = options.endpoints ?? publicCloudEndpoints;
  const issuer = endpoints.ToBotFromChannelTokenIssuer;
  return new QuorateAdapter(
    { ...settings, ...endpoints },
    credentials,
    { requiredEndorsements: [], validateClaims: requireChannelIssuer(issuer) },
    {
      issuer,
      tenantIds: [auth.tenantId, BOT_FRAMEWORK_TENANT_ID, ...(options.allowedTenantIds ?? [])],
    },
  );
};

/**
 * The Bot Framework's own tenant: a channel token that names a tenant at all may name this one, so
 * the pre-authentication screen must not refuse it.
 */
const BOT_FRAMEWORK_TENANT_ID = 'd6d49420-f39b-4df7-a1dc-d59a935871db';

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
export const createBot = (bot: BotContext, adapter?: TeamsAdapter, botAppId = ''): Application => {
  const app = new Application({
    ...(adapter !== undefined && { adapter }),
    botAppId,
    startTypingTimer: false,
    removeRecipientMention: true,
    longRunningMessages: false,
  });
  app.turn('beforeTurn', (context) => rememberConversation(context, bot));
  registerInstallRoutes(app, bot);
  registerMeetingEventRoutes(app, bot);
  registerMessageExtensionRoutes(app, bot);
  registerDialogRoutes(app, bot);
  registerCardRoutes(app, bot);
  registerCommandRoutes(app, bot);
  if (adapter !== undefined) app.error(turnErrorHandler(bot));
  guardInvokes(app, bot, bot.invokeBudgetMs);
  return app;
};

/** One turn error handler: logs ids and the error's kind, answers with a generic line. */
export const turnErrorHandler =
  (bot: BotContext) =>
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
