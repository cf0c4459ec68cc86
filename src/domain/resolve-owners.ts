import type { Owner } from './action.js';
import type { Board, Member } from './board.js';
import { initialsOf } from './initials.js';

export type OwnerProblem = { token: string; message: string; suggestion?: Member };

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

/**
 * Reads owners: initials ("RS", "EF/KW/PG", "EF, KW and PG"), @mentions, a member's full name, or a
 * person who is not a member ("Shakira Gordon"). Unknown initials are a problem with a suggestion,
 * never a guess.
 */
export const resolveOwners = (
  board: Board,
  text: string,
  mentions: readonly Mention[] = [],
): OwnerResolution => {
  const tokens = text
    .split(/\s*(?:\/|,|&|\band\b)\s*/i)
    .map((t) => t.trim().replace(/^@/, ''))
    .filter((t) => t !== '');
  if (tokens.length === 0)
    return {
      ok: false,
      problems: [
        { token: '', message: 'Say who owns the action: initials, an @mention or a name.' },
      ],
    };
  const owners: Owner[] = [];
  const problems: OwnerProblem[] = [];
  for (const token of tokens) {
    const mention = mentions.find((m) => m.name.toLowerCase() === token.toLowerCase());
    const byAad =
      mention?.aadObjectId === undefined
        ? undefined
        : board.members.find(
            (m) => m.aadObjectId?.toLowerCase() === mention.aadObjectId?.toLowerCase(),
          );
    const member =
      byAad ??
      (token.includes(' ')
        ? undefined
        : board.members.find((m) => m.initials.toUpperCase() === token.toUpperCase())) ??
      board.members.find((m) => m.name.toLowerCase() === token.toLowerCase());
    if (member !== undefined) {
      if (!owners.some((o) => o.kind === 'member' && o.memberId === member.id))
        owners.push(memberOwner(member));
      continue;
    }
    if (mention !== undefined) {
      owners.push({
        kind: 'external',
        name: mention.name,
        initials: initialsOf(mention.name),
        ...(mention.aadObjectId !== undefined && { aadObjectId: mention.aadObjectId }),
      });
      continue;
    }
    if (LOOKS_LIKE_INITIALS.test(token)) {
      const suggestion = suggestMember(board, token);
      problems.push({
        token,
        message:
          suggestion === undefined
            ? `${token} is not a member of this board. Use a member’s initials, or the person’s full name if they are not a member.`
            : `${token} is not a member of this board — did you mean ${suggestion.initials}, ${suggestion.name}?`,
        ...(suggestion !== undefined && { suggestion }),
      });
      continue;
    }
    if (!/\p{L}/u.test(token) || token.length > 80) {
      problems.push({ token, message: `"${token}" is not a name or initials.` });
      continue;
    }
    owners.push({ kind: 'external', name: token, initials: initialsOf(token) });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, owners };
};
