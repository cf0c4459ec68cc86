import { describe, expect, it } from 'vitest';
import { boardId, meetingId, tenantId } from '../../src/domain/ids.js';
import type { Meeting } from '../../src/domain/meeting.js';
import { activeMeeting } from '../../src/domain/active-meeting.js';
import { addAgendaItem } from '../../src/domain/add-agenda-item.js';
import { addEntry } from '../../src/domain/add-entry.js';
import { findItem } from '../../src/domain/find-item.js';
import { moveAgendaItem } from '../../src/domain/move-agenda-item.js';
import { moveToItem } from '../../src/domain/move-to-item.js';
import { newMeeting } from '../../src/domain/new-meeting.js';
import { isPaperLate } from '../../src/domain/paper-deadline.js';
import { plannedStarts } from '../../src/domain/planned-starts.js';
import { removeAgendaItem } from '../../src/domain/remove-agenda-item.js';
import { renameAgendaItem } from '../../src/domain/rename-agenda-item.js';
import { startMeetingNow } from '../../src/domain/start-meeting-now.js';

let n = 0;
const newId = (): string => `i${(n += 1)}`;

const meeting = (overrides: Partial<Parameters<typeof newMeeting>[0]> = {}): Meeting =>
  newMeeting({
    id: meetingId(`m${(n += 1)}`),
    boardId: boardId('b1'),
    tenantId: tenantId('t1'),
    title: 'Executive Planning Meeting',
    date: '2022-07-13',
    start: '14:00',
    end: '15:00',
    timeZone: 'Europe/London',
    now: new Date('2022-07-01T09:00:00Z'),
    newId,
    ...overrides,
  });

const add = (
  m: Meeting,
  title: string,
  extra: { number?: string; minutes?: number } = {},
): Meeting => addAgendaItem(m, { title, presenters: [], ...extra }, newId()).meeting;

const numbers = (m: Meeting): string[] => m.agenda.map((i) => i.number);

describe('agenda numbering', () => {
  it('starts with the standing items and numbers added items before any other business', () => {
    const m = add(add(add(meeting(), 'MoU'), 'Training'), 'Education as fourth partner');
    expect(numbers(m)).toEqual(['Welcome', 'Minutes', '1', '2', '3', 'AOB', 'Next meeting']);
  });

  it('puts sub-items after their parent and renumbers them with it', () => {
    let m = add(add(meeting(), 'Notes of the last meeting'), 'London Board update');
    m = add(m, 'Child death review', { number: '2.2' });
    m = add(m, 'Child sexual exploitation', { number: '2.3' });
    m = add(m, 'Training', { number: '2a' });
    expect(numbers(m)).toEqual([
      'Welcome',
      'Minutes',
      '1',
      '2',
      '2.2',
      '2.3',
      '2a',
      'AOB',
      'Next meeting',
    ]);
    const first = findItem(m, '1');
    m = removeAgendaItem(m, first!.id).meeting;
    expect(numbers(m)).toEqual([
      'Welcome',
      'Minutes',
      '1',
      '1.2',
      '1.3',
      '1a',
      'AOB',
      'Next meeting',
    ]);
  });

  it.each([
    ['7a', 'is not a sub-item of an existing item'],
    ['AOB', 'is not a sub-item'],
  ])('refuses sub-item %s without a parent', (number, message) => {
    expect(() => add(meeting(), 'X', { number })).toThrow(message);
  });

  it('refuses a duplicate sub-item and bad minutes', () => {
    const m = add(add(meeting(), 'Update'), 'Detail', { number: '1a' });
    expect(() => add(m, 'Again', { number: '1a' })).toThrow('already on the agenda');
    expect(() => add(m, 'Long', { minutes: 0 })).toThrow('whole minutes');
  });

  it('finds items by number, label or alias', () => {
    const m = add(meeting(), 'MoU');
    expect(
      ['1', 'aob', 'AOB', 'any other business', 'minutes', 'next meeting'].map(
        (r) => findItem(m, r)?.number,
      ),
    ).toEqual(['1', 'AOB', 'AOB', 'AOB', 'Minutes', 'Next meeting']);
  });

  it('keeps items with a record on the agenda', () => {
    let m = startMeetingNow(add(meeting(), 'MoU'), new Date());
    m = addEntry(
      m,
      'note',
      { id: 'e1', text: 'Noted', at: '', by: 'x', subjectToRatification: false },
      findItem(m, '1')!.id,
    );
    expect(() => removeAgendaItem(m, findItem(m, '1')!.id)).toThrow('already has notes');
  });
});

