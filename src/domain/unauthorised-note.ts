import type { Agency } from './board.js';
import type { Entry } from './meeting.js';

/**
 * What a decision's record says when it was taken while a statutory agency was represented only by
 * an unauthorised deputy ("Police represented only by an unauthorised deputy"), for the agenda
 * card, the summary and the minutes; undefined for any other entry.
 */
export const unauthorisedNote = (
  board: { agencies: readonly Agency[] },
  entry: Pick<Entry, 'unauthorisedFor'>,
): string | undefined => {
  const codes = entry.unauthorisedFor ?? [];
  if (codes.length === 0) return undefined;
  const names = codes.map((c) => board.agencies.find((a) => a.code === c)?.name ?? c);
  const list =
    names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return `${list} represented only by ${names.length === 1 ? 'an unauthorised deputy' : 'unauthorised deputies'}`;
};
