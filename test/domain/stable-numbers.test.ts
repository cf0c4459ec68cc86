import { describe, expect, it } from 'vitest';
import { boardId, meetingId, tenantId } from '../../src/domain/ids.js';
import type { ItemRenumbering, Meeting } from '../../src/domain/meeting.js';
import { addAgendaItem } from '../../src/domain/add-agenda-item.js';
import { addEntry } from '../../src/domain/add-entry.js';
import { moveAgendaItem } from '../../src/domain/move-agenda-item.js';
import { newMeeting } from '../../src/domain/new-meeting.js';
import {
  agendaShape,
  recordedItemIds,
  renumberingNeedsConfirmation,
} from '../../src/domain/number-agenda.js';
import { removeAgendaItem } from '../../src/domain/remove-agenda-item.js';
import { startMeetingNow } from '../../src/domain/start-meeting-now.js';

let n = 0;
const newId = (): string => `i${(n += 1)}`;

/** Items by title; `[title, '2a']` is a sub-item; titles in `noted` get a note. */
type Spec = {
  items: readonly (string | readonly [string, string])[];
  noted?: readonly string[];
  running?: boolean;
};

const build = (spec: Spec): Meeting => {
  let m = newMeeting({
    id: meetingId(`m${(n += 1)}`),
    boardId: boardId('b1'),
    tenantId: tenantId('t1'),
    title: 'Executive Planning Meeting',
    date: '2022-07-13',
    start: '14:00',
    timeZone: 'Europe/London',
    now: new Date('2022-07-01T09:00:00Z'),
    newId,
  });
  for (const entry of spec.items) {
    const [title, number] = typeof entry === 'string' ? [entry, undefined] : entry;
    m = addAgendaItem(
      m,
      { title, presenters: [], ...(number !== undefined && { number }) },
      newId(),
    ).meeting;
  }
  for (const title of spec.noted ?? []) {
    const item = m.agenda.find((i) => i.title === title)!;
    const entry = { id: newId(), text: 'Noted', at: '', by: 'x', subjectToRatification: false };
    m = addEntry(m, 'note', entry, item.id);
  }
  return spec.running === false ? m : startMeetingNow(m, new Date('2022-07-13T13:00:00Z'));
};

const idOf = (m: Meeting, title: string): string => m.agenda.find((i) => i.title === title)!.id;
const numbered = (m: Meeting): string[] =>
  m.agenda.filter((i) => i.standing === undefined).map((i) => `${i.number} ${i.title}`);
const changes = (r: readonly ItemRenumbering[]): string[] =>
  r.map((c) => `${c.title} ${c.from}→${c.to}`);

type Row = {
  name: string;
  spec: Spec;
  edit: (m: Meeting) => { meeting: Meeting; renumbered: ItemRenumbering[] };
  after: string[];
  renumbered: string[];
};

const remove = (title: string) => (m: Meeting) => removeAgendaItem(m, idOf(m, title));
const move = (title: string, d: 'up' | 'down') => (m: Meeting) =>
  moveAgendaItem(m, idOf(m, title), d);

const ROWS: Row[] = [
  {
    name: 'removing an item before a recorded one leaves the recorded number where it was',
    spec: {
      items: ['Partnership update', 'Child R rapid review', 'Budget'],
      noted: ['Child R rapid review'],
    },
    edit: remove('Partnership update'),
    after: ['2 Child R rapid review', '3 Budget'],
    renumbered: [],
  },
  {
    name: 'removing an item closes up the unrecorded items after it',
    spec: {
      items: ['Partnership update', 'Training', 'Budget', 'Neglect strategy'],
      noted: ['Partnership update'],
    },
    edit: remove('Training'),
    after: ['1 Partnership update', '2 Budget', '3 Neglect strategy'],
    renumbered: ['Budget 3→2', 'Neglect strategy 4→3'],
  },
  {
    name: 'an unrecorded item before a recorded one takes the first free number',
    spec: {
      items: ['Training', 'Budget', 'Child R rapid review', 'Neglect strategy'],
      noted: ['Child R rapid review'],
    },
    edit: remove('Training'),
    after: ['1 Budget', '3 Child R rapid review', '4 Neglect strategy'],
    renumbered: ['Budget 2→1'],
  },
  {
    name: 'moving unrecorded items swaps their numbers',
    spec: {
      items: ['Partnership update', 'Neglect strategy', 'Child R rapid review'],
      noted: ['Partnership update'],
    },
    edit: move('Neglect strategy', 'down'),
    after: ['1 Partnership update', '2 Child R rapid review', '3 Neglect strategy'],
    renumbered: ['Neglect strategy 2→3', 'Child R rapid review 3→2'],
  },
  {
    name: 'a recorded item moved to the top keeps its number; the one it passed takes the next',
    spec: {
      items: ['Training', 'Child R rapid review', 'Budget'],
      noted: ['Child R rapid review'],
    },
    edit: move('Child R rapid review', 'up'),
    after: ['2 Child R rapid review', '3 Training', '4 Budget'],
    renumbered: ['Training 1→3', 'Budget 3→4'],
  },
  {
    name: 'moving a standing item renumbers nothing',
    spec: { items: ['Training', 'Budget'], noted: ['Training'] },
    edit: (m) => moveAgendaItem(m, m.agenda.find((i) => i.standing === 'aob')!.id, 'up'),
    after: ['1 Training', '2 Budget'],
    renumbered: [],
  },
  {
    name: 'sub-items of a recorded item keep their numbers when an earlier item goes',
    spec: {
      items: ['Training', 'London Board update', ['Child death review', '2.1'], 'Budget'],
      noted: ['Child death review'],
    },
    edit: remove('Training'),
    after: ['2 London Board update', '2.1 Child death review', '3 Budget'],
    renumbered: [],
  },
  {
    name: 'adding mid-meeting takes the next number, even with AOB moved up',
    spec: { items: ['Training', 'Budget'], noted: ['Training'] },
    edit: (m) => {
      const aobUp = moveAgendaItem(m, m.agenda.find((i) => i.standing === 'aob')!.id, 'up');
      const again = moveAgendaItem(
        aobUp.meeting,
        aobUp.meeting.agenda.find((i) => i.standing === 'aob')!.id,
        'up',
      );
      return addAgendaItem(
        again.meeting,
        { title: 'Child R rapid review', presenters: [], confidential: true },
        newId(),
      );
    },
    after: ['1 Training', '2 Budget', '3 Child R rapid review'],
    renumbered: [],
  },
  {
    name: 'adding a sub-item to a recorded item renumbers nothing',
    spec: { items: ['Training', 'Budget'], noted: ['Training', 'Budget'] },
    edit: (m) =>
      addAgendaItem(m, { title: 'Cancellation charges', presenters: [], number: '1a' }, newId()),
    after: ['1 Training', '1a Cancellation charges', '2 Budget'],
    renumbered: [],
  },
];

