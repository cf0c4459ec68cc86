import type { Board } from '../domain/board.js';
import type { RosterPerson } from '../domain/board-members.js';
import type { AdaptiveCard, CardElement } from './card-types.js';
import { card, choiceSet, executeAction, messageLine, text } from './elements.js';
import { Verbs } from './verbs.js';

/** The input id of one invitee's choice: the Entra id is checked against the chat's roster again. */
export const INVITEE_INPUT_PREFIX = 'invitee_';

export const INVITEE_CHOICES = ['member', 'guest', 'neither'] as const;
export type InviteeChoice = (typeof INVITEE_CHOICES)[number];

/**
 * A meeting chat's invitees proposed one by one: member of the board, guest of the meeting, or
 * neither. Nobody becomes a member until the coordinator confirms.
 */
export const renderInviteesCard = (input: {
  board: Board;
  people: readonly RosterPerson[];
  message?: string;
}): AdaptiveCard => {
  const rows: CardElement[] = input.people.map((p) =>
    choiceSet(
      `${INVITEE_INPUT_PREFIX}${p.aadObjectId}`,
      `${p.name}${p.guest === true ? ' (guest account)' : ''}`,
      [
        ['Member of the board', 'member'],
        ['Guest at this meeting', 'guest'],
        ['Neither', 'neither'],
      ],
      { value: 'neither', style: 'compact' },
    ),
  );
  return card(
    [
      ...messageLine(input.message),
      text(`Who of this meeting’s invitees belongs to ${input.board.name}?`, { weight: 'Bolder' }),
      text(
        'A meeting invites guests and presenters as well as members, so nobody is added until you say. Members are on the board for every meeting; guests are recorded “also in attendance” for this meeting only.',
        { isSubtle: true },
      ),
      ...rows,
    ],
    input.people.length === 0
      ? []
      : [executeAction('Confirm', Verbs.inviteesConfirm, { boardId: input.board.id })],
  );
};
