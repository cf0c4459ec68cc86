import type { Board, Delegate, Member } from './board.js';
import { delegatesOf } from './delegates.js';

/** A deputy as the register keeps them ("attending for" a member). */
export type DeputyPerson = {
  name: string;
  designation?: string;
  aadObjectId?: string;
  /** The delegate who named this deputy (the forecast card): a delegate's nominee decides for them. */
  nominatedBy?: { name: string; aadObjectId: string };
};

/**
 * - `authorised`: the deputy is among the delegates of the member's agency
 * - `unauthorised`: the agency names delegates and the deputy is not one of them
 * - `unlisted`: the agency names no delegates yet, so any deputy counts for it (a board that has not
 *   named its delegates does not turn inquorate because the feature arrived)
 */
export type DeputyAuthority = 'authorised' | 'unauthorised' | 'unlisted';

const sameName = (a: string, b: string): boolean =>
  a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

const sameId = (a: string | undefined, b: string | undefined): boolean =>
  a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();

/**
 * Whether `person` is this delegate: by Entra id (the delegate's own, or that of the member the
 * delegate is), by the member's name, or by the delegate's name, case-insensitively.
 */
export const isDelegate = (board: Board, delegate: Delegate, person: DeputyPerson): boolean => {
  const member =
    delegate.memberId === undefined
      ? undefined
      : board.members.find((m) => m.id === delegate.memberId);
  return (
    sameId(delegate.aadObjectId, person.aadObjectId) ||
    sameId(member?.aadObjectId, person.aadObjectId) ||
    (member !== undefined && sameName(member.name, person.name)) ||
    sameName(delegate.name, person.name)
  );
};

/** Whether a deputy attending for `member` may decide for the member's agency; undefined without an agency. */
export const deputyAuthority = (
  board: Board,
  member: Member,
  deputy: DeputyPerson,
): DeputyAuthority | undefined => {
  if (member.agencyCode === undefined) return undefined;
  const delegates = delegatesOf(board, member.agencyCode);
  if (delegates.length === 0) return 'unlisted';
  const nominator = deputy.nominatedBy;
  const named = (d: Delegate): boolean =>
    isDelegate(board, d, deputy) ||
    (nominator !== undefined &&
      isDelegate(board, d, { name: nominator.name, aadObjectId: nominator.aadObjectId }));
  return delegates.some(named) ? 'authorised' : 'unauthorised';
};
