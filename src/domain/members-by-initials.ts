import type { Board, Member } from './board.js';
import { findMemberByInitials } from './board.js';
import { DomainError } from './domain-error.js';

/** The members with these initials, in order; any initials that are not a member's are refused. */
export const membersByInitials = (board: Board, initials: readonly string[]): Member[] => {
  const unknown = initials.filter((i) => findMemberByInitials(board, i) === undefined);
  if (unknown.length > 0) {
    throw new DomainError(
      'INVALID_INPUT',
      `${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not initials of members of ${board.name}. Type "members" to see them.`,
    );
  }
  return initials.map((i) => findMemberByInitials(board, i) as Member);
};
