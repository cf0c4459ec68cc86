import { DomainError } from './domain-error.js';
import { requireItem } from './find-item.js';
import type { Meeting } from './meeting.js';

/** Renames an item (standing items too: boards word them their own way). */
export const renameAgendaItem = (meeting: Meeting, itemId: string, title: string): Meeting => {
  const trimmed = title.trim();
  if (trimmed === '' || trimmed.length > 200)
    throw new DomainError('INVALID_INPUT', 'An agenda item needs a title of 1 to 200 characters.');
  requireItem(meeting, itemId);
  return {
    ...meeting,
    agenda: meeting.agenda.map((i) => (i.id === itemId ? { ...i, title: trimmed } : i)),
  };
};
