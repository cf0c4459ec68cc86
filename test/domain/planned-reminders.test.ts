import { describe, expect, it } from 'vitest';
import type { Action } from '../../src/domain/action.js';
import {
  actionReminders,
  digestReminder,
  followUpsOf,
  noticeReminder,
} from '../../src/domain/planned-reminders.js';
import type { Reminder } from '../../src/domain/reminder.js';
import { actionOf } from '../support/action-fixture.js';
import { aadOf, haveringBoard } from '../support/fixtures.js';

const board = haveringBoard();
/** Monday 23 November 2026, 08:00 in London. */
const NOW = new Date('2026-11-23T08:00:00.000Z');

/** Recorded on Friday 20 November, due Wednesday 2 December. */
const action = (overrides: Partial<Action> = {}): Action =>
  actionOf(board, {
    owners: [{ kind: 'external', name: 'Pat Outside', initials: 'PO' }],
    due: '2026-12-02',
    createdAt: '2026-11-20T09:00:00.000Z',
    ...overrides,
  });

const line = (r: Reminder): string =>
  `${r.kind} ${r.localDate} ${r.fireAt}${r.plannedFor === undefined ? '' : ` for ${r.plannedFor}`}`;

describe('actionReminders: what an action plans when it is recorded or changed', () => {
  it.each<[string, Partial<Action>, string[]]>([
    [
      'dated: its next owner reminder and its escalation',
      {},
      [
        'before 2026-11-25 2026-11-25T09:00:00.000Z for 2026-12-02',
        'escalation 2026-12-16 2026-12-16T09:00:00.000Z for 2026-12-02',
      ],
    ],
    [
      'undated: a request for a date 7 days after it was recorded, on a working day',
      { due: undefined },
      ['ask-date 2026-11-27 2026-11-27T09:00:00.000Z'],
    ],
    ['completed: nothing', { status: 'completed' }, []],
    ['closed: nothing', { status: 'closed' }, []],
  ])('%s', (_name, change, expected) => {
    expect(actionReminders(board, action(change), NOW).map(line)).toEqual(expected);
  });

  it('gives the same ids when planned twice, so the store keeps one', () => {
    const ids = (): string[] => actionReminders(board, action(), NOW).map((r) => r.id);
    expect(ids()).toEqual(ids());
    expect(new Set(ids()).size).toBe(2);
  });
});

describe('followUpsOf: what a sent reminder plans next', () => {
  const sent = (kind: Reminder['kind'], localDate: string): Reminder => ({
    ...(actionReminders(board, action(), NOW)[0] as Reminder),
    kind,
    localDate,
  });
  it.each<[string, Reminder, string[]]>([
    [
      '7 days before: the day before',
      sent('before', '2026-11-25'),
      ['before 2026-12-01 2026-12-01T09:00:00.000Z for 2026-12-02'],
    ],
    [
      'the day before: on the day',
      sent('before', '2026-12-01'),
      ['due 2026-12-02 2026-12-02T09:00:00.000Z for 2026-12-02'],
    ],
    [
      'on the day: a week overdue',
      sent('due', '2026-12-02'),
      ['overdue 2026-12-09 2026-12-09T09:00:00.000Z for 2026-12-02'],
    ],
    [
      'overdue: the next week',
      sent('overdue', '2026-12-09'),
      ['overdue 2026-12-16 2026-12-16T09:00:00.000Z for 2026-12-02'],
    ],
    ['escalation: nothing (planned with the action)', sent('escalation', '2026-12-16'), []],
    ['a request for a date: nothing', sent('ask-date', '2026-11-27'), []],
    [
      'a digest: next week’s',
      digestReminder(board, '2026-11-22', NOW) as Reminder,
      ['digest 2026-11-30 2026-11-30T09:00:00.000Z'],
    ],
    [
      'a notice: nothing',
      noticeReminder(
        board,
        { action: action(), notice: { kind: 'not-mine', by: aadOf(3) }, key: '1' },
        NOW,
      ),
      [],
    ],
  ])('%s', (_name, reminder, expected) => {
    expect(followUpsOf(board, reminder, action(), NOW).map(line)).toEqual(expected);
  });
});
