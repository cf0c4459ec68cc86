import type { Owner } from '../domain/action.js';
import type { MeetingId } from '../domain/ids.js';
import type { CalendarDate } from '../domain/zoned-time.js';
import type { OwnerKeys } from '../services/ports.js';

/** A filter on the actions container, ANDed after `c.boardId = @board AND c.type = "action"`. */
export type ActionWhere = { sql: string; parameters: { name: string; value: JsonValue }[] };
type JsonValue = string | number | readonly string[];

/** The keys an owner is stored under (`ownerKeys`): member id, Entra id, initials. */
export const ownerKeysOf = (owners: readonly Owner[]): string[] => [
  ...new Set(
    owners.flatMap((o) => [
      ...(o.kind === 'member' ? [`member:${o.memberId}`] : []),
      ...(o.aadObjectId === undefined ? [] : [`aad:${o.aadObjectId.toLowerCase()}`]),
      `initials:${o.initials.toUpperCase()}`,
    ]),
  ),
];

/** The same keys for a person looked for. */
const personKeys = (person: OwnerKeys): string[] => [
  ...(person.memberId === undefined ? [] : [`member:${person.memberId}`]),
  ...(person.aadObjectId === undefined ? [] : [`aad:${person.aadObjectId.toLowerCase()}`]),
  ...(person.initials === undefined ? [] : [`initials:${person.initials.toUpperCase()}`]),
];

const OPEN = '(c.status = "open" OR c.status = "ongoing")';

/** Any of `keys` among the document's `ownerKeys` (no keys: nothing matches). */
const ownedByAny = (keys: readonly string[]): ActionWhere => ({
  sql:
    keys.length === 0
      ? 'false'
      : keys.map((_, i) => `ARRAY_CONTAINS(c.ownerKeys, @owner${i})`).join(' OR '),
  parameters: keys.map((value, i) => ({ name: `@owner${i}`, value })),
});

/**
 * Every filter the action queries use, each an indexed comparison on stored fields (status, due,
 * meetingId, dueMeetingId, createdAt, updatedAt, ownerKeys, historyBy, number). The conditions
 * mirror the domain's (domain/action.ts `isOpen`, `isOverdue`, `isUndated`; domain/retention.ts
 * `isActionExpired`); test/storage/cosmos-action-queries.test.ts holds them to it.
 */
export const ACTION_WHERE = {
  every: { sql: 'true', parameters: [] } as ActionWhere,
  number: (number: number): ActionWhere => ({
    sql: 'c.number = @number',
    parameters: [{ name: '@number', value: number }],
  }),
  open: (exceptMeetingId?: MeetingId): ActionWhere =>
    exceptMeetingId === undefined
      ? { sql: OPEN, parameters: [] }
      : {
          sql: `${OPEN} AND (NOT IS_DEFINED(c.meetingId) OR c.meetingId != @except)`,
          parameters: [{ name: '@except', value: exceptMeetingId }],
        },
  overdue: (today: CalendarDate): ActionWhere => ({
    sql: `${OPEN} AND IS_DEFINED(c.due) AND c.due < @today`,
    parameters: [{ name: '@today', value: today }],
  }),
  overdueOrUndated: (today: CalendarDate): ActionWhere => ({
    sql: `${OPEN} AND (NOT IS_DEFINED(c.due) OR c.due < @today)`,
    parameters: [{ name: '@today', value: today }],
  }),
  undatedOrFollowing: (meetingIds: readonly MeetingId[]): ActionWhere => ({
    sql: `${OPEN} AND (NOT IS_DEFINED(c.due) OR ARRAY_CONTAINS(@meetings, c.dueMeetingId))`,
    parameters: [{ name: '@meetings', value: [...meetingIds] }],
  }),
  /** Raised at the meeting; or raised before `from`, and open or changed since `from`. */
  reviewedAt: (meetingId: MeetingId, from: string): ActionWhere => ({
    sql: `c.meetingId = @meeting OR (c.createdAt < @from AND (${OPEN} OR c.updatedAt >= @from))`,
    parameters: [
      { name: '@meeting', value: meetingId },
      { name: '@from', value: from },
    ],
  }),
  ofMeeting: (meetingId: MeetingId): ActionWhere => ({
    sql: 'c.meetingId = @meeting',
    parameters: [{ name: '@meeting', value: meetingId }],
  }),
  ownedBy: (person: OwnerKeys, openOnly: boolean): ActionWhere => {
    const owned = ownedByAny(personKeys(person));
    return openOnly ? { ...owned, sql: `${OPEN} AND (${owned.sql})` } : owned;
  },
  /** Owned (by member id or Entra id), or touched: an Entra id in the history. */
  ofPerson: (person: OwnerKeys): ActionWhere => {
    const { memberId, aadObjectId } = person;
    const owned = ownedByAny(
      personKeys({
        ...(memberId !== undefined && { memberId }),
        ...(aadObjectId !== undefined && { aadObjectId }),
      }),
    );
    if (person.aadObjectId === undefined) return owned;
    return {
      sql: `${owned.sql} OR ARRAY_CONTAINS(c.historyBy, @by)`,
      parameters: [...owned.parameters, { name: '@by', value: person.aadObjectId.toLowerCase() }],
    };
  },
  /**
   * Raised from `from`; completed with a change since `from` (its completion is in the history);
   * open and overdue on `asAt`. None raised after `to`. Timestamps are ISO instants, compared as
   * strings with calendar dates: "2025-04-01" sorts before "2025-04-01T…".
   */
  forYear: (range: { from: CalendarDate; to: CalendarDate; asAt: CalendarDate }): ActionWhere => ({
    sql: `c.createdAt < @after AND (c.createdAt >= @from OR (c.status = "completed" AND c.updatedAt >= @from) OR (${OPEN} AND IS_DEFINED(c.due) AND c.due < @asAt))`,
    parameters: [
      { name: '@from', value: range.from },
      { name: '@after', value: `${range.to}T99` },
      { name: '@asAt', value: range.asAt },
    ],
  }),
  /**
   * A meeting's minutes: raised at it; or raised before it began and open then (open now, or
   * changed since it began — the domain reads the status it had, domain/action-review.ts).
   */
  expired: (cutoff: CalendarDate): ActionWhere => ({
    sql: '(c.status = "completed" OR c.status = "closed") AND c.updatedAt < @cutoff',
    parameters: [{ name: '@cutoff', value: cutoff }],
  }),
};
