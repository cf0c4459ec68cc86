import type { Board, Member } from '../domain/board.js';
import type { DeputyPerson } from '../domain/deputy-authority.js';
import { deputyAuthority } from '../domain/deputy-authority.js';
import type { CardElement } from './card-types.js';
import { text } from './elements.js';

/**
 * Under a deputy on the register: whether they may decide for the member's agency. Nothing while
 * the agency names no delegates (any deputy counts then) or the member has no agency.
 */
const authorityText = (board: Board, member: Member, deputy: DeputyPerson | undefined): string => {
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

/** The line itself: green when the deputy may decide, red when not (read at a glance on a phone). */
export const deputyAuthorityLine = (
  board: Board,
  member: Member,
  deputy: DeputyPerson | undefined,
): CardElement[] => {
  const said = authorityText(board, member, deputy);
  if (said === '') return [];
  return [
    text(said, {
      size: 'Small',
      spacing: 'None',
      color: said.startsWith('authorised') ? 'Good' : 'Attention',
    }),
  ];
};