describe('editing the agenda', () => {
  it('moves items with their sub-items and renumbers; sub-items keep a, b order', () => {
    let m = add(add(add(meeting(), 'MoU'), 'Training'), 'Budget');
    m = add(m, 'Cancellations', { number: '2a' });
    m = add(m, 'Charges', { number: '2b' });
    m = moveAgendaItem(m, findItem(m, '2')!.id, 'up').meeting;
    expect(m.agenda.map((i) => `${i.number} ${i.title}`)).toEqual([
      'Welcome Welcome, introductions and apologies',
      'Minutes Minutes of the previous meeting, action log and matters arising',
      '1 Training',
      '1a Cancellations',
      '1b Charges',
      '2 MoU',
      '3 Budget',
      'AOB Any other business',
      'Next meeting Date of next meeting',
    ]);
    m = moveAgendaItem(m, findItem(m, '1b')!.id, 'up').meeting;
    expect(m.agenda.slice(2, 5).map((i) => `${i.number} ${i.title}`)).toEqual([
      '1 Training',
      '1a Charges',
      '1b Cancellations',
    ]);
    expect(() => moveAgendaItem(m, findItem(m, 'welcome')!.id, 'up')).toThrow('already first');
    expect(
      renameAgendaItem(m, findItem(m, '3')!.id, 'Budget 2022-23').agenda.find(
        (i) => i.number === '3',
      )?.title,
    ).toBe('Budget 2022-23');
  });
});

describe('timings', () => {
  it('plans each item’s start from the meeting start and the minutes before it', () => {
    const m = add(add(meeting(), 'MoU', { minutes: 20 }), 'Training', { minutes: 10 });
    const starts = plannedStarts(m);
    expect(m.agenda.map((i) => starts.get(i.id))).toEqual([
      '14:00',
      '14:05',
      '14:15',
      '14:35',
      '14:45',
      '14:50',
    ]);
  });
});

describe('paper deadline (7 days before the start, board time)', () => {
  it.each([
    ['2022-07-06T13:00:00Z', false],
    ['2022-07-06T13:00:01Z', true],
    ['2022-07-06T12:59:59Z', false],
  ])('summer meeting: a paper at %s is late: %s', (at, late) => {
    expect(isPaperLate(meeting(), 7, new Date(at))).toBe(late);
  });

  it.each([
    ['2026-03-29', '10:00', '2026-03-22T10:00:00Z', '2026-03-22T10:00:01Z'],
    ['2026-04-02', '10:00', '2026-03-26T10:00:00Z', '2026-03-26T10:00:01Z'],
    ['2026-10-29', '10:00', '2026-10-22T09:00:00Z', '2026-10-22T09:00:01Z'],
    ['2026-03-03', '09:00', '2026-02-24T09:00:00Z', '2026-02-24T09:00:01Z'],
    ['2024-03-06', '09:00', '2024-02-28T09:00:00Z', '2024-02-28T09:00:01Z'],
  ])(
    'a meeting on %s %s: on time at %s, late at %s (clock changes, month ends, leap years)',
    (date, start, onTime, late) => {
      const m = meeting({ date, start });
      expect([isPaperLate(m, 7, new Date(onTime)), isPaperLate(m, 7, new Date(late))]).toEqual([
        false,
        true,
      ]);
    },
  );
});

describe('moving through the agenda', () => {
  it('moves to the next item once even when two clicks carry the same starting item', () => {
    let m = startMeetingNow(add(meeting(), 'MoU'), new Date());
    const from = m.currentItemId!;
    const first = moveToItem(m, { next: true, fromItemId: from });
    m = first.meeting;
    const second = moveToItem(m, { next: true, fromItemId: from });
    expect([first.moved, second.moved, findItem(m, 'minutes')?.id === m.currentItemId]).toEqual([
      true,
      false,
      true,
    ]);
  });

  it('refuses to move past the last item or in a closed meeting', () => {
    const m = startMeetingNow(meeting(), new Date());
    const last = moveToItem(m, { ref: 'next meeting' }).meeting;
    expect(() => moveToItem(last, { next: true })).toThrow('last item');
    expect(() => moveToItem({ ...m, status: 'closed' }, { next: true })).toThrow('has ended');
  });
});

describe('activeMeeting', () => {
  const past = { ...meeting({ date: '2022-06-15' }), status: 'closed' as const };
  const planned = meeting({ date: '2022-07-13' });
  const later = meeting({ date: '2022-08-10' });
  it.each([
    ['the next planned one', [past, planned, later], '2022-07-01', planned.id],
    [
      'the one in progress',
      [past, planned, { ...later, status: 'in-progress' as const }],
      '2022-07-01',
      later.id,
    ],
    [
      'the latest planned one when all are past (importing history)',
      [past, planned],
      '2026-11-23',
      planned.id,
    ],
    ['none', [past], '2026-11-23', undefined],
  ])('%s', (_name, meetings, today, id) => {
    expect(activeMeeting(meetings, today)?.id).toBe(id);
  });
});
