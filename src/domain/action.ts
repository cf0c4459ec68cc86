import type { Board, Member } from './board.js';
import { DomainError } from './domain-error.js';
import type { ActionId, BoardId, MeetingId, MemberId, TenantId } from './ids.js';
import { initialsOf } from './initials.js';
import type { DueMeeting } from './next-meeting.js';
import type { CalendarDate } from './zoned-time.js';
import { formatMinuteDate } from './zoned-time.js';

/** A member of the board, or a named person who is not ("Shakira Gordon to attend next meeting"). */
export type Owner =
  | { kind: 'member'; memberId: MemberId; initials: string; name: string; aadObjectId?: string }
  | { kind: 'external'; name: string; initials: string; aadObjectId?: string };

export type ActionStatus = 'open' | 'ongoing' | 'completed' | 'closed';

export type ActionEvent = {
  at: string;
  /** Entra object id of who did it. */
  by: string;
  kind:
    'created' | 'update' | 'status' | 'due' | 'assign' | 'proposal' | 'disowned' | 'confidential';
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

/** Why a date was set by Quorate rather than by a person: kept in the action's history. */
export const DUE_FROM_MEETING = {
  capture: 'the next meeting',
  set: 'the next meeting was set',
  moved: 'the next meeting moved',
} as const;

/**
 * The due date an action is recorded with: the date given; for "next meeting" (said, or no date
 * at all) the next meeting's date when it is known, remembering which meeting it follows; else
 * nothing yet (undated).
 */
export const dueAtCapture = (
  parts: { due?: CalendarDate; dueAtNextMeeting: boolean },
  next: DueMeeting | undefined,
): Pick<Action, 'due' | 'dueMeetingId'> => {
  if (!parts.dueAtNextMeeting) return parts.due === undefined ? {} : { due: parts.due };
  return next === undefined ? {} : { due: next.date, dueMeetingId: next.meetingId };
};

/**
 * Dates an action due "at the next meeting" once that meeting is known, or again when it moves:
 * an undated action takes `meeting`'s date (unless that meeting is already past: it cannot be the
 * next one); one following `meeting`, or `replaces` (the meeting `meeting` now stands in for),
 * takes its new date. A date a person set is never touched, nor a completed or closed action.
 * The history keeps the date, who caused it and why. The same action back when nothing changes.
 */
export const dateFromMeeting = (
  action: Action,
  input: { meeting: DueMeeting; replaces?: MeetingId; by: string; now: Date; today: CalendarDate },
): Action => {
  if (!isOpen(action)) return action;
  const { meeting } = input;
  const undated = action.due === undefined;
  const follows =
    action.dueMeetingId !== undefined &&
    (action.dueMeetingId === meeting.meetingId || action.dueMeetingId === input.replaces);
  if (undated ? meeting.date < input.today : !follows) return action;
  if (action.due === meeting.date && action.dueMeetingId === meeting.meetingId) return action;
  return {
    ...action,
    due: meeting.date,
    dueMeetingId: meeting.meetingId,
    history: [
      ...action.history,
      {
        at: input.now.toISOString(),
        by: input.by,
        kind: 'due',
        ...(action.due !== undefined && { from: action.due }),
        to: meeting.date,
        text: undated ? DUE_FROM_MEETING.set : DUE_FROM_MEETING.moved,
      },
    ],
  };
};

export const ownsAction = (
  action: Action,
  member: Member | undefined,
  aadObjectId: string,
): boolean =>
  action.owners.some(
    (o) =>
      (member !== undefined && o.kind === 'member' && o.memberId === member.id) ||
      (o.aadObjectId !== undefined && o.aadObjectId.toLowerCase() === aadObjectId.toLowerCase()),
  );

export const ownerInitials = (owners: readonly Owner[]): string =>
  owners.map((o) => o.initials).join('/');

export const latestUpdate = (action: Action): ActionEvent | undefined =>
  [...action.history]
    .reverse()
    .find((e) => e.kind === 'update' || (e.kind === 'status' && e.text !== undefined));

export type ActionChange =
  | { kind: 'update'; text: string }
  | { kind: 'done'; text?: string }
  | { kind: 'reopen' }
  | { kind: 'close'; reason: string }
  /** With `meetingId`: "due 3 next meeting", so it follows that meeting when it moves. */
  | { kind: 'due'; date: CalendarDate; meetingId?: MeetingId }
  | { kind: 'assign'; owners: Owner[] }
  | { kind: 'propose'; date: CalendarDate }
  | { kind: 'decideProposal'; accept: boolean }
  /** An owner says the action is not theirs: the coordinators are told and reassign it. */
  | { kind: 'disown' }
  /** The chair marks an action restricted, or not, whatever its item (domain/disclosure.ts). */
  | { kind: 'confidential'; confidential: boolean };

/** Owners may update, complete and propose dates; the chair and coordinators may do everything. */
export const MANAGER_ONLY: readonly ActionChange['kind'][] = [
  'confidential',
  'reopen',
  'close',
  'due',
  'assign',
  'decideProposal',
];

const clean = (text: string, what: string): string => {
  const trimmed = text.trim();
  if (trimmed === '') throw new DomainError('INVALID_INPUT', `Write the ${what}.`);
  if (trimmed.length > 4000)
    throw new DomainError('INVALID_INPUT', `The ${what} is too long (4,000 characters at most).`);
  return trimmed;
};

/** Applies one change, keeping who and when in the history. Returns the same action if nothing changes. */
export const applyActionChange = (
  action: Action,
  change: ActionChange,
  by: string,
  now: Date,
): Action => {
  const at = now.toISOString();
  const event = (e: Omit<ActionEvent, 'at' | 'by'>): ActionEvent => ({ at, by, ...e });
  const closedMessage = `Action ${action.number} is ${action.status}: reopen it first ("reopen ${action.number}").`;
  switch (change.kind) {
    case 'update': {
      if (!isOpen(action)) throw new DomainError('CONFLICT', closedMessage);
      const text = clean(change.text, 'update');
      return {
        ...action,
        status: 'ongoing',
        history: [
          ...action.history,
          event({ kind: 'update', text, from: action.status, to: 'ongoing' }),
        ],
      };
    }
    case 'done': {
      if (action.status === 'completed') return action;
      if (action.status === 'closed') throw new DomainError('CONFLICT', closedMessage);
      const text =
        change.text === undefined || change.text.trim() === ''
          ? undefined
          : clean(change.text, 'note');
      return {
        ...action,
        status: 'completed',
        history: [
          ...action.history,
          event({
            kind: 'status',
            from: action.status,
            to: 'completed',
            ...(text !== undefined && { text }),
          }),
        ],
      };
    }
    case 'reopen': {
      if (isOpen(action)) return action;
      const { closedReason: _r, ...rest } = action;
      return {
        ...rest,
        status: 'ongoing',
        history: [...action.history, event({ kind: 'status', from: action.status, to: 'ongoing' })],
      };
    }
    case 'close': {
      if (action.status === 'closed') return action;
      const reason = clean(change.reason, 'reason for closing');
      return {
        ...action,
        status: 'closed',
        closedReason: reason,
        history: [
          ...action.history,
          event({ kind: 'status', from: action.status, to: 'closed', text: reason }),
        ],
      };
    }
    case 'due': {
      if (action.due === change.date && action.dueMeetingId === change.meetingId) return action;
      const { proposedDue: _p, dueMeetingId: _m, ...rest } = action;
      return {
        ...rest,
        due: change.date,
        ...(change.meetingId !== undefined && { dueMeetingId: change.meetingId }),
        history: [
          ...action.history,
          event({
            kind: 'due',
            ...(action.due !== undefined && { from: action.due }),
            to: change.date,
            ...(change.meetingId !== undefined && { text: DUE_FROM_MEETING.capture }),
          }),
        ],
      };
    }
    case 'assign': {
      if (change.owners.length === 0)
        throw new DomainError('INVALID_INPUT', 'An action needs at least one owner.');
      const before = ownerInitials(action.owners);
      const after = ownerInitials(change.owners);
      if (before === after) return action;
      return {
        ...action,
        owners: change.owners,
        history: [...action.history, event({ kind: 'assign', from: before, to: after })],
      };
    }
    case 'propose': {
      if (!isOpen(action)) throw new DomainError('CONFLICT', closedMessage);
      if (action.proposedDue?.date === change.date) return action;
      return {
        ...action,
        proposedDue: { date: change.date, by, at },
        history: [...action.history, event({ kind: 'proposal', to: change.date })],
      };
    }
    case 'confidential': {
      if (action.confidential === change.confidential) return action;
      return {
        ...action,
        confidential: change.confidential,
        history: [
          ...action.history,
          event({ kind: 'confidential', to: change.confidential ? 'confidential' : 'open' }),
        ],
      };
    }
    case 'disown': {
      if (!isOpen(action)) throw new DomainError('CONFLICT', closedMessage);
      const lastAssign = action.history.map((e) => e.kind).lastIndexOf('assign');
      const already = action.history
        .slice(lastAssign + 1)
        .some((e) => e.kind === 'disowned' && e.by === by);
      if (already) return action;
      return { ...action, history: [...action.history, event({ kind: 'disowned' })] };
    }
    case 'decideProposal': {
      const proposal = action.proposedDue;
      if (proposal === undefined) return action;
      const { proposedDue: _p, ...kept } = action;
      if (!change.accept)
        return {
          ...kept,
          history: [
            ...action.history,
            event({ kind: 'proposal', text: 'not accepted', to: proposal.date }),
          ],
        };
      const { dueMeetingId: _m, ...rest } = kept;
      return {
        ...rest,
        due: proposal.date,
        history: [
          ...action.history,
          event({
            kind: 'due',
            ...(action.due !== undefined && { from: action.due }),
            to: proposal.date,
            text: 'proposal accepted',
          }),
        ],
      };
    }
  }
};

export type OwnerProblem = { token: string; message: string; suggestion?: Member };

export type OwnerResolution =
  { ok: true; owners: Owner[] } | { ok: false; problems: OwnerProblem[] };

const LOOKS_LIKE_INITIALS = /^[A-Z]{2,5}$/;

const memberOwner = (m: Member): Owner => ({
  kind: 'member',
  memberId: m.id,
  initials: m.initials,
  name: m.name,
  ...(m.aadObjectId !== undefined && { aadObjectId: m.aadObjectId }),
});

/** Closest member by initials: same letters in another order first ("CK" → "KC"), then one letter off. */
const suggestMember = (board: Board, token: string): Member | undefined => {
  const sorted = (s: string): string => [...s.toUpperCase()].sort().join('');
  const anagram = board.members.find((m) => sorted(m.initials) === sorted(token));
  if (anagram !== undefined) return anagram;
  return board.members.find((m) => {
    const a = m.initials.toUpperCase();
    const b = token.toUpperCase();
    if (a.length !== b.length) return false;
    let diff = 0;
    for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) diff += 1;
    return diff === 1;
  });
};

