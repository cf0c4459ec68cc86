import type { ReachReason, ReachRoute } from '../domain/reachability.js';
import { formatLongDate, utcToZoned } from '../domain/zoned-time.js';

/** Why someone could not be reached personally, said the way a coordinator would say it. */
const BECAUSE: Record<ReachReason, string> = {
  'no-chat': 'has not opened a chat with Quorate',
  'not-in-teams': 'is not in Teams (no account Quorate knows)',
  blocked: 'blocked or removed Quorate (Teams answered 403)',
  'chat-gone': 'their chat with Quorate no longer exists (Teams answered 404)',
  refused: 'Teams refused the message to their chat',
  'url-refused': 'their chat’s stored address is not a Teams address',
  unreachable: 'could not connect to their chat (no answer from Teams)',
  federated:
    'signs in through another organisation (federated): Teams does not let a bot message them first',
  'gave-up': 'Teams did not answer after several tries',
};

/** Codes stored by earlier versions. */
const OLDER: Record<string, string> = {
  forbidden: BECAUSE.blocked,
  'not-found': BECAUSE['chat-gone'],
};

export const reachReasonText = (reason: string): string =>
  BECAUSE[reason as ReachReason] ?? OLDER[reason] ?? reason;

const ROUTE: Record<ReachRoute, string> = {
  personal: 'in a personal chat with Quorate',
  channel: 'by @mention in the board’s conversation',
};

/** "Monday 16 November 2026, in a personal chat with Quorate", or that nothing reached them yet. */
export const lastReachedText = (
  last: { at: string; route: ReachRoute } | undefined,
  timeZone: string,
): string =>
  last === undefined
    ? 'not reached by Quorate yet'
    : `${formatLongDate(utcToZoned(new Date(last.at), timeZone).date)}, ${ROUTE[last.route]}`;
