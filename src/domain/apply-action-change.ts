import type { Action, ActionEvent, Owner } from './action.js';
import { isOpen, ownerInitials } from './action.js';
import { DUE_FROM_MEETING } from './date-from-meeting.js';
import { DomainError } from './domain-error.js';
import type { MeetingId } from './ids.js';
import type { CalendarDate } from './zoned-time.js';

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
  if (action.status === 'withdrawn')
    throw new DomainError(
      'CONFLICT',
      `Action ${action.number} was withdrawn (captured in error): it no longer changes.`,
    );
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