export type Mention = { name: string; aadObjectId?: string };

/**
 * Reads owners: initials ("RS", "EF/KW/PG", "EF, KW and PG"), @mentions, a member's full name, or a
 * person who is not a member ("Shakira Gordon"). Unknown initials are a problem with a suggestion,
 * never a guess.
 */
export const resolveOwners = (
  board: Board,
  text: string,
  mentions: readonly Mention[] = [],
): OwnerResolution => {
  const tokens = text
    .split(/\s*(?:\/|,|&|\band\b)\s*/i)
    .map((t) => t.trim().replace(/^@/, ''))
    .filter((t) => t !== '');
  if (tokens.length === 0)
    return {
      ok: false,
      problems: [
        { token: '', message: 'Say who owns the action: initials, an @mention or a name.' },
      ],
    };
  const owners: Owner[] = [];
  const problems: OwnerProblem[] = [];
  for (const token of tokens) {
    const mention = mentions.find((m) => m.name.toLowerCase() === token.toLowerCase());
    const byAad =
      mention?.aadObjectId === undefined
        ? undefined
        : board.members.find(
            (m) => m.aadObjectId?.toLowerCase() === mention.aadObjectId?.toLowerCase(),
          );
    const member =
      byAad ??
      (token.includes(' ')
        ? undefined
        : board.members.find((m) => m.initials.toUpperCase() === token.toUpperCase())) ??
      board.members.find((m) => m.name.toLowerCase() === token.toLowerCase());
    if (member !== undefined) {
      if (!owners.some((o) => o.kind === 'member' && o.memberId === member.id))
        owners.push(memberOwner(member));
      continue;
    }
    if (mention !== undefined) {
      owners.push({
        kind: 'external',
        name: mention.name,
        initials: initialsOf(mention.name),
        ...(mention.aadObjectId !== undefined && { aadObjectId: mention.aadObjectId }),
      });
      continue;
    }
    if (LOOKS_LIKE_INITIALS.test(token)) {
      const suggestion = suggestMember(board, token);
      problems.push({
        token,
        message:
          suggestion === undefined
            ? `${token} is not a member of this board. Use a member’s initials, or the person’s full name if they are not a member.`
            : `${token} is not a member of this board — did you mean ${suggestion.initials}, ${suggestion.name}?`,
        ...(suggestion !== undefined && { suggestion }),
      });
      continue;
    }
    if (!/\p{L}/u.test(token) || token.length > 80) {
      problems.push({ token, message: `"${token}" is not a name or initials.` });
      continue;
    }
    owners.push({ kind: 'external', name: token, initials: initialsOf(token) });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, owners };
};
