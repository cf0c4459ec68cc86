import { describe, expect, it } from 'vitest';
import { addAgendaItem } from '../../src/domain/add-agenda-item.js';
import { addEntry } from '../../src/domain/add-entry.js';
import type { EntryCorrection, EntryRef } from '../../src/domain/correct-entry.js';
import { correctEntry, correctionSaid } from '../../src/domain/correct-entry.js';
import type { EntryKind } from '../../src/domain/entry-numbers.js';
import {
  nextEntryNumber,
  numberedEntries,
  withEntryNumbers,
} from '../../src/domain/entry-numbers.js';
import { findItem } from '../../src/domain/find-item.js';
import { boardId, meetingId, tenantId } from '../../src/domain/ids.js';
import type { Meeting } from '../../src/domain/meeting.js';
import { newMeeting } from '../../src/domain/new-meeting.js';

let n = 0;
const newId = (): string => `i${(n += 1)}`;

/** Items 1 and 2 of the Havering executive of 13 July 2022, with their notes and decisions. */
const havering = (): Meeting => {
  let m = newMeeting({
    id: meetingId('m1'),
    boardId: boardId('b1'),
    tenantId: tenantId('t1'),
    title: 'Executive Planning Meeting',
    date: '2022-07-13',
    timeZone: 'Europe/London',
    now: new Date('2022-07-01T09:00:00Z'),
    newId,
  });
  m = addAgendaItem(m, { title: 'Memorandum of Understanding', presenters: [] }, newId()).meeting;
  m = addAgendaItem(m, { title: 'Training', presenters: [] }, newId()).meeting;
  const entry = (kind: EntryKind, item: string, text: string, at: string): void => {
    m = addEntry(
      m,
      kind,
      { id: newId(), text, at, by: 'aad-em', subjectToRatification: false },
      findItem(m, item)!.id,
    );
  };
  entry('note', '1', 'BB presented the Document.', '2022-07-13T13:05:00Z');
  entry(
    'note',
    '1',
    'KC- the ICS Adult Safeguarding Lead was beginning in Aug.',
    '2022-07-13T13:06:00Z',
  );
  entry(
    'decision',
    '1',
    "This was agreed by the meeting, subject to RS' views.",
    '2022-07-13T13:07:00Z',
  );
  entry('note', '2', 'EM highlighted training cancellations.', '2022-07-13T13:20:00Z');
  entry(
    'decision',
    '2',
    'The group agreed for the cancellation charge to be levied.',
    '2022-07-13T13:21:00Z',
  );
  return m;
};

const listed = (m: Meeting, kind: EntryKind): string[] =>
  numberedEntries(m, kind).map((e) => `${e.number}@${e.item.number}`);

describe('entry numbers', () => {
  it('number notes and decisions per meeting and kind, in the order recorded', () => {
    const m = havering();
    expect(listed(m, 'note')).toEqual(['1@1', '2@1', '3@2']);
    expect(listed(m, 'decision')).toEqual(['1@1', '2@2']);
    expect(nextEntryNumber(m, 'note')).toBe(4);
  });

  it('number entries stored before numbering by when they were recorded, and store those numbers', () => {
    const m = havering();
    const legacy: Meeting = {
      ...m,
      entryNumbers: undefined,
      agenda: m.agenda.map((i) => ({
        ...i,
        notes: [...i.notes].reverse().map(({ number: _n, ...e }) => e),
      })),
    };
    expect(listed(legacy, 'note')).toEqual(['1@1', '2@1', '3@2']);
    const stamped = withEntryNumbers(legacy);
    expect(stamped.agenda.flatMap((i) => i.notes.map((e) => e.number))).toEqual([2, 1, 3]);
    expect(stamped.entryNumbers).toEqual({ note: 3, decision: 2 });
  });
});

describe('correctEntry', () => {
  it.each<[string, EntryKind, EntryRef, EntryCorrection, string[], string]>([
    [
      'edit note 2',
      'note',
      { number: 2 },
      { op: 'edit', text: 'KC: began in August.' },
      ['1@1', '2@1', '3@2'],
      'note 2 on item 1 edited',
    ],
    [
      'remove note 2',
      'note',
      { number: 2 },
      { op: 'remove' },
      ['1@1', '3@2'],
      'note 2 on item 1 removed',
    ],
    [
      'remove the last note',
      'note',
      'last',
      { op: 'remove' },
      ['1@1', '2@1'],
      'note 3 on item 2 removed',
    ],
    [
      'move note 1 to item 2',
      'note',
      { number: 1 },
      { op: 'move', toItem: '2' },
      ['1@2', '2@1', '3@2'],
      'note 1 moved from item 1 to item 2',
    ],
    [
      'move decision 2 to item 1',
      'decision',
      { number: 2 },
      { op: 'move', toItem: '1' },
      ['1@1', '2@1'],
      'decision 2 moved from item 2 to item 1',
    ],
  ])('%s', (_case, kind, ref, correction, after, said) => {
    const result = correctEntry(havering(), { kind, ref, correction });
    expect(result.changed).toBe(true);
    expect(listed(result.meeting, kind)).toEqual(after);
    expect(correctionSaid(result, correction.op)).toBe(said);
  });

  it('keeps a moved entry in number order under its new item', () => {
    const moved = correctEntry(havering(), {
      kind: 'note',
      ref: { number: 3 },
      correction: { op: 'move', toItem: '1' },
    }).meeting;
    expect(findItem(moved, '1')!.notes.map((e) => e.number)).toEqual([1, 2, 3]);
  });

  it('never gives a removed number again, nor shifts the others', () => {
    const removed = correctEntry(havering(), {
      kind: 'note',
      ref: 'last',
      correction: { op: 'remove' },
    }).meeting;
    expect(nextEntryNumber(removed, 'note')).toBe(4);
    const added = addEntry(
      removed,
      'note',
      {
        id: 'new',
        text: 'LB wished to look at professional decision making.',
        at: '2022-07-13T13:25:00Z',
        by: 'x',
        subjectToRatification: false,
      },
      findItem(removed, '2')!.id,
    );
    expect(listed(added, 'note')).toEqual(['1@1', '2@1', '4@2']);
    expect(() =>
      correctEntry(added, { kind: 'note', ref: { number: 3 }, correction: { op: 'remove' } }),
    ).toThrow(/N3 has been removed already/);
  });

  it.each<[string, EntryCorrection]>([
    ['the same words', { op: 'edit', text: 'BB presented the Document.' }],
    ['the item it is under', { op: 'move', toItem: '1' }],
  ])('changes nothing for %s', (_case, correction) => {
    const m = havering();
    const result = correctEntry(m, { kind: 'note', ref: { number: 1 }, correction });
    expect(result.changed).toBe(false);
  });

  it.each<[string, EntryKind, EntryRef, EntryCorrection, RegExp]>([
    ['a number never given', 'note', { number: 9 }, { op: 'remove' }, /has no note 9/],
    ['an empty edit', 'note', { number: 1 }, { op: 'edit', text: '  ' }, /new words/],
    [
      'an item not on the agenda',
      'decision',
      { number: 1 },
      { op: 'move', toItem: '7' },
      /no item "7"/,
    ],
    [
      'a card’s entry removed since',
      'note',
      { entryId: 'gone' },
      { op: 'edit', text: 'x' },
      /removed already/,
    ],
  ])('refuses %s', (_case, kind, ref, correction, message) => {
    expect(() => correctEntry(havering(), { kind, ref, correction })).toThrow(message);
  });
});
