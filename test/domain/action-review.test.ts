import { describe, expect, it } from 'vitest';
import type { Action, ActionEvent } from '../../src/domain/action.js';
import {
  actionReviewRows,
  dueAt,
  isCarriedInto,
  meetingCutoff,
  statusAt,
} from '../../src/domain/action-review.js';
import { meetingId } from '../../src/domain/ids.js';
import { ownersByName } from '../../src/domain/owners-by-name.js';
import { actionOf } from '../support/action-fixture.js';
import { haveringBoard, plannedMeeting } from '../support/fixtures.js';

const board = haveringBoard();
/** 19 February 2020, 10am–12pm in London (UTC in winter). */
const meeting = {
  ...plannedMeeting({ date: '2020-02-19', start: '10:00', end: '12:00' }),
  status: 'closed' as const,
};
const START = '2020-02-19T10:00:00.000Z';
const ev = (
  at: string,
  kind: ActionEvent['kind'],
  more: Partial<ActionEvent> = {},
): ActionEvent => ({
  at,
  by: 'x',
  kind,
  ...more,
});
const action = (overrides: Partial<Action>): Action =>
  actionOf(board, {
    createdAt: '2019-10-23T11:00:00.000Z',
    meetingId: meetingId('earlier'),
    ...overrides,
  });

describe('the meeting’s start and cutoff', () => {
  it('starts at its start time and ends at its end, else at midnight after its day', () => {
    expect(meeting.startsAt).toBe(START);
    expect(meetingCutoff(meeting)).toBe('2020-02-20T00:00:00.000Z');
    expect(meetingCutoff({ ...meeting, endedAt: '2020-02-19T11:50:00.000Z' })).toBe(
      '2020-02-19T11:50:00.000Z',
    );
    const summer = plannedMeeting({ date: '2022-07-13' });
    expect(meetingCutoff(summer)).toBe('2022-07-13T23:00:00.000Z');
  });
});

describe('carried into a meeting', () => {
  it.each<[string, Partial<Action>, boolean]>([
    ['open, raised at an earlier meeting', {}, true],
    ['imported from the old log (no meeting)', { meetingId: undefined }, true],
    ['raised at this meeting', { meetingId: meeting.id }, false],
    ['raised after the meeting began', { createdAt: '2020-02-19T10:00:00.000Z' }, false],
    ['raised a second before it began', { createdAt: '2020-02-19T09:59:59.000Z' }, true],
    [
      'completed before the meeting',
      {
        status: 'completed',
        history: [ev('2020-01-10T09:00:00Z', 'status', { from: 'open', to: 'completed' })],
      },
      false,
    ],
    [
      'completed at the meeting (open when it began)',
      {
        status: 'completed',
        history: [ev('2020-02-19T10:30:00Z', 'status', { from: 'ongoing', to: 'completed' })],
      },
      true,
    ],
    [
      'reopened after the meeting (closed when it began)',
      {
        status: 'ongoing',
        history: [
          ev('2020-01-10T09:00:00Z', 'status', { from: 'open', to: 'closed' }),
          ev('2020-03-01T09:00:00Z', 'status', { from: 'closed', to: 'ongoing' }),
        ],
      },
      false,
    ],
    [
      'withdrawn before',
      {
        status: 'withdrawn',
        history: [ev('2019-11-01T09:00:00Z', 'status', { from: 'open', to: 'withdrawn' })],
      },
      false,
    ],
  ])('%s', (_name, overrides, carried) => {
    expect(isCarriedInto(action(overrides), meeting)).toBe(carried);
  });
});

