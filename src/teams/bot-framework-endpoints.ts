/**
 * Where the Bot Framework's tokens come from and where the bot gets its own, under the SDK's own
 * setting names. botbuilder switches to "parameterised" authentication as soon as one of these is
 * set, and then takes every other one as given: a missing one silently becomes undefined. So they
 * travel together, always all of them.
 */
export type BotFrameworkEndpoints = {
  /** The only `iss` accepted on tokens from the channel (and before authentication, see screenBearerToken). */
  ToBotFromChannelTokenIssuer: string;
  ToBotFromChannelOpenIdMetadataUrl: string;
  ToBotFromEmulatorOpenIdMetadataUrl: string;
  ToChannelFromBotLoginUrl: string;
  ToChannelFromBotOAuthScope: string;
  OAuthUrl: string;
  CallerId: string;
  ValidateAuthority: boolean;
};

/**
 * The public Azure cloud, as botbuilder 4.23.3 defines it (AuthenticationConstants and
 * CallerIdConstants.PublicAzureChannel); a test compares them with the SDK's. Production always
 * uses these: only tests pass others, through AppOptions, never the environment.
 */
export const publicCloudEndpoints: BotFrameworkEndpoints = {
  ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
  ToBotFromChannelOpenIdMetadataUrl:
    'https://login.botframework.com/v1/.well-known/openidconfiguration',
  ToBotFromEmulatorOpenIdMetadataUrl:
    'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
  ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
  ToChannelFromBotOAuthScope: 'https://api.botframework.com',
  OAuthUrl: 'https://api.botframework.com',
  CallerId: 'urn:botframework:azure',
  ValidateAuthority: true,
};
