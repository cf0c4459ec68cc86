import type { Board } from '../domain/board.js';
import type { AdaptiveCard } from './card-types.js';
import { card, executeAction, facts, heading, notice } from './elements.js';
import { Verbs } from './verbs.js';

export type SetupOutcome = {
  board: Board;
  created: boolean;
  added: number;
  linked: number;
  rosterRead: boolean;
};

export const renderSetupResultCard = (outcome: SetupOutcome): AdaptiveCard => {
  const { board } = outcome;
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
    ],
    [executeAction('Show members', Verbs.membersShow), executeAction('What can I do?', Verbs.help)],
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
