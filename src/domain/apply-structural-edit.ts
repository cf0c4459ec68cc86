import type { ItemRenumbering, Meeting, StructuralEdit } from './meeting.js';
import { moveAgendaItem } from './move-agenda-item.js';
import { removeAgendaItem } from './remove-agenda-item.js';

/** A move or removal of `itemId`, on the agenda as it is. */
export const applyStructuralEdit = (
  meeting: Meeting,
  op: StructuralEdit,
  itemId: string,
  recorded: ReadonlySet<string>,
): { meeting: Meeting; renumbered: ItemRenumbering[] } =>
  op === 'remove'
    ? removeAgendaItem(meeting, itemId, recorded)
    : moveAgendaItem(meeting, itemId, op, recorded);
