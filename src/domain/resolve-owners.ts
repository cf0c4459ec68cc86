import type { Owner } from './action.js';
import type { Guest } from './attendance.js';
import type { Board, Member } from './board.js';
import { initialsOf } from './initials.js';
import {
  agencyOwner,
  bareName,
  findAgencyNamed,
  groupOwner,
  isAgencyWord,
  isGroupName,
  membersCalled,
} from './owner-names.js';

/**
 * An owner Quorate will not guess: `suggestion` is the one member meant when it is clear enough to
 * offer ("CK" → KC), `choices` the members a name could be ("Jacqui" on a board with two).
 */
export type OwnerProblem = {
  token: string;
  message: string;
  suggestion?: Member;
  choices?: Member[];
};

export type OwnerResolution =
  { ok: true; owners: Owner[] } | { ok: false; problems: OwnerProblem[] };

const LOOKS_LIKE_INITIALS = /^[A-Z]{2,5}$/;

const memberOwner = (m: Member): Owner => ({
  kind: 'member',
  memberId: m.id,
  initials: m.initials,
  name: m.name,
  ...(m.aadObjectId !== undefined && { aadObjectId: m.aadObjectId }),
});

/** Closest member by initials: same letters in another order first ("CK" → "KC"), then one letter off. */
const suggestMember = (board: Board, token: string): Member | undefined => {
  const sorted = (s: string): string => [...s.toUpperCase()].sort().join('');
  const anagram = board.members.find((m) => sorted(m.initials) === sorted(token));
  if (anagram !== undefined) return anagram;
  return board.members.find((m) => {
    const a = m.initials.toUpperCase();
    const b = token.toUpperCase();
    if (a.length !== b.length) return false;
    let diff = 0;
    for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) diff += 1;
    return diff === 1;
  });
};

export type Mention = { name: string; aadObjectId?: string };

/** What else names owners at capture: the guests of the meeting in progress ("KW" for Kim Walsh). */
export type OwnerContext = { guests?: readonly Guest[] };

const SEPARATOR = /(\s*(?:\/|,|&|\band\b)\s*)/i;

/**
 * The owner tokens of a text: split at "/", ",", "&" and "and", except inside a group's name
 * ("Development & Practice Group" stays one). A part before "&"/"and" is joined to the group name
 * after it unless it stands for an owner on its own (`standsAlone`) or the next part starts anew
 * with "the".
 */
const ownerTokens = (text: string, standsAlone: (token: string) => boolean): string[] => {
  const parts = text.split(SEPARATOR);
  const tokens: string[] = [];
  let current = bareName(parts[0] ?? '');
  for (let i = 1; i < parts.length; i += 2) {
    const separator = parts[i] ?? '';
    const next = bareName(parts[i + 1] ?? '');
    const joins = /&|and/i.test(separator) && !/^the\s/i.test(next);
    if (joins && current !== '' && isGroupName(next) && !standsAlone(current)) {
      current = `${current} ${separator.trim()} ${next}`;
      continue;
    }
    tokens.push(current);
    current = next;
  }
  tokens.push(current);
  return tokens.filter((t) => t !== '');
};

const byInitials = (board: Board, token: string): Member | undefined =>
  token.includes(' ')
    ? undefined
    : board.members.find((m) => m.initials.toUpperCase() === token.toUpperCase());

const byFullName = (board: Board, token: string): Member | undefined =>
  board.members.find((m) => m.name.toLowerCase() === token.toLowerCase());

const guestOwner = (guests: readonly Guest[], token: string): Owner | undefined => {
  const guest = guests.find(
    (g) =>
      g.name.toLowerCase() === token.toLowerCase() ||
      (LOOKS_LIKE_INITIALS.test(token) && initialsOf(g.name) === token),
  );
  return guest === undefined
    ? undefined
    : {
        kind: 'external',
        name: guest.name,
        initials: initialsOf(guest.name),
        ...(guest.aadObjectId !== undefined && { aadObjectId: guest.aadObjectId }),
      };
};

const sameOwner = (a: Owner, b: Owner): boolean =>
  a.kind === 'member' && b.kind === 'member'
    ? a.memberId === b.memberId
    : a.kind === b.kind && a.name.toLowerCase() === b.name.toLowerCase();

