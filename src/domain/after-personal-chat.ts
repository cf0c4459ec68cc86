import type { UnreachablePerson } from './board.js';
import type { ReachReason } from './reachability.js';

/** What one try at someone's personal chat came to. */
export type PersonalChatAttempt =
  /** A previous pass was refused there (the reason): it is not knocked on again. */
  | { kind: 'refused-before'; reason: string }
  /** No Entra id: Quorate cannot address them at all. */
  | { kind: 'no-address' }
  /** No personal chat stored; `federated`: they sign in through another organisation. */
  | { kind: 'no-chat'; federated: boolean }
  | { kind: 'sent' }
  /** Teams' answer: permanent (403, 404, another 4xx), or throttled (429), 5xx, no answer. */
  | { kind: 'failed'; permanent: boolean; code: string; retryAfterMs?: number };

/** After the personal chat: done, try again later, or the board's chat with an @mention. */
export type AfterPersonalChat =
  | { next: 'done' }
  | { next: 'retry'; throttled: boolean; retryAfterMs?: number }
  | { next: 'board-chat'; reason: ReachReason; refused?: string };

/**
 * The board-chat fallback: where the personal chat is missing, refused (403 blocked, 404 gone,
 * another 4xx) or unreachable (no answer after the connector's retries), the reminder goes to the
 * board's chat with an @mention, and the reason goes on the coordinators' "could not reach" list.
 * A refusal is remembered so a retry does not try that chat again. Throttled or failing Teams
 * (429, 5xx) is retried later on the same route.
 */
export const afterPersonalChat = (attempt: PersonalChatAttempt): AfterPersonalChat => {
  switch (attempt.kind) {
    case 'sent':
      return { next: 'done' };
    case 'refused-before':
      return { next: 'board-chat', reason: attempt.reason as ReachReason, refused: attempt.reason };
    case 'no-address':
      return { next: 'board-chat', reason: 'not-in-teams' };
    case 'no-chat':
      return { next: 'board-chat', reason: attempt.federated ? 'federated' : 'no-chat' };
    case 'failed':
      if (attempt.permanent)
        return { next: 'board-chat', reason: attempt.code as ReachReason, refused: attempt.code };
      if (attempt.code === 'unreachable') return { next: 'board-chat', reason: 'unreachable' };
      return {
        next: 'retry',
        throttled: attempt.code === 'throttled',
        ...(attempt.retryAfterMs !== undefined && { retryAfterMs: attempt.retryAfterMs }),
      };
  }
};

/** A recipient as the coordinators' "could not reach" list shows them. */
export const unreachablePerson = (
  recipient: { key: string; name: string; aadObjectId?: string },
  reason: string,
  at: string,
): UnreachablePerson => ({
  key: recipient.aadObjectId?.toLowerCase() ?? recipient.key,
  name: recipient.name,
  reason,
  at,
});
