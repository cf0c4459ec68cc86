import type { NoticeMessage } from '../domain/notice-message.js';
import type { TenantId } from '../domain/ids.js';

/* Proactive sending: what the sweep asks of Teams, and what Teams answered (implemented in teams/). */

/** Caps proactive sends per tenant across every instance; resolves when a send may go. */
export interface SendRateLimiter {
  acquire(tenantId: TenantId): Promise<void>;
}

/**
 * What Teams answered a proactive send (after botbuilder's connector client has made its own
 * retries: up to three for 5xx and network errors, and for 429 only when Teams sent Retry-After).
 */
export type SendResult =
  | { ok: true }
  /**
   * Never retried on the same route: 403 the person blocked or removed the bot (Teams'
   * MessageWritesBlocked), 404 the chat is gone, another 4xx refused, or the stored service URL
   * is not a Teams one.
   */
  | {
      ok: false;
      permanent: true;
      code: 'blocked' | 'chat-gone' | 'refused' | 'url-refused';
      status?: number;
    }
  /** 429 (with the wait Teams asked for, if it said) or 5xx: worth another try later. */
  | {
      ok: false;
      permanent: false;
      code: 'throttled' | 'server-error';
      status: number;
      retryAfterMs?: number;
    }
  /** No answer at all: connection refused, dropped or timed out; `detail` is the error's kind. */
  | { ok: false; permanent: false; code: 'unreachable'; detail?: string; retryAfterMs?: undefined };

export type SendFailure = Exclude<SendResult, { ok: true }>;

/** Whom a message is for, when it has to go to the board's conversation instead of a personal chat. */
export type Addressee = { name: string; aadObjectId?: string };

/**
 * Delivers a notice into a stored conversation. The Teams implementation renders the card; the
 * message is data, so services never see Teams or card JSON.
 */
export interface Notifier {
  send(
    reference: Record<string, unknown>,
    message: NoticeMessage,
    addressee?: Addressee,
  ): Promise<SendResult>;
}
