import { DomainError } from './domain-error.js';
import { requireItem } from './find-item.js';
import type { AgendaItem, ItemRenumbering, Meeting } from './meeting.js';
import { RECORDED, recordedItemIds, renumberAgenda } from './number-agenda.js';

/**
 * Removes an item (and its sub-items); standing items can be removed too. An item with anything
 * recorded stays; the items after it close up, except recorded ones, which keep their numbers.
 */
export const removeAgendaItem = (
  meeting: Meeting,
  ref: string,
  recorded: ReadonlySet<string> = recordedItemIds(meeting),
): { meeting: Meeting; removed: AgendaItem; renumbered: ItemRenumbering[] } => {
  const item = requireItem(meeting, ref);
  const going = meeting.agenda.filter((i) => i.id === item.id || i.parentId === item.id);
  const held = going.find((i) => recorded.has(i.id));
  if (held !== undefined) {
    throw new DomainError(
      'CONFLICT',
      `Item ${held.number} ${RECORDED}, so it stays on the agenda.`,
    );
  }
  const closed = renumberAgenda(
    meeting,
    meeting.agenda.filter((i) => !going.includes(i)),
    recorded,
  );
  const currentItemId = meeting.currentItemId === item.id ? undefined : meeting.currentItemId;
  const { currentItemId: _drop, ...rest } = closed.meeting;
  const after: Meeting = { ...rest, ...(currentItemId !== undefined && { currentItemId }) };
  return { meeting: after, removed: item, renumbered: closed.renumbered };
};
