import { ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import type { BotAuth } from '../config.js';
import type { GraphTokenSource } from './graph-attendance-reader.js';
import { credentialSettings } from './quorate-adapter.js';

const GRAPH_AUDIENCE = 'https://graph.microsoft.com';
const LOGIN = 'https://login.microsoftonline.com/';

/**
 * The bot's own identity (client secret or user-assigned managed identity) asked for an app-only
 * Microsoft Graph token, through botbuilder's credential factory, which caches tokens until they
 * expire. Anonymous (local) runs have no token: only a loopback Graph double answers them.
 */
export const botGraphToken = (auth: BotAuth): GraphTokenSource => {
  if (auth.kind === 'anonymous') return () => Promise.resolve(undefined);
  const factory = new ConfigurationServiceClientCredentialFactory(credentialSettings(auth));
  let credentials: Promise<{ getToken: (force?: boolean) => Promise<string> }> | undefined;
  return async () => {
    credentials ??= factory
      .createCredentials(auth.appId, GRAPH_AUDIENCE, LOGIN, true)
      .then((c) => c as unknown as { getToken: (force?: boolean) => Promise<string> });
    return (await credentials).getToken();
  };
};
