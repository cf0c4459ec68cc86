import type { Activity } from 'botbuilder';
import type { Logger } from '../log.js';
import { silentLogger } from '../log.js';
import type { QuorateAdapter } from './create-bot.js';

/** Sends an activity into a stored conversation (channel, group chat, personal chat). */
export type ProactiveSender = (
  reference: Record<string, unknown>,
  activity: Partial<Activity>,
) => Promise<void>;

const TEAMS_HOSTS = [
  /\.trafficmanager\.net$/i,
  /\.botframework\.com$/i,
  /\.teams\.microsoft\.com$/i,
  /\.botframework\.us$/i,
];

/**
 * Proactive sends go only to Teams service URLs (and loopback in local mode, for the playground);
 * a stored reference with any other host is refused.
 */
export const isAllowedServiceUrl = (serviceUrl: unknown, allowLoopback: boolean): boolean => {
  if (typeof serviceUrl !== 'string') return false;
  try {
    const url = new URL(serviceUrl);
    if (allowLoopback && (url.hostname === '127.0.0.1' || url.hostname === 'localhost'))
      return true;
    return url.protocol === 'https:' && TEAMS_HOSTS.some((host) => host.test(url.hostname));
  } catch {
    return false;
  }
};

export const createProactiveSender =
  (
    adapter: QuorateAdapter,
    botAppId: string,
    allowLoopback: boolean,
    log: Logger = silentLogger,
  ): ProactiveSender =>
  async (reference, activity) => {
    if (!isAllowedServiceUrl(reference.serviceUrl, allowLoopback)) {
      /** The conversation id says which stored reference to look at; the URL itself is not logged. */
      const conversation = reference.conversation as { id?: unknown } | undefined;
      log.warn('proactive.refused', {
        reason: 'service-url-not-allowed',
        conversation: typeof conversation?.id === 'string' ? conversation.id : undefined,
      });
      throw new Error('proactive send refused: service URL not allowed');
    }
    await adapter.continueConversationAsync(botAppId, reference, async (context) => {
      await context.sendActivity(activity);
    });
  };
