import { TeamsAdapter } from '@microsoft/teams-ai';
import type { Activity, InvokeResponse, TurnContext } from 'botbuilder';
import { ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import type { BotAuth } from '../config.js';
import type { TokenScreen } from './authenticate-channel-request.js';
import {
  authenticateChannelRequest,
  requireChannelIssuer,
} from './authenticate-channel-request.js';
import type { BotFrameworkEndpoints } from './bot-framework-endpoints.js';
import { publicCloudEndpoints } from './bot-framework-endpoints.js';

export const credentialSettings = (auth: BotAuth): Record<string, string> => {
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
