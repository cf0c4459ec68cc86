import type { Delivery } from './reminder.js';

/**
 * Why Quorate could not use someone's personal chat: no chat opened yet (`no-chat`), no Teams
 * account it knows (`not-in-teams`), Teams answered 403 (`blocked`: they blocked or removed the
 * bot), 404 (`chat-gone`), another 4xx (`refused`), a stored address that is not Teams'
 * (`url-refused`), no answer at all (`unreachable`: connection refused, dropped, timed out), an
 * account in another organisation that Teams does not let a bot message first (`federated`), or
 * Teams kept failing until the retries ran out (`gave-up`).
 */
export type ReachReason =
  | 'no-chat'
  | 'not-in-teams'
  | 'blocked'
  | 'chat-gone'
  | 'refused'
  | 'url-refused'
  | 'unreachable'
  | 'federated'
  | 'gave-up';

export type ReachRoute = 'personal' | 'channel';

/**
 * How a member signs in, seen from the board's tenant: `home` (an account of the tenant), `guest`
 * (a B2B guest account in the tenant: a personal chat works once the app is installed for them),
 * `external` (signed in through their own organisation's tenant — shared channels and federated
 * chats: @mentions in the board's conversation work, a bot cannot start a personal chat).
 */
export type AccountKind = 'home' | 'guest' | 'external';

/** What Quorate knows about reaching a member; kept on the member, shown on `members`. */
export type MemberReach = {
  account?: AccountKind;
  /** The tenant the member's activities came from, when it is not the board's. */
  homeTenantId?: string;
  /** The last time a reminder or notice reached them, and by which route. */
  lastReached?: { at: string; route: ReachRoute };
  /** Why their personal chat failed the last time it was tried; cleared once it works. */
  personalProblem?: { reason: ReachReason; at: string };
};

const sameDay = (a: string, b: string): boolean => a.slice(0, 10) === b.slice(0, 10);

/**
 * The member's reach after one delivery, or undefined when nothing worth a write changed. A
 * member reached every day is rewritten at most once a day per route, so many reminders to one
 * person do not each rewrite the board.
 */
export const noteDelivery = (
  reach: MemberReach | undefined,
  delivery: Delivery,
): MemberReach | undefined => {
  const current = reach ?? {};
  const reason = delivery.reason as ReachReason | undefined;
  if (delivery.outcome === 'personal') {
    const last = current.lastReached;
    if (
      last !== undefined &&
      last.route === 'personal' &&
      sameDay(last.at, delivery.at) &&
      current.personalProblem === undefined
    )
      return undefined;
    const { personalProblem: _p, ...rest } = current;
    return { ...rest, lastReached: { at: delivery.at, route: 'personal' } };
  }
  const problem = reason === undefined ? current.personalProblem : { reason, at: delivery.at };
  const lastReached =
    delivery.outcome === 'channel'
      ? { at: delivery.at, route: 'channel' as const }
      : current.lastReached;
  const unchanged =
    current.personalProblem?.reason === problem?.reason &&
    current.lastReached?.route === lastReached?.route &&
    (lastReached === undefined ||
      (current.lastReached !== undefined && sameDay(current.lastReached.at, lastReached.at)));
  if (unchanged) return undefined;
  return {
    ...current,
    ...(lastReached !== undefined && { lastReached }),
    ...(problem !== undefined && { personalProblem: problem }),
  };
};

/**
 * Whether a member can be sent a personal chat at all, and why not: the members card's answer.
 * `hasPersonalChat` says whether Quorate holds a personal conversation for them.
 */
export type PersonalReachResult = { ok: true } | { ok: false; reason: ReachReason };

export const personalReachOf = (
  member: { aadObjectId?: string; reach?: MemberReach },
  hasPersonalChat: boolean,
): PersonalReachResult => {
  if (member.aadObjectId === undefined) return { ok: false, reason: 'not-in-teams' };
  const problem = member.reach?.personalProblem;
  if (problem !== undefined) return { ok: false, reason: problem.reason };
  if (hasPersonalChat) return { ok: true };
  if (member.reach?.account === 'external') return { ok: false, reason: 'federated' };
  return { ok: false, reason: 'no-chat' };
};
