import type { Board } from '../domain/board.js';
import { defaultAgencies } from '../domain/board.js';
import type { RosterPerson } from '../domain/board-members.js';
import type { AdaptiveCard, CardElement } from './card-types.js';
import { card, executeAction, facts, heading, notice, text } from './elements.js';
import { renderInviteesCard } from './render-invitees-card.js';
import { Verbs } from './verbs.js';

export type SetupOutcome = {
  board: Board;
  created: boolean;
  added: number;
  linked: number;
  rosterRead: boolean;
  /** In a meeting chat: the invitees who are not members, for the coordinator to choose. */
  invitees?: readonly RosterPerson[];
};

/**
 * What the default agencies are and how a board makes them its own: every real board has its own
 * codes (LBH, MPS, CCG), and a default left unused would keep the board from being quorate.
 */
const defaultsExplained = (board: Board): CardElement[] => {
  const defaults = defaultAgencies().filter((d) => board.agencies.some((a) => a.code === d.code));
  if (defaults.length === 0) return [];
  return [
    text(
      `${defaults.map((d) => d.code).join(', ')}: the statutory safeguarding partners under Working Together to Safeguard Children 2023 — the local authority, the police and health (the integrated care board). The meeting is quorate when each is represented by a member or an authorised deputy (any deputy until the agency names its delegates: "delegates").`,
      { isSubtle: true },
    ),
    text(
      'Use your own names and codes: "agency rename LA London Borough of Havering" and "agency code LA LBH" (its members and the quorum rule follow), or "agency add MPS Metropolitan Police statutory" and tap to replace POLICE. "agency remove ICB" removes one nobody belongs to.',
      { isSubtle: true },
    ),
  ];
};

export const renderSetupResultCard = (outcome: SetupOutcome): AdaptiveCard => {
  const { board } = outcome;
  const invitees =
    outcome.invitees === undefined || outcome.invitees.length === 0
      ? { body: [] as CardElement[], actions: undefined }
      : renderInviteesCard({ board, people: outcome.invitees });
  const message = outcome.created
    ? `Board "${board.name}" is set up for this conversation.`
    : `Board "${board.name}" is up to date: ${outcome.added} added, ${outcome.linked} linked to their Teams accounts.`;
  return card(
    [
      ...heading(board.name, outcome.created ? 'New board' : 'Board updated'),
      notice(message, 'good'),
      ...(outcome.rosterRead
        ? []
        : [
            notice(
              'Teams did not give me this chat’s members, so only you were added. Add the others with "members import".',
              'warning',
            ),
          ]),
      facts([
        ['Members', String(board.members.length)],
        [
          'Agencies',
          board.agencies.map((a) => `${a.code}${a.statutory ? '*' : ''}`).join(', ') || 'none yet',
        ],
        ['Quorum', 'every statutory partner represented'],
        ['Papers due', `${board.rules.paperDeadlineDays} days before a meeting`],
      ]),
      ...(outcome.created ? defaultsExplained(board) : []),
      ...invitees.body,
    ],
    [
      ...(invitees.actions ?? []),
      executeAction('Show members', Verbs.membersShow),
      executeAction('What can I do?', Verbs.help),
    ],
  );
};

/** Shown when setup runs again in a conversation that already has a board. */
export const renderBoardExistsCard = (board: Board): AdaptiveCard =>
  card(
    [
      ...heading(board.name, 'This conversation already has a board'),
      notice(
        'Setting up again never creates a second board. You can add the people of this chat who are not members yet, or rename the board with "setup <new name>".',
        'accent',
      ),
    ],
    [
      executeAction('Add people from this chat', Verbs.syncRoster),
      executeAction('Show members', Verbs.membersShow),
    ],
  );
