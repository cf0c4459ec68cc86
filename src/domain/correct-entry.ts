import { DomainError } from './domain-error.js';
import type { EntryKind, NumberedEntry } from './entry-numbers.js';
import { entryLabel, numberedEntries, withEntryNumbers } from './entry-numbers.js';
import { requireItem } from './find-item.js';
import type { AgendaItem, Entry, Meeting } from './meeting.js';

export type EntryCorrection =
  { op: 'edit'; text: string } | { op: 'remove' } | { op: 'move'; toItem: string };

/** Which entry: its number ("3", "last" of the kind) or its id (a card names the entry it showed). */
export type EntryRef = { number: number } | 'last' | { entryId: string };

export type CorrectedEntry = {
  meeting: Meeting;
  kind: EntryKind;
  number: number;
  /** Where the entry stood before the correction. */
  item: AgendaItem;
  /** Where a moved entry stands now. */
  toItem?: AgendaItem;
  /** False when the meeting already reads so (a repeated edit or move): nothing to write. */
  changed: boolean;
};

const KIND_WORD: Record<EntryKind, string> = { note: 'note', decision: 'decision' };

/** "note 3 on item 4 edited": what was done, with numbers only (never the entry's words). */
export const correctionSaid = (c: Omit<CorrectedEntry, 'meeting' | 'changed'>, op: EntryCorrection['op']): string =>
  op === 'move'
    ? `${KIND_WORD[c.kind]} ${c.number} moved from item ${c.item.number} to item ${c.toItem?.number ?? '?'}`
    : `${KIND_WORD[c.kind]} ${c.number} on item ${c.item.number} ${op === 'edit' ? 'edited' : 'removed'}`;

const findEntry = (meeting: Meeting, kind: EntryKind, ref: EntryRef): NumberedEntry => {
  const entries = numberedEntries(meeting, kind);
  const found =
    ref === 'last'
      ? entries.at(-1)
      : 'entryId' in ref
        ? entries.find((e) => e.entry.id === ref.entryId)
        : entries.find((e) => e.number === ref.number);
  if (found !== undefined) return found;
  const given = meeting.entryNumbers?.[kind] ?? 0;
  if (ref === 'last')
    throw new DomainError('NOT_FOUND', `${meeting.title} has no ${kind}s to correct.`);
  if ('entryId' in ref)
    throw new DomainError('NOT_FOUND', `That ${kind} has been removed already.`);
  throw new DomainError(
    'NOT_FOUND',
    ref.number >= 1 && ref.number <= given
      ? `${entryLabel(kind, ref.number)} has been removed already.`
      : `${meeting.title} has no ${kind} ${ref.number}. Type "notes" to see them numbered.`,
  );
};

const replaceIn = (
  item: AgendaItem,
  kind: EntryKind,
  change: (entries: Entry[]) => Entry[],
): AgendaItem =>
  kind === 'note'
    ? { ...item, notes: change(item.notes) }
    : { ...item, decisions: change(item.decisions) };

/** Keeps an item's entries in number order when one moves in. */
const byNumber = (a: Entry, b: Entry): number => (a.number ?? 0) - (b.number ?? 0);

/**
 * Edits, removes or moves one note or decision. Numbers are stamped first (withEntryNumbers), so
 * every other entry keeps the number it was shown with; a removed number is not given again, and a
 * moved entry keeps its number under its new item. An edit to the same words, or a move to the
 * item it is under, changes nothing.
 */
export const correctEntry = (
  meeting: Meeting,
  input: { kind: EntryKind; ref: EntryRef; correction: EntryCorrection },
): CorrectedEntry => {
  const { kind, correction } = input;
  const numbered = withEntryNumbers(meeting);
  const target = findEntry(numbered, kind, input.ref);
  const { entry, item, number } = target;
  const base = { kind, number, item };
  switch (correction.op) {
    case 'edit': {
      const text = correction.text.trim();
      if (text === '')
        throw new DomainError('INVALID_INPUT', `Write the ${kind}'s new words after its number.`);
      if (text.length > 4000)
        throw new DomainError('INVALID_INPUT', `That ${kind} is too long (4,000 characters at most).`);
      if (text === entry.text) return { ...base, meeting: numbered, changed: false };
      return {
        ...base,
        changed: true,
        meeting: {
          ...numbered,
          agenda: numbered.agenda.map((i) =>
            i.id !== item.id
              ? i
              : replaceIn(i, kind, (es) => es.map((e) => (e.id === entry.id ? { ...e, text } : e))),
          ),
        },
      };
    }
    case 'remove':
      return {
        ...base,
        changed: true,
        meeting: {
          ...numbered,
          agenda: numbered.agenda.map((i) =>
            i.id !== item.id ? i : replaceIn(i, kind, (es) => es.filter((e) => e.id !== entry.id)),
          ),
        },
      };
    case 'move': {
      const toItem = requireItem(numbered, correction.toItem);
      if (toItem.id === item.id) return { ...base, toItem, meeting: numbered, changed: false };
      const moved = numbered.agenda.map((i) =>
        i.id === item.id
          ? replaceIn(i, kind, (es) => es.filter((e) => e.id !== entry.id))
          : i.id === toItem.id
            ? replaceIn(i, kind, (es) => [...es, entry].sort(byNumber))
            : i,
      );
      return {
        ...base,
        changed: true,
        meeting: { ...numbered, agenda: moved },
        toItem: moved.find((i) => i.id === toItem.id) ?? toItem,
      };
    }
  }
};
