import type { Board } from './board.js';
import type { Presenter } from './meeting.js';

/**
 * "BB", "EM/KC", "BB and Barbara Nicholls": members by initials or name, anyone else as a guest
 * presenter by name.
 */
export const resolvePresenters = (board: Board, text: string | undefined): Presenter[] => {
  if (text === undefined || text.trim() === '') return [];
  return text
    .split(/\s*(?:\/|,|&|\band\b)\s*/i)
    .map((t) => t.trim())
    .filter((t) => t !== '')
    .map((token) => {
      const member =
        board.members.find((m) => m.initials.toUpperCase() === token.toUpperCase()) ??
        board.members.find((m) => m.name.toLowerCase() === token.toLowerCase());
      return member === undefined
        ? { name: token }
        : { name: member.name, initials: member.initials, memberId: member.id };
    });
};
