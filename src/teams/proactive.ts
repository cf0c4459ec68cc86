import type { Activity } from 'botbuilder';
import type { Logger } from '../log.js';
import { errorKind, silentLogger } from '../log.js';
import type { SendResult } from '../services/ports.js';
import type { QuorateAdapter } from './quorate-adapter.js';

/**
 * Sends an activity into a stored conversation (channel, group chat, personal chat) and says what
 * Teams answered. It does not throw for anything Teams or the network did: the caller decides.
 */
export type ProactiveSender = (
  reference: Record<string, unknown>,
  activity: Partial<Activity>,
) => Promise<SendResult>;

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

const statusOf = (error: unknown): number | undefined => {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as { statusCode?: unknown; status?: unknown; response?: { status?: unknown } };
  const status = e.statusCode ?? e.status ?? e.response?.status;
  return typeof status === 'number' ? status : undefined;
};

const retryAfterOf = (error: unknown, now: number): number | undefined => {
  const headers = (error as { response?: { headers?: unknown } } | undefined)?.response?.headers;
  let value: unknown;
  if (headers !== null && typeof headers === 'object') {
    const h = headers as { get?: (name: string) => unknown } & Record<string, unknown>;
    value = typeof h.get === 'function' ? h.get('retry-after') : h['retry-after'];
  }
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds) * 1000;
  const at = Date.parse(String(value));
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
};

/**
 * What a failed send means. botbuilder's connector client has already retried 429 (only when
 * Teams sent Retry-After), 5xx and network errors up to three times by the time this sees them.
 */
export const classifySendError = (error: unknown, now = Date.now()): SendResult => {
  const status = statusOf(error);
  if (status === undefined)
    return { ok: false, permanent: false, code: 'unreachable', detail: errorKind(error) };
  if (status === 429) {
    const retryAfterMs = retryAfterOf(error, now);
    return {
      ok: false,
      permanent: false,
      code: 'throttled',
      status,
      ...(retryAfterMs !== undefined && { retryAfterMs }),
    };
  }
  if (status === 403) return { ok: false, permanent: true, code: 'blocked', status };
  if (status === 404) return { ok: false, permanent: true, code: 'chat-gone', status };
  if (status >= 400 && status < 500) return { ok: false, permanent: true, code: 'refused', status };
  return { ok: false, permanent: false, code: 'server-error', status };
};

/**
 * The send path of every proactive message (reminders, digests, escalations, paper chasers,
 * summary posts). botbuilder runs `continueConversationAsync` through the adapter's middleware
 * pipeline, and teams-ai's `app.error()` makes the turn error handler catch — and not rethrow —
 * whatever the logic throws (STACK-NOTES "Found in use"). So the send's own error is caught inside
 * the logic and returned after the turn: the turn error handler, meant for incoming turns, never
 * sees it. A turn whose logic never ran (a middleware failed first, and the handler swallowed it)
 * is reported as unreachable rather than as sent.
 */
export const createProactiveSender =
  (
    adapter: QuorateAdapter,
    botAppId: string,
    allowLoopback: boolean,
    log: Logger = silentLogger,
  ): ProactiveSender =>
  async (reference, activity) => {
    const conversation = reference.conversation as { id?: unknown } | undefined;
    const conversationId = typeof conversation?.id === 'string' ? conversation.id : undefined;
    if (!isAllowedServiceUrl(reference.serviceUrl, allowLoopback)) {
      /** The conversation id says which stored reference to look at; the URL itself is not logged. */
      log.warn('proactive.refused', {
        reason: 'service-url-not-allowed',
        conversation: conversationId,
      });
      return { ok: false, permanent: true, code: 'url-refused' };
    }
    let outcome: SendResult | undefined;
    try {
      await adapter.continueConversationAsync(botAppId, reference, async (context) => {
        try {
          await context.sendActivity(activity);
          outcome = { ok: true };
        } catch (error) {
          outcome = classifySendError(error);
        }
      });
    } catch (error) {
      /** Before the turn (connector client, credentials) or a middleware with no handler. */
      outcome = classifySendError(error);
    }
    const result: SendResult = outcome ?? {
      ok: false,
      permanent: false,
      code: 'unreachable',
      detail: 'turn-did-not-run',
    };
    if (!result.ok)
      log.warn('proactive.failed', {
        code: result.code,
        status: 'status' in result ? result.status : undefined,
        conversation: conversationId,
      });
    return result;
  };
