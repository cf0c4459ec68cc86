import type { Action, ActionEvent } from './action.js';
import type { Agency, Board, Member } from './board.js';
import type { Attendance, AttendanceRecord, Guest, Visitor } from './attendance.js';
import type { EntryPart, PartChange, PartedDocument, Parts } from './document-parts.js';
import { isOrderKey, KEPT_FIELDS, ordered, partsOf, samePart } from './document-parts.js';
import type { AgendaItem, Entry, Interest, Meeting } from './meeting.js';

const fields = (kind: string, parts: Parts): Record<string, unknown> =>
  Object.fromEntries(
    [...parts]
      .filter(([key]) => key.startsWith(`${kind}.`))
      .map(([key, value]) => [key.slice(kind.length + 1), value]),
  );

const kept = (doc: PartedDocument): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(doc.document).filter(([name]) => KEPT_FIELDS[doc.kind].includes(name)),
  );

const entriesOf = (parts: Parts, itemId: string, list: EntryPart['list']): Entry[] => {
  const here = [...parts]
    .filter(([key, v]) => {
      const part = v as EntryPart;
      return key.startsWith('entry:') && part.itemId === itemId && part.list === list;
    })
    .map(([key]) => key.slice('entry:'.length));
  const order = (parts.get(`order:${list}:${itemId}`) as string[] | undefined) ?? [];
  return [...new Set([...order.filter((id) => here.includes(id)), ...here])].map(
    (id) => (parts.get(`entry:${id}`) as EntryPart).entry as Entry,
  );
};

const attendanceOf = (parts: Parts): Attendance | undefined =>
  parts.has('order:record')
    ? {
        ...fields('attendance', parts),
        records: ordered<AttendanceRecord>(parts, 'record'),
        guests: ordered<Guest>(parts, 'guest'),
        visitors: ordered<Visitor>(parts, 'visitor'),
      }
    : undefined;

/** The document its parts describe, keeping `current`'s identity and bookkeeping fields. */
export const assembleParts = <D extends PartedDocument>(
  current: D,
  parts: Parts,
): D['document'] => {
  const base = { ...fields(current.kind, parts), ...kept(current) };
  switch (current.kind) {
    case 'board':
      return {
        ...base,
        members: ordered<Member>(parts, 'member'),
        agencies: ordered<Agency>(parts, 'agency'),
      } as Board;
    case 'meeting': {
      const attendance = attendanceOf(parts);
      return {
        ...base,
        agenda: ordered<Omit<AgendaItem, 'notes' | 'decisions'>>(parts, 'item').map((item) => ({
          ...item,
          notes: entriesOf(parts, item.id, 'notes'),
          decisions: entriesOf(parts, item.id, 'decisions'),
        })),
        ...(attendance !== undefined && { attendance }),
        ...(parts.has('order:interest') && { interests: ordered<Interest>(parts, 'interest') }),
      } as Meeting;
    }
    case 'action':
      return {
        ...base,
        history: [...parts]
          .filter(([key]) => key.startsWith('history:'))
          .sort(([a], [b]) => Number(a.slice(8)) - Number(b.slice(8)))
          .map(([, event]) => event as ActionEvent),
      } as Action;
  }
};

/**
 * Puts a list's order back: exactly as it was if nobody reordered it since; otherwise the ids the
 * change added are taken out and those it removed go back next to the ids they stood by.
 */
export const mergeOrder = (current: string[], before: string[], after: string[]): string[] => {
  if (samePart(current, after)) return before;
  const result = current.filter((id) => before.includes(id) || !after.includes(id));
  before.forEach((id, index) => {
    if (after.includes(id) || result.includes(id)) return;
    const previous = before
      .slice(0, index)
      .reverse()
      .find((p) => result.includes(p));
    const next = before.slice(index + 1).find((n) => result.includes(n));
    const at =
      previous !== undefined
        ? result.indexOf(previous) + 1
        : next !== undefined
          ? result.indexOf(next)
          : result.length;
    result.splice(at, 0, id);
  });
  return result;
};

export type RevertResult<D extends PartedDocument> =
  | { kind: 'reverted'; document: D['document'] }
  /** Every part already is as it was before the change (it was undone already). */
  | { kind: 'unchanged' }
  /** Parts changed since by another change: undo that first. */
  | { kind: 'conflict'; keys: string[] };

/**
 * Reverts a recorded change on the document as it is now, part by part: a part still as the change
 * left it goes back to its value before (absent: removed); a part already back is left alone; a
 * part anyone changed since is a conflict, and nothing is reverted. Orders are merged.
 */
export const revertParts = <D extends PartedDocument>(
  current: D,
  changes: readonly PartChange[],
): RevertResult<D> => {
  const parts = partsOf(current);
  const conflicts: string[] = [];
  let changed = false;
  const put = (key: string, value: unknown): void => {
    if (samePart(parts.get(key), value)) return;
    changed = true;
    if (value === undefined) parts.delete(key);
    else parts.set(key, value);
  };
  for (const change of changes) {
    const now = parts.get(change.key);
    if (isOrderKey(change.key)) {
      const merged = mergeOrder(
        (now as string[] | undefined) ?? [],
        (change.before as string[] | undefined) ?? [],
        (change.after as string[] | undefined) ?? [],
      );
      put(change.key, change.before === undefined && merged.length === 0 ? undefined : merged);
    } else if (samePart(now, change.after)) put(change.key, change.before);
    else if (!samePart(now, change.before)) conflicts.push(change.key);
  }
  if (conflicts.length > 0) return { kind: 'conflict', keys: conflicts };
  if (!changed) return { kind: 'unchanged' };
  return { kind: 'reverted', document: assembleParts(current, parts) };
};
