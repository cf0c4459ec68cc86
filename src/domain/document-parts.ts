import type { Action } from './action.js';
import type { Board } from './board.js';
import type { Meeting } from './meeting.js';

/** The documents a user's change writes, and `undo` puts back. */
export type PartedDocument =
  | { kind: 'board'; document: Board }
  | { kind: 'meeting'; document: Meeting }
  | { kind: 'action'; document: Action };

export type DocumentKind = PartedDocument['kind'];

/**
 * A document split into parts with stable keys: a note by its id, a member by theirs, an agenda
 * item without its notes, a register row by member, a scalar field. Keys starting `order:` hold the
 * order of a list (ids), which `undo` merges rather than compares.
 */
export type Parts = Map<string, unknown>;

/** One part a change touched; an absent side means the part did not exist. */
export type PartChange = { key: string; before?: unknown; after?: unknown };

export const ORDER = 'order:';
export const isOrderKey = (key: string): boolean => key.startsWith(ORDER);

/** Fields kept from the current document whatever a change did: identity and bookkeeping. */
export const KEPT_FIELDS: Record<DocumentKind, readonly string[]> = {
  board: ['id', 'tenantId', 'createdAt', 'createdBy', 'updatedAt'],
  meeting: ['id', 'boardId', 'tenantId', 'createdAt', 'updatedAt', 'revision', 'lastAgendaChange'],
  action: ['id', 'boardId', 'tenantId', 'updatedAt', 'revision'],
};

/** Nested lists that become parts of their own. */
const LISTED: Record<DocumentKind, readonly string[]> = {
  board: ['members', 'agencies'],
  meeting: ['agenda', 'attendance', 'interests'],
  action: ['history'],
};

const fieldsOf = (kind: DocumentKind, doc: object, parts: Parts): void => {
  for (const [name, value] of Object.entries(doc)) {
    if (value === undefined || KEPT_FIELDS[kind].includes(name) || LISTED[kind].includes(name))
      continue;
    parts.set(`${kind}.${name}`, value);
  }
};

const listOf = <T>(parts: Parts, name: string, items: readonly T[], idOf: (t: T) => string) => {
  parts.set(`${ORDER}${name}`, items.map(idOf));
  for (const item of items) parts.set(`${name}:${idOf(item)}`, item);
};

/** A note or decision with where it sits: moving it to another item changes its part. */
export type EntryPart = { itemId: string; list: 'notes' | 'decisions'; entry: unknown };

const meetingParts = (meeting: Meeting, parts: Parts): void => {
  parts.set(
    `${ORDER}item`,
    meeting.agenda.map((i) => i.id),
  );
  for (const item of meeting.agenda) {
    const { notes, decisions, ...rest } = item;
    parts.set(`item:${item.id}`, rest);
    for (const [list, entries] of [
      ['notes', notes],
      ['decisions', decisions],
    ] as const) {
      parts.set(
        `${ORDER}${list}:${item.id}`,
        entries.map((e) => e.id),
      );
      for (const entry of entries)
        parts.set(`entry:${entry.id}`, { itemId: item.id, list, entry } satisfies EntryPart);
    }
  }
  /** Each declaration of interest is a part: undoing one keeps those declared since. */
  if (meeting.interests !== undefined) listOf(parts, 'interest', meeting.interests, (i) => i.id);
  if (meeting.attendance === undefined) return;
  const { records, guests, visitors, ...rest } = meeting.attendance;
  for (const [name, value] of Object.entries(rest))
    if (value !== undefined) parts.set(`attendance.${name}`, value);
  listOf(parts, 'record', records, (r) => r.memberId);
  listOf(parts, 'guest', guests, (g) => g.id);
  /** People joining the Teams meeting are added as they come: each is a part of their own. */
  listOf(parts, 'visitor', visitors, (v) => v.aadObjectId);
};

/** The parts of a document (domain rule: see `Parts`). */
export const partsOf = (doc: PartedDocument): Parts => {
  const parts: Parts = new Map();
  fieldsOf(doc.kind, doc.document, parts);
  switch (doc.kind) {
    case 'board':
      listOf(parts, 'member', doc.document.members, (m) => m.id);
      listOf(parts, 'agency', doc.document.agencies, (a) => a.code);
      break;
    case 'meeting':
      meetingParts(doc.document, parts);
      break;
    case 'action':
      doc.document.history.forEach((event, n) => parts.set(`history:${n}`, event));
      break;
  }
  return parts;
};

/** JSON with sorted keys: equal documents give equal text whatever their key order. */
export const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  ) ?? 'undefined';

export const samePart = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);

/**
 * The parts a change touched, with their value before and after: what the audit keeps, so an entry
 * stays small however large the document. `before` absent: the document was created.
 */
export const diffParts = (
  before: PartedDocument | undefined,
  after: PartedDocument,
): PartChange[] => {
  const was = before === undefined ? new Map<string, unknown>() : partsOf(before);
  const now = partsOf(after);
  const changes: PartChange[] = [];
  for (const key of new Set([...was.keys(), ...now.keys()])) {
    const b = was.get(key);
    const a = now.get(key);
    if (samePart(b, a)) continue;
    changes.push({
      key,
      ...(b !== undefined && { before: b }),
      ...(a !== undefined && { after: a }),
    });
  }
  return changes;
};

/** Rebuilds an ordered list from its order part and the item parts, keeping strays at the end. */
export const ordered = <T>(
  parts: Parts,
  name: string,
  keep: (t: T) => boolean = () => true,
): T[] => {
  const order = (parts.get(`${ORDER}${name}`) as string[] | undefined) ?? [];
  const prefix = `${name}:`;
  const ids = [
    ...order,
    ...[...parts.keys()]
      .filter((k) => k.startsWith(prefix))
      .map((k) => k.slice(prefix.length))
      .filter((id) => !order.includes(id)),
  ];
  return [...new Set(ids)]
    .map((id) => parts.get(`${prefix}${id}`) as T | undefined)
    .filter((t): t is T => t !== undefined && keep(t));
};
