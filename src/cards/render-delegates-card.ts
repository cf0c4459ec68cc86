import type { Board } from '../domain/board.js';
import { ANY_DEPUTY_QUORUM_RULE, DEFAULT_QUORUM_RULE } from '../domain/board.js';
import { delegatesOf } from '../domain/delegates.js';
import type { AdaptiveCard, CardElement } from './card-types.js';
import { card, heading, messageLine, section, subtle, text } from './elements.js';

/** How the board's quorum rule treats deputies, in a sentence under the list. */
const ruleLine = (board: Board): string => {
  switch (board.rules.quorumRule) {
    case DEFAULT_QUORUM_RULE:
      return 'Quorum counts a statutory partner only when a member or an authorised deputy attends. A deputy who is not a delegate is marked on the register, and decisions taken while an agency has only such a deputy are flagged.';
    case ANY_DEPUTY_QUORUM_RULE:
      return 'This board’s quorum rule still counts any deputy; decisions taken with an unauthorised deputy are flagged all the same. Type "quorum rule default" to count only members and authorised deputies.';
    default:
      return 'This board has its own quorum rule; "authorisedAgencies" in it names the agencies represented by a member or an authorised deputy.';
  }
};

/**
 * `delegates [<agency>]`: per agency, who may decide for it — statutory partners always (saying when none is
 * named), other agencies when they name someone. One line a person, so it reads on a phone.
 */
export const renderDelegatesCard = (
  board: Board,
  view: { message?: string; only?: string } = {},
): AdaptiveCard => {
  const agencies = [...board.agencies]
    .sort((a, b) => Number(b.statutory) - Number(a.statutory))
    .filter((a) =>
      view.only === undefined
        ? a.statutory || delegatesOf(board, a.code).length > 0
        : a.code === view.only,
    );
  const sections: CardElement[] = agencies.map((agency) => {
    const listed = delegatesOf(board, agency.code);
    return section(
      `${agency.name}${agency.statutory ? ' · statutory' : ''}`,
      listed.length === 0
        ? [
            subtle(
              `No delegates named: any deputy counts for ${agency.name}. Name them with "delegate ‹initials or name› for ${agency.code}".`,
            ),
          ]
        : listed.flatMap((d) => {
            const member = board.members.find((m) => m.id === d.memberId);
            return [
              text(`**${d.name}**${member === undefined ? '' : ` (${member.initials})`}`, {
                spacing: 'Small',
              }),
              subtle(
                [d.designation, member === undefined ? 'not a board member' : undefined]
                  .filter((x) => x !== undefined)
                  .join(' · '),
              ),
            ];
          }),
    );
  });
  return card([
    ...heading('Delegates', `${board.name} · who may decide for each agency`),
    ...messageLine(view.message),
    ...sections,
    subtle(ruleLine(board)),
  ]);
};