describe('status and due date as they were', () => {
  const history = [
    ev('2019-12-01T09:00:00Z', 'update', { text: 'Started', from: 'open', to: 'ongoing' }),
    ev('2020-01-05T09:00:00Z', 'due', { from: '2019-12-18', to: '2020-03-31' }),
    ev('2020-04-02T09:00:00Z', 'status', { from: 'ongoing', to: 'completed' }),
    ev('2020-04-03T09:00:00Z', 'due', { from: '2020-03-31', to: '2020-05-31' }),
  ];
  const a = action({ status: 'completed', due: '2020-05-31', history });
  it.each<[string, string, Action['status'], string | undefined, boolean]>([
    ['before anything', '2019-11-01T00:00:00Z', 'open', '2019-12-18', false],
    ['after the update', '2019-12-02T00:00:00Z', 'ongoing', '2019-12-18', false],
    ['at the instant of the revision', '2020-01-05T09:00:00Z', 'ongoing', '2020-03-31', true],
    ['after the revision', '2020-02-19T12:00:00Z', 'ongoing', '2020-03-31', true],
    [
      'after completion and a later revision',
      '2020-05-01T00:00:00Z',
      'completed',
      '2020-05-31',
      true,
    ],
  ])('%s', (_name, instant, status, due, revised) => {
    expect(statusAt(a, instant)).toBe(status);
    expect(dueAt(a, instant)).toEqual({ due, revised });
  });
  it('a first date (from undated) is not a revision', () => {
    const dated = action({
      due: '2020-03-31',
      history: [ev('2020-01-05T09:00:00Z', 'due', { to: '2020-03-31' })],
    });
    expect(dueAt(dated, START)).toEqual({ due: '2020-03-31', revised: false });
  });
});

describe('the review rows', () => {
  it('shows updates since the previous meeting, else the latest before, and the status then', () => {
    const rows = actionReviewRows(
      [
        action({
          id: 'b' as never,
          number: 16,
          history: [
            ev('2019-11-01T09:00:00Z', 'update', { text: 'Old news', from: 'open', to: 'ongoing' }),
            ev('2019-11-20T09:00:00Z', 'update', {
              text: 'Latest before',
              from: 'ongoing',
              to: 'ongoing',
            }),
          ],
          status: 'ongoing',
        }),
        action({
          number: 15,
          owners: [{ kind: 'external', name: 'Shakira Gordon', initials: 'SG' }],
          due: '2020-06-30',
          history: [
            ev('2019-11-01T09:00:00Z', 'update', {
              text: 'Before the last meeting',
              from: 'open',
              to: 'ongoing',
            }),
            ev('2020-01-15T09:00:00Z', 'update', {
              text: 'Draft circulated',
              from: 'ongoing',
              to: 'ongoing',
            }),
            ev('2020-02-19T10:20:00Z', 'due', { from: '2019-12-18', to: '2020-03-31' }),
            ev('2020-02-20T09:00:00Z', 'update', {
              text: 'After the meeting',
              from: 'ongoing',
              to: 'ongoing',
            }),
            ev('2020-02-21T09:00:00Z', 'due', { from: '2020-03-31', to: '2020-06-30' }),
          ],
          status: 'ongoing',
        }),
        action({ number: 17, meetingId: meeting.id }),
      ],
      meeting,
      '2019-12-18T10:00:00.000Z',
    );
    expect(rows.map((r) => [r.action.number, r.updates, r.status])).toEqual([
      [15, ['15.01.20: Draft circulated'], 'Ongoing – revised date 31.03.20'],
      [16, ['20.11.19: Latest before'], 'Ongoing'],
    ]);
    expect(ownersByName(rows[0]!.action.owners)).toBe('Shakira Gordon (SG)');
  });

  it('a redacted action (no update words) has an empty update cell, never the withdrawn reason', () => {
    const [row] = actionReviewRows(
      [
        action({
          history: [ev('2020-01-15T09:00:00Z', 'update', { from: 'open', to: 'ongoing' })],
          status: 'ongoing',
        }),
      ],
      meeting,
    );
    expect(row!.updates).toEqual([]);
  });
});

describe('owners by name', () => {
  it.each<[string, Action['owners'], string]>([
    [
      'member',
      [{ kind: 'member', memberId: 'm-3' as never, initials: 'RS', name: 'Robert South' }],
      'Robert South (RS)',
    ],
    [
      'two people',
      [
        { kind: 'member', memberId: 'm-3' as never, initials: 'RS', name: 'Robert South' },
        { kind: 'external', initials: 'SG', name: 'Shakira Gordon' },
      ],
      'Robert South (RS), Shakira Gordon (SG)',
    ],
    ['agency', [{ kind: 'agency', code: 'POLICE', name: 'Police', initials: 'POLICE' }], 'Police'],
    ['group', [{ kind: 'group', name: 'the Business Unit', initials: 'BU' }], 'the Business Unit'],
    ['none', [], ''],
  ])('%s', (_name, owners, shown) => {
    expect(ownersByName(owners)).toBe(shown);
  });
});