describe('stable item numbers (issue 16)', () => {
  it.each(ROWS.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    const result = row.edit(build(row.spec));
    expect([numbered(result.meeting), changes(result.renumbered)]).toEqual([
      row.after,
      row.renumbered,
    ]);
  });

  it.each([
    [
      'a recorded item cannot be removed',
      { items: ['Training', 'Budget'], noted: ['Budget'] },
      remove('Budget'),
      'Item 2 already has notes, decisions or actions recorded, so it stays on the agenda.',
    ],
    [
      'an item whose sub-item is recorded cannot be removed',
      {
        items: ['London Board update', ['Child death review', '1a']],
        noted: ['Child death review'],
      },
      remove('London Board update'),
      'Item 1a already has notes',
    ],
    [
      'two recorded items cannot change places',
      { items: ['Training', 'Budget'], noted: ['Training', 'Budget'] },
      move('Budget', 'up'),
      'Items 1 and 2 both have notes, decisions or actions recorded and keep their numbers, so item 2 cannot go before item 1.',
    ],
    [
      'no number is left between two recorded items',
      { items: ['Training', 'Budget', 'Neglect strategy'], noted: ['Training', 'Budget'] },
      move('Neglect strategy', 'up'),
      'Item 2 already has notes, decisions or actions recorded and keeps its number, so no number is left for item 3 before it.',
    ],
    [
      'a recorded sub-item keeps its letter',
      { items: ['Training', ['Cancellations', '1a'], ['Charges', '1b']], noted: ['Charges'] },
      move('Charges', 'up'),
      'Item 1b already has notes, decisions or actions recorded and keeps its number, so items 1b and 1a cannot change places.',
    ],
  ] as const)('%s', (_name, spec, edit, message) => {
    const m = build(spec);
    const shape = agendaShape(m);
    expect(() => edit(m)).toThrow(message);
    expect(agendaShape(m)).toBe(shape);
  });

  it('actions captured under an item and attendance noted against it pin its number', () => {
    const m = build({ items: ['Training', 'Budget', 'Neglect strategy', 'Child R rapid review'] });
    const withGuest: Meeting = {
      ...m,
      attendance: {
        records: [],
        visitors: [],
        guests: [{ id: 'g1', name: 'Shakira Gordon', forItem: '4' }],
      },
    };
    const recorded = recordedItemIds(withGuest, [idOf(m, 'Budget')]);
    expect([...recorded].sort()).toEqual(
      [idOf(m, 'Budget'), idOf(m, 'Child R rapid review')].sort(),
    );
    const result = removeAgendaItem(withGuest, idOf(m, 'Training'), recorded);
    expect(numbered(result.meeting)).toEqual([
      '2 Budget',
      '3 Neglect strategy',
      '4 Child R rapid review',
    ]);
    expect(() => removeAgendaItem(withGuest, idOf(m, 'Budget'), recorded)).toThrow(
      'Item 2 already has notes',
    );
  });

  it.each([
    ['planned: a draft agenda renumbers freely', false, 'Training', false],
    ['running: a renumbering is put to the chair', true, 'Training', true],
    ['running: nothing renumbered, nothing to confirm', true, 'Budget', false],
  ] as const)('%s', (_name, running, title, asks) => {
    const m = build({ items: ['Training', 'Budget'], running });
    const { renumbered } = removeAgendaItem(m, idOf(m, title));
    expect(renumberingNeedsConfirmation(m, renumbered)).toBe(asks);
  });
});
