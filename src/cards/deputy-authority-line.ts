import type { Board, Member } from '../domain/board.js';
import type { DeputyPerson } from '../domain/deputy-authority.js';
import { deputyAuthority } from '../domain/deputy-authority.js';

/**
 * Under a deputy on the register: whether they may decide for the member's agency. Nothing while
 * the agency names no delegates (any deputy counts then) or the member has no agency.
 */
export const deputyAuthorityLine = (
  board: Board,
  member: Member,
  deputy: DeputyPerson | undefined,
): string => {
  const agency = board.agencies.find((a) => a.code === member.agencyCode);
  if (agency === undefined) return '';
  if (deputy === undefined)
    return deputyAuthority(board, member, { name: '' }) === 'unlisted'
      ? ''
      : `deputy not named: not authorised to decide for ${agency.name} until named`;
  switch (deputyAuthority(board, member, deputy)) {
    case 'authorised':
      return `authorised to decide for ${agency.name}`;
    case 'unauthorised':
      return `not authorised to decide for ${agency.name}`;
    case 'unlisted':
    case undefined:
      return '';
  }
};
