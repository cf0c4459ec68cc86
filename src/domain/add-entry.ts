import { DomainError } from './domain-error.js';
import type { AgendaItem, Entry, Meeting } from './meeting.js';
import { currentItem } from './meeting.js';

/** The item notes and decisions go to: the current one, or the first item when none is current. */
export const recordingItem = (meeting: Meeting): AgendaItem => {
  const item = currentItem(meeting) ?? meeting.agenda[0];
  if (item === undefined)
    throw new DomainError('CONFLICT', 'The agenda is empty: add an item first.');
  return item;
};

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
  return {
    ...meeting,
    agenda: meeting.agenda.map((item) =>
      item.id !== itemId
        ? item
        : kind === 'note'
          ? { ...item, notes: [...item.notes, { ...entry, text }] }
          : { ...item, decisions: [...item.decisions, { ...entry, text }] },
    ),
  };
};
