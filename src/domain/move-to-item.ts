import { DomainError } from './domain-error.js';
import { requireItem } from './find-item.js';
import type { AgendaItem, Meeting } from './meeting.js';

/**
 * Moves the meeting to an item, or to the next one. `fromItemId` is the current item the clicked
 * card showed: when the meeting has already moved on, nothing moves (two chairs clicking "next"
 * at once move it by one); `arrived` says the meeting is where that click asked to go.
 */
export const moveToItem = (
  meeting: Meeting,
  target: { ref: string } | { next: true; fromItemId?: string },
): { meeting: Meeting; moved: boolean; arrived?: boolean } => {
  if (meeting.status === 'closed')
    throw new DomainError('CONFLICT', `${meeting.title} has ended; its agenda no longer moves.`);
  let item: AgendaItem | undefined;
  if ('ref' in target) {
    item = requireItem(meeting, target.ref);
  } else {
    if (target.fromItemId !== undefined && target.fromItemId !== (meeting.currentItemId ?? '')) {
      /** The click's own move already happened (Teams resent it, or its answer was lost). */
      const from =
        target.fromItemId === '' ? -1 : meeting.agenda.findIndex((i) => i.id === target.fromItemId);
      const arrived =
        (from >= 0 || target.fromItemId === '') &&
        meeting.agenda[from + 1]?.id === meeting.currentItemId;
      return { meeting, moved: false, ...(arrived && { arrived }) };
    }
    const index = meeting.agenda.findIndex((i) => i.id === meeting.currentItemId);
    item = meeting.agenda[index + 1];
    if (item === undefined)
      throw new DomainError('CONFLICT', 'This is the last item on the agenda.');
  }
  if (item.id === meeting.currentItemId) return { meeting, moved: false };
  return { meeting: { ...meeting, currentItemId: item.id }, moved: true };
};
