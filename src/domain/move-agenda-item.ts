import { DomainError } from './domain-error.js';
import { requireItem } from './find-item.js';
import type { AgendaItem, ItemRenumbering, Meeting } from './meeting.js';
import { OUT_OF_ORDER, RECORDED, recordedItemIds, renumberAgenda } from './number-agenda.js';

/**
 * Moves an item one place up or down among its siblings (top-level items, or the sub-items of one
 * parent); sub-items travel with their parent. Numbers follow the new order, except that recorded
 * items keep theirs: a move that would need to renumber one is refused.
 */
export const moveAgendaItem = (
  meeting: Meeting,
  itemId: string,
  direction: 'up' | 'down',
  recorded: ReadonlySet<string> = recordedItemIds(meeting),
): { meeting: Meeting; renumbered: ItemRenumbering[] } => {
  const item = requireItem(meeting, itemId);
  const edge = (): never => {
    throw new DomainError(
      'CONFLICT',
      `Item ${item.number} is already ${direction === 'up' ? 'first' : 'last'}.`,
    );
  };
  const changed = (agenda: AgendaItem[]) => renumberAgenda(meeting, agenda, recorded);
  if (item.parentId === undefined) {
    const blocks: AgendaItem[][] = [];
    for (const i of meeting.agenda) {
      if (i.parentId !== undefined && blocks.length > 0) blocks.at(-1)?.push(i);
      else blocks.push([i]);
    }
    const index = blocks.findIndex((b) => b[0]?.id === item.id);
    const target = direction === 'up' ? index - 1 : index + 1;
    if (target < 0 || target >= blocks.length) return edge();
    const swapped = [...blocks];
    [swapped[index], swapped[target]] = [
      swapped[target] as AgendaItem[],
      swapped[index] as AgendaItem[],
    ];
    return changed(swapped.flat());
  }
  const siblings = meeting.agenda.filter((i) => i.parentId === item.parentId);
  const index = siblings.findIndex((i) => i.id === item.id);
  const other = siblings[direction === 'up' ? index - 1 : index + 1];
  if (other === undefined) return edge();
  const held = [item, other].find((i) => recorded.has(i.id));
  if (held !== undefined) {
    throw new DomainError(
      'CONFLICT',
      `Item ${held.number} ${RECORDED} and keeps its number, so items ${item.number} and ${other.number} cannot change places. ${OUT_OF_ORDER}`,
    );
  }
  return changed(
    meeting.agenda.map((i) =>
      i.id === item.id
        ? { ...other, suffix: item.suffix }
        : i.id === other.id
          ? { ...item, suffix: other.suffix }
          : i,
    ),
  );
};
