import type { Action, ActionStatus } from '../domain/action.js';
import type { BoardId, MeetingId, MemberId, TenantId } from '../domain/ids.js';
import type { Meeting } from '../domain/meeting.js';
import type { CalendarDate } from '../domain/zoned-time.js';

/** What a cross-board read of actions keeps; every part is optional and they all must hold. */
export type CrossBoardActionFilter = {
  statuses?: readonly ActionStatus[];
  /** Due before this calendar date (an undated action is never included). */
  dueBefore?: CalendarDate;
  /**
   * Words (no spaces) each found, in any case, in the action's text, owners' initials or names, or
   * reference, or (all digits) its number. With `termsInConfidentialText: false`, the text of an action flagged
   * confidential is not looked in, so words from it never find it for a reader who may not see them.
   */
  terms?: readonly string[];
  termsInConfidentialText?: boolean;
  /** Owned by this person: their Entra id on the owner, or the member they are on each board. */
  owner?: { aadObjectId: string; members: readonly { boardId: BoardId; memberId: MemberId }[] };
  /** Raised in one of these meetings. */
  meetingIds?: readonly MeetingId[];
};

/**
 * Reads across the boards a person belongs to (found first with `BoardRepository.listForMember`)
 * in one query per container, whatever the number of boards: the search of the message extension
 * and `actions mine` in a personal chat. Every read is bounded by `limit` and stays in `tenantId`:
 * a board id of another tenant finds nothing. No board ids, no request.
 */
export interface CrossBoardReader {
  /** Newest change first (`recent`) or oldest first (`oldest`, by when it was recorded). */
  findActions(input: {
    tenantId: TenantId;
    boardIds: readonly BoardId[];
    filter: CrossBoardActionFilter;
    limit: number;
    order: 'recent' | 'oldest';
  }): Promise<Action[]>;
  /** Meetings with one of `ids`, or whose title or date holds every word; latest start first. */
  findMeetings(input: {
    tenantId: TenantId;
    boardIds: readonly BoardId[];
    match: { ids: readonly MeetingId[] } | { terms: readonly string[] };
    limit: number;
  }): Promise<Meeting[]>;
}
