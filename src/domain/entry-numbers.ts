import type { AgendaItem, Entry, Meeting } from './meeting.js';

export type EntryKind = 'note' | 'decision';

/** A note or decision with its number and the item it stands under. */
export type NumberedEntry = { kind: EntryKind; number: number; entry: Entry; item: AgendaItem };

const entriesOf = (item: AgendaItem, kind: EntryKind): Entry[] =>
  kind === 'note' ? item.notes : item.decisions;

/** "N3" for note 3, "D2" for decision 2: how cards, lists and replies show an entry's number. */
export const entryLabel = (kind: EntryKind, number: number): string =>
  `${kind === 'note' ? 'N' : 'D'}${number}`;

/**
 * The meeting's notes (or decisions) with their numbers, lowest first. Numbers are per meeting and
 * kind, so "note edit 3" and "decision edit 3" name different entries. An entry keeps its stored
 * number through edits and moves; entries stored before numbering existed are numbered after the
 * highest stored one in the order they were recorded, exactly as `withEntryNumbers` stores them.
 */
export const numberedEntries = (meeting: Meeting, kind: EntryKind): NumberedEntry[] => {
  const all = meeting.agenda.flatMap((item, position) =>
    entriesOf(item, kind).map((entry, index) => ({ item, entry, position, index })),
  );
  let next = Math.max(0, ...all.map((e) => e.entry.number ?? 0));
  const unnumbered = all
    .filter((e) => e.entry.number === undefined)
    .sort(
      (a, b) => a.entry.at.localeCompare(b.entry.at) || a.position - b.position || a.index - b.index,
    );
  const given = new Map(unnumbered.map((e) => [e.entry, (next += 1)]));
  return all
    .map(({ item, entry }) => ({ kind, item, entry, number: entry.number ?? given.get(entry) ?? 0 }))
    .sort((a, b) => a.number - b.number);
};

/** The number the next note (or decision) of the meeting gets: never one given before. */
export const nextEntryNumber = (meeting: Meeting, kind: EntryKind): number =>
  Math.max(
    meeting.entryNumbers?.[kind] ?? 0,
    ...numberedEntries(meeting, kind).map((e) => e.number),
  ) + 1;

/**
 * Stores every entry's number and the highest given, so numbers stay as they were shown once an
 * entry is removed (a later "note edit 5" still means the note the card showed as N5).
 */
export const withEntryNumbers = (meeting: Meeting): Meeting => {
  const numbers = new Map<Entry, number>();
  const highest = { note: 0, decision: 0 };
  for (const kind of ['note', 'decision'] as const)
    for (const e of numberedEntries(meeting, kind)) {
      numbers.set(e.entry, e.number);
      highest[kind] = Math.max(highest[kind], e.number);
    }
  const stamp = (entry: Entry): Entry =>
    entry.number === undefined ? { ...entry, number: numbers.get(entry) ?? 0 } : entry;
  return {
    ...meeting,
    agenda: meeting.agenda.map((item) => ({
      ...item,
      notes: item.notes.map(stamp),
      decisions: item.decisions.map(stamp),
    })),
    entryNumbers: {
      note: Math.max(meeting.entryNumbers?.note ?? 0, highest.note),
      decision: Math.max(meeting.entryNumbers?.decision ?? 0, highest.decision),
    },
  };
};

/** An entry's number as the meeting shows it (stored, or as `numberedEntries` gives it). */
export const entryNumberOf = (meeting: Meeting, kind: EntryKind, entry: Entry): number =>
  entry.number ?? numberedEntries(meeting, kind).find((e) => e.entry === entry)?.number ?? 0;
