import type { Board, Member } from '../domain/board.js';
import type { DeputyAuthority } from '../domain/deputy-authority.js';
import { delegatesOf } from '../domain/delegates.js';

/**
 * After "Jane Doe attends for LB (SD).": whether she may decide for the agency, and who may when
 * she may not. Nothing while the agency names no delegates.
 */
export const deputyAuthoritySentence = (
  board: Board,
  recorded: { member: Member; authority: DeputyAuthority | undefined },
): string => {
  const agency = board.agencies.find((a) => a.code === recorded.member.agencyCode);
  if (agency === undefined) return '';
  switch (recorded.authority) {
    case 'authorised':
      return ` Authorised to decide for ${agency.name}.`;
    case 'unauthorised':
      return ` Not authorised to decide for ${agency.name} (its delegates: ${delegatesOf(
        board,
        agency.code,
      )
        .map((d) => d.name)
        .join(
          ', ',
        )})${agency.statutory ? `: decisions taken while ${agency.name} has only this deputy are flagged` : ''}.`;
    case 'unlisted':
    case undefined:
      return '';
  }
};
