import { DomainError } from './domain-error.js';
import type { AgendaItem, ItemRenumbering, Meeting } from './meeting.js';

/** Why an item keeps its number, in refusals. */
export const RECORDED = 'already has notes, decisions or actions recorded';
export const OUT_OF_ORDER = 'To take an item out of order, say "item ‹number›".';

/**
 * Gives top-level items 1, 2, 3… in order and sub-items their parent's number plus suffix. Items in
 * `pinned` keep the number they have (their notes, decisions and action references cite it); the
 * others take the lowest number after the item before them. Refuses an order the pinned numbers
 * cannot follow rather than renumber a recorded item.
 */
export const numberAgenda = (
  items: readonly AgendaItem[],
  pinned: ReadonlyMap<string, string> = new Map(),
): AgendaItem[] => {
  const tops = items.filter((i) => i.standing === undefined && i.parentId === undefined);
  const numbers = new Map<string, string>();
  let last = 0;
  let lastPinned: AgendaItem | undefined;
  tops.forEach((item, index) => {
    const kept = pinned.get(item.id);
    if (kept !== undefined) {
      if (Number(kept) <= last) {
        const earlier = lastPinned?.number ?? '';
        throw new DomainError(
          'CONFLICT',
          `Items ${kept} and ${earlier} both have notes, decisions or actions recorded and keep their numbers, so item ${earlier} cannot go before item ${kept}. ${OUT_OF_ORDER}`,
        );
      }
      last = Number(kept);
      lastPinned = item;
      numbers.set(item.id, kept);
      return;
    }
    const next = tops.slice(index + 1).find((t) => pinned.has(t.id));
    const nextNumber = next === undefined ? undefined : pinned.get(next.id);
    if (nextNumber !== undefined && Number(nextNumber) <= last + 1) {
      throw new DomainError(
        'CONFLICT',
        `Item ${nextNumber} ${RECORDED} and keeps its number, so no number is left for ${item.number === '' ? 'a new item' : `item ${item.number}`} before it. ${OUT_OF_ORDER}`,
      );
    }
    last += 1;
    numbers.set(item.id, String(last));
  });
  return items.map((item) => {
    if (item.standing !== undefined) return item;
    if (item.parentId === undefined)
      return { ...item, number: numbers.get(item.id) ?? item.number };
    return { ...item, number: `${numbers.get(item.parentId) ?? '?'}${item.suffix ?? ''}` };
  });
};

/**
 * Items whose numbers are on the record: notes, decisions, actions captured under them
 * (`actionItemIds`: their references read "dd.mm.yy ref <item>.<n>"), and attendance noted
 * against them ("attending for item 3", "arrived at item 2").
 */
export const recordedItemIds = (
  meeting: Meeting,
  actionItemIds: Iterable<string> = [],
): Set<string> => {
  const recorded = new Set<string>(actionItemIds);
  const attendance = meeting.attendance;
  const cited = new Set<string>([
    ...(attendance?.guests ?? []).flatMap((g) => (g.forItem === undefined ? [] : [g.forItem])),
    ...(attendance?.records ?? []).flatMap((r) =>
      [r.late?.atItem, r.leftEarly?.atItem].filter((n): n is string => n !== undefined),
    ),
  ]);
  for (const item of meeting.agenda) {
    if (item.notes.length > 0 || item.decisions.length > 0 || cited.has(item.number))
      recorded.add(item.id);
  }
  return recorded;
};

/** Numbers that must not change: recorded items, and the parents of recorded sub-items. */
const pinnedNumbers = (meeting: Meeting, recorded: ReadonlySet<string>): Map<string, string> => {
  const pinned = new Map<string, string>();
  for (const item of meeting.agenda) {
    if (!recorded.has(item.id) || item.standing !== undefined) continue;
    const top =
      item.parentId === undefined ? item : meeting.agenda.find((i) => i.id === item.parentId);
    if (top !== undefined) pinned.set(top.id, top.number);
  }
  return pinned;
};

/** Which items, present before and after, change number. */
export const renumberingOf = (before: Meeting, after: Meeting): ItemRenumbering[] =>
  before.agenda.flatMap((old) => {
    const now = after.agenda.find((i) => i.id === old.id);
    return now === undefined || now.number === old.number
      ? []
      : [
          {
            itemId: old.id,
            title: old.title,
            confidential: old.confidential,
            from: old.number,
            to: now.number,
          },
        ];
  });

/**
 * Once a meeting has started, people hold its numbers (the printed agenda, "item 3", minutes in
 * progress): any renumbering is put to the chair first. A planned agenda is still a draft.
 */
export const renumberingNeedsConfirmation = (
  meeting: Meeting,
  renumbered: readonly ItemRenumbering[],
): boolean => meeting.status !== 'planned' && renumbered.length > 0;

/** The agenda's order and numbers, to tell whether a confirmation still matches it. */
export const agendaShape = (meeting: Meeting): string =>
  meeting.agenda.map((i) => `${i.id}=${i.number}`).join('|');

/**
 * `agenda` numbered (recorded items of `meeting` keep their numbers) in place of `meeting`'s, with
 * the items that change number.
 */
export const renumberAgenda = (
  meeting: Meeting,
  agenda: readonly AgendaItem[],
  recorded: ReadonlySet<string>,
): { meeting: Meeting; renumbered: ItemRenumbering[] } => {
  const after = { ...meeting, agenda: numberAgenda(agenda, pinnedNumbers(meeting, recorded)) };
  return { meeting: after, renumbered: renumberingOf(meeting, after) };
};