/**
 * Reads owners as minutes name them: initials ("RS", "EF/KW/PG", "EF, KW and PG"), @mentions, a
 * member's full name, first name or surname when only one member has it ("Jacqui" → JB), the
 * chair or vice-chair by role, one of the board's agencies ("Police", "MPS"), a team or group
 * ("Development & Practice Group", "the Business Unit"), a guest of the meeting in progress by
 * initials or name, or a person who is not a member ("Shakira Gordon"). Quotes around a name are
 * dropped. Anything it cannot be sure of is a problem with a suggestion or a choice, never a guess:
 * unknown initials, a name two members share, a single word that is nobody's name.
 */
export const resolveOwners = (
  board: Board,
  text: string,
  mentions: readonly Mention[] = [],
  context: OwnerContext = {},
): OwnerResolution => {
  const guests = context.guests ?? [];
  const mentionOf = (token: string): Mention | undefined =>
    mentions.find((m) => m.name.toLowerCase() === token.toLowerCase());
  const standsAlone = (token: string): boolean =>
    mentionOf(token) !== undefined ||
    LOOKS_LIKE_INITIALS.test(token) ||
    byFullName(board, token) !== undefined ||
    findAgencyNamed(board, token) !== undefined ||
    isAgencyWord(token) ||
    membersCalled(board, token).length > 0;
  const tokens = ownerTokens(text, standsAlone);
  if (tokens.length === 0)
    return {
      ok: false,
      problems: [
        { token: '', message: 'Say who owns the action: initials, an @mention or a name.' },
      ],
    };
  const owners: Owner[] = [];
  const problems: OwnerProblem[] = [];
  const add = (owner: Owner): void => {
    if (!owners.some((o) => sameOwner(o, owner))) owners.push(owner);
  };
  for (const token of tokens) {
    const found = readOwner(board, token, mentionOf(token), guests);
    if ('problem' in found) problems.push(found.problem);
    else add(found.owner);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, owners };
};

const readOwner = (
  board: Board,
  token: string,
  mention: Mention | undefined,
  guests: readonly Guest[],
): { owner: Owner } | { problem: OwnerProblem } => {
  const byAad =
    mention?.aadObjectId === undefined
      ? undefined
      : board.members.find(
          (m) => m.aadObjectId?.toLowerCase() === mention.aadObjectId?.toLowerCase(),
        );
  const member = byAad ?? byInitials(board, token) ?? byFullName(board, token);
  if (member !== undefined) return { owner: memberOwner(member) };
  if (mention !== undefined)
    return {
      owner: {
        kind: 'external',
        name: mention.name,
        initials: initialsOf(mention.name),
        ...(mention.aadObjectId !== undefined && { aadObjectId: mention.aadObjectId }),
      },
    };
  const agency = findAgencyNamed(board, token);
  if (agency !== undefined) return { owner: agencyOwner(agency) };
  const guest = guestOwner(guests, token);
  if (guest !== undefined) return { owner: guest };
  const called = membersCalled(board, token);
  if (called.length === 1 && called[0] !== undefined) return { owner: memberOwner(called[0]) };
  if (called.length > 1)
    return {
      problem: {
        token,
        message: `More than one member could be "${token}": ${called.map((m) => `${m.initials} (${m.name})`).join(', ')}. Which one?`,
        choices: called,
      },
    };
  if (isGroupName(token) || isAgencyWord(token)) return { owner: groupOwner(token) };
  if (LOOKS_LIKE_INITIALS.test(token)) {
    const suggestion = suggestMember(board, token);
    return {
      problem: {
        token,
        message:
          suggestion === undefined
            ? `${token} is not a member of this board. Use a member’s initials, or the person’s full name if they are not a member.`
            : `${token} is not a member of this board — did you mean ${suggestion.initials}, ${suggestion.name}?`,
        ...(suggestion !== undefined && { suggestion }),
      },
    };
  }
  if (!/\p{L}/u.test(token) || token.length > 80)
    return { problem: { token, message: `"${token}" is not a name or initials.` } };
  if (!token.includes(' '))
    return {
      problem: {
        token,
        message: `No member of this board is called "${token}". Use a member’s initials, or the person’s full name if they are not a member.`,
      },
    };
  return { owner: { kind: 'external', name: token, initials: initialsOf(token) } };
};
