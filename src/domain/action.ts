import type { Member } from './board.js';
import type { ActionId, BoardId, MeetingId, MemberId, TenantId } from './ids.js';
import type { CalendarDate } from './zoned-time.js';
import { formatMinuteDate } from './zoned-time.js';

/**
 * A member of the board, a named person who is not ("Shakira Gordon to attend next meeting"), one
 * of the board's agencies ("Police"), or a team or group as minutes name them ("Development &
 * Practice Group", "the Business Unit"). Groups and agencies are one owner each, never people:
 * `initials` is their label in the minutes' owner column (the agency code, or a short form of
 * the group's name), never a member's initials; they carry no Entra id. Older stored actions hold
 * only the first two kinds.
 */
export type Owner =
  | { kind: 'member'; memberId: MemberId; initials: string; name: string; aadObjectId?: string }
  | { kind: 'external'; name: string; initials: string; aadObjectId?: string }
  | { kind: 'agency'; code: string; name: string; initials: string; aadObjectId?: string }
  | { kind: 'group'; name: string; initials: string; aadObjectId?: string };

/** `withdrawn`: captured in error and withdrawn (domain/withdraw-action.ts); its number stays used. */
export type ActionStatus = 'open' | 'ongoing' | 'completed' | 'closed' | 'withdrawn';

export type ActionEvent = {
  at: string;
  /** Entra object id of who did it. */
  by: string;
  kind:
    | 'created'
    | 'update'
    | 'status'
    | 'due'
    | 'assign'
    | 'proposal'
    | 'disowned'
    | 'confidential'
    /** Reworded (`action edit`): `from`/`to` are the old and new words. */
    | 'edit'
    /** Moved to another item (`action move`): `from`/`to` are the old and new references. */
    | 'move';
  text?: string;
  from?: string;
  to?: string;
};

export type Action = {
  id: ActionId;
  boardId: BoardId;
  tenantId: TenantId;
  /** Board-wide, sequential, never reused: "Action No 15". */
  number: number;
  /** "23.10.19 ref 4.1": meeting date, agenda item, nth action under that item. */
  reference?: string;
  meetingId?: MeetingId;
  itemId?: string;
  text: string;
  owners: Owner[];
  /**
   * The date it is due, stored as soon as it is known. Absent: *undated* — due at the board's next
   * meeting, which has no date yet (the owners are asked for one, the coordinators see it listed).
   */
  due?: CalendarDate;
  /**
   * Set while the action is due "at the next meeting": the meeting whose date `due` is. When that
   * meeting moves, the action moves with it. Absent once a person sets the date.
   */
  dueMeetingId?: MeetingId;
  status: ActionStatus;
  closedReason?: string;
  /** Who withdrew it, when and why (status `withdrawn`). */
  withdrawn?: { at: string; by: string; reason: string };
  /** Recorded while the meeting was not quorate. */
  subjectToRatification: boolean;
  /**
   * Restricted like a confidential item (see domain/disclosure.ts). Set at capture from the item it
   * was raised under; absent on older actions, which follow their item.
   */
  confidential?: boolean;
  /** An owner's proposed new date, waiting for the chair or a coordinator. */
  proposedDue?: { date: CalendarDate; by: string; at: string };
  history: ActionEvent[];
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  /** Increases with every change: cards carry it to spot stale clicks. */
  revision: number;
};

export const actionReference = (
  meetingDate: CalendarDate,
  itemNumber: string,
  ordinal: number,
): string => `${formatMinuteDate(meetingDate)} ref ${itemNumber}.${ordinal}`;

/** How many actions an action log card lists; it says how many more there are. */
export const ACTION_LOG_SHOWN = 40;
/** How many open actions the agenda's "action log" lists. */
export const AGENDA_ACTIONS_SHOWN = 15;

export const isOpen = (action: Action): boolean =>
  action.status === 'open' || action.status === 'ongoing';

/**
 * Overdue is derived, never stored: open or ongoing and due before today. An action due at a
 * meeting is overdue from the day after that meeting; an undated one is never overdue (it is
 * chased for a date instead).
 */
export const isOverdue = (action: Action, today: CalendarDate): boolean =>
  isOpen(action) && action.due !== undefined && action.due < today;

/** Open, and due at a next meeting that has no date yet. */
export const isUndated = (action: Action): boolean => isOpen(action) && action.due === undefined;

/**
 * Whether this person answers for the action: an owner, or a member of an owning agency (an
 * agency's actions are chased with its members on the board, and any of them may answer).
 */
export const ownsAction = (
  action: Action,
  member: Member | undefined,
  aadObjectId: string,
): boolean =>
  action.owners.some(
    (o) =>
      (member !== undefined && o.kind === 'member' && o.memberId === member.id) ||
      (member?.agencyCode !== undefined && o.kind === 'agency' && o.code === member.agencyCode) ||
      (o.aadObjectId !== undefined && o.aadObjectId.toLowerCase() === aadObjectId.toLowerCase()),
  );

export const ownerInitials = (owners: readonly Owner[]): string =>
  owners.map((o) => o.initials).join('/');

export const latestUpdate = (action: Action): ActionEvent | undefined =>
  [...action.history]
    .reverse()
    .find((e) => e.kind === 'update' || (e.kind === 'status' && e.text !== undefined));
