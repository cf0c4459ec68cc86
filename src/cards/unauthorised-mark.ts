import type { Agency } from '../domain/board.js';
import type { Entry } from '../domain/meeting.js';
import { unauthorisedNote } from '../domain/unauthorised-note.js';

/** " _(Police represented only by an unauthorised deputy)_" after a decision's text, or nothing. */
export const unauthorisedMark = (
  board: { agencies: readonly Agency[] },
  entry: Pick<Entry, 'unauthorisedFor'>,
): string => {
  const note = unauthorisedNote(board, entry);
  return note === undefined ? '' : ` _(${note})_`;
};
