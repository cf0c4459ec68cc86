import type { Agency } from '../domain/board.js';
import type { Entry } from '../domain/meeting.js';
import { unauthorisedNote } from '../domain/unauthorised-note.js';

/** After "Decision recorded under item 1 (…).": why it is flagged, so the chair knows at once. */
export const unauthorisedSentence = (
  board: { agencies: readonly Agency[] },
  entry: Pick<Entry, 'unauthorisedFor'> | undefined,
): string => {
  const note = entry === undefined ? undefined : unauthorisedNote(board, entry);
  return note === undefined ? '' : ` Flagged: ${note}.`;
};
