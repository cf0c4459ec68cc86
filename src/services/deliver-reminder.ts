import type { Board, UnreachablePerson } from '../domain/board.js';
import type { Delivery } from '../domain/reminder.js';
import type { PersonalChatAttempt } from '../domain/after-personal-chat.js';
import type { ReminderRecipient } from '../domain/reminder-recipients.js';
import { afterPersonalChat, unreachablePerson } from '../domain/after-personal-chat.js';
import type { ReminderDeps } from './ports.js';

/** How one recipient's delivery ended: done (by some route, or not at all), or to be retried. */
export type Delivered =
  | { done: true; delivery: Delivery; unreachable?: UnreachablePerson }
  | { done: false; retryAfterMs?: number; throttled: boolean; refused?: string };

type DeliverInput = {
  board: Board;
  recipient: ReminderRecipient;
  now: Date;
  /** Why their personal chat refused on an earlier pass: it is not tried again. */
  refusedBefore?: string;
};

/** Their personal chat with the bot, in the board's tenant or else their home tenant. */
const tryPersonalChat = async (
  deps: ReminderDeps,
  { board, recipient, refusedBefore }: DeliverInput,
): Promise<PersonalChatAttempt> => {
  if (refusedBefore !== undefined) return { kind: 'refused-before', reason: refusedBefore };
  if (recipient.aadObjectId === undefined) return { kind: 'no-address' };
  const personal =
    (await deps.conversations.findPersonal(board.tenantId, recipient.aadObjectId)) ??
    (recipient.homeTenantId === undefined
      ? undefined
      : await deps.conversations.findPersonal(recipient.homeTenantId, recipient.aadObjectId));
  if (personal === undefined)
    return { kind: 'no-chat', federated: recipient.homeTenantId !== undefined };
  await deps.rateLimiter.acquire(board.tenantId);
  const result = await deps.notifier.send(personal.reference, recipient.message);
  return result.ok
    ? { kind: 'sent' }
    : {
        kind: 'failed',
        permanent: result.permanent,
        code: result.code,
        ...(!result.permanent &&
          result.retryAfterMs !== undefined && { retryAfterMs: result.retryAfterMs }),
      };
};

const retryLater = (
  failure: { throttled: boolean; retryAfterMs?: number },
  refused: string | undefined,
): Delivered => ({
  done: false,
  ...(refused !== undefined && { refused }),
  throttled: failure.throttled,
  ...(failure.retryAfterMs !== undefined && { retryAfterMs: failure.retryAfterMs }),
});

/**
 * One recipient: their personal chat with the bot, else the board's conversation with an
 * @mention, as `afterPersonalChat` (domain/after-personal-chat.ts) decides; where the board's
 * conversation is missing or refuses too, they are counted unreachable. A throttled (429) or
 * failing (5xx) Teams leaves the recipient for a retry on the back-off schedule, honouring
 * Retry-After.
 */
export const deliverReminder = async (
  deps: ReminderDeps,
  input: DeliverInput,
): Promise<Delivered> => {
  const { board, recipient, now } = input;
  const at = now.toISOString();
  const then = afterPersonalChat(await tryPersonalChat(deps, input));
  if (then.next === 'done') return { done: true, delivery: { outcome: 'personal', at } };
  if (then.next === 'retry') return retryLater(then, undefined);
  const { reason, refused } = then;
  const unreachable = unreachablePerson(recipient, reason, at);
  try {
    const channel = await deps.conversations.find(board.tenantId, board.conversation.id);
    if (channel !== undefined) {
      await deps.rateLimiter.acquire(board.tenantId);
      const result = await deps.notifier.send(channel.reference, recipient.message, {
        name: recipient.name,
        ...(recipient.aadObjectId !== undefined && { aadObjectId: recipient.aadObjectId }),
      });
      if (result.ok)
        return { done: true, delivery: { outcome: 'channel', at, reason }, unreachable };
      if (!result.permanent) {
        const { retryAfterMs } = result;
        return retryLater({ throttled: result.code === 'throttled', retryAfterMs }, refused);
      }
    }
  } catch (error) {
    // Keep a refusal on record, so the retry does not knock on the refused chat again.
    if (refused === undefined) throw error;
    return { done: false, throttled: false, refused };
  }
  return { done: true, delivery: { outcome: 'unreachable', at, reason }, unreachable };
};
