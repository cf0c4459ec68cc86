import { DomainError } from './domain-error.js';
import type { AgendaItem, Entry, Meeting } from './meeting.js';
import { currentItem } from './meeting.js';
import { nextEntryNumber, withEntryNumbers } from './entry-numbers.js';

/** The item notes and decisions go to: the current one, or the first item when none is current. */
export const recordingItem = (meeting: Meeting): AgendaItem => {
  const item = currentItem(meeting) ?? meeting.agenda[0];
  if (item === undefined)
    throw new DomainError('CONFLICT', 'The agenda is empty: add an item first.');
  return item;
};

/** Adds a note or decision under an item with the meeting's next number for its kind. */
export const addEntry = (
  meeting: Meeting,
  kind: 'note' | 'decision',
  entry: Entry,
  itemId: string,
): Meeting => {
  const text = entry.text.trim();
  if (text === '')
    throw new DomainError(
      'INVALID_INPUT',
      `Write the ${kind} after the word, e.g. "${kind} The MoU was agreed".`,
    );
  if (text.length > 4000)
    throw new DomainError('INVALID_INPUT', `That ${kind} is too long (4,000 characters at most).`);
  const numbered = withEntryNumbers(meeting);
  const number = nextEntryNumber(numbered, kind);
  const added: Entry = { ...entry, text, number };
  return {
    ...numbered,
    entryNumbers: { ...{ note: 0, decision: 0 }, ...numbered.entryNumbers, [kind]: number },
    agenda: numbered.agenda.map((item) =>
      item.id !== itemId
        ? item
        : kind === 'note'
          ? { ...item, notes: [...item.notes, added] }
          : { ...item, decisions: [...item.decisions, added] },
    ),
  };
};
