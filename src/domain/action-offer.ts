import type { Owner } from './action.js';
import type { Guest } from './attendance.js';
import type { Board } from './board.js';
import type { OwnerProblem } from './resolve-owners.js';
import { resolveOwners } from './resolve-owners.js';

/** What a line written as an action without the word ("JB to send the report") is taken for. */
export type ActionOffer =
  /** Every owner is the board's: offer to record it. */
  | { kind: 'offer'; owners: Owner[] }
  /** A person named in full who is not on the board: suggest "action …", which records them. */
  | { kind: 'outsiders'; names: string[] }
  /** Initials one letter off a member's ("CK" → KC), a name two members share: ask, with buttons. */
  | { kind: 'choose'; problems: OwnerProblem[]; owners: string; rest: string }
  /** Initials like no member's, "Welcome to the meeting": not an action. */
  | { kind: 'none' };

const PERSON_NAME = /^[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}$/;

/**
 * Reads "<owners> to <text>" against the board: members by initials, name, first name or surname;
 * the board's agencies and groups; guests of the meeting in progress. Only a person's name is worth
 * suggesting as an outside owner ("The meeting to …" is no one).
 */
export const readActionOffer = (
  board: Board,
  spec: string,
  guests: readonly Guest[],
): ActionOffer => {
  const to = / to /i.exec(spec);
  if (to === null) return { kind: 'none' };
  const ownersText = spec.slice(0, to.index).trim();
  const owners = resolveOwners(board, ownersText, [], { guests });
  if (!owners.ok)
    return owners.problems.every((p) => p.suggestion !== undefined || (p.choices ?? []).length > 1)
      ? {
          kind: 'choose',
          problems: owners.problems,
          owners: ownersText,
          rest: spec.slice(to.index + 4).trim(),
        }
      : { kind: 'none' };
  const outsiders = owners.owners.filter(
    (o) => o.kind === 'external' && !guests.some((g) => g.name === o.name),
  );
  if (outsiders.length === 0) return { kind: 'offer', owners: owners.owners };
  return outsiders.every((o) => PERSON_NAME.test(o.name))
    ? { kind: 'outsiders', names: outsiders.map((o) => o.name) }
    : { kind: 'none' };
};
