import type { Action } from './action.js';
import type { MeetingId } from './ids.js';

/**
 * The meetings whose agenda decides whether these actions are confidential: only actions stored
 * before the flag existed (no `confidential`) that were raised under an item (see
 * `isConfidentialAction`). Everything else is disclosed without reading a meeting.
 */
export const disclosureMeetingIds = (
  actions: readonly Pick<Action, 'confidential' | 'itemId' | 'meetingId'>[],
): MeetingId[] => [
  ...new Set(
    actions.flatMap((a) =>
      a.confidential === undefined && a.itemId !== undefined && a.meetingId !== undefined
        ? [a.meetingId]
        : [],
    ),
  ),
];
