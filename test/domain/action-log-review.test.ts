import { describe, expect, it } from 'vitest';
import type { Action, ActionEvent } from '../../src/domain/action.js';
import { actionLogReview } from '../../src/domain/action-log-review.js';
import { actionId, meetingId } from '../../src/domain/ids.js';
import { meetingWindow } from '../../src/domain/meeting-window.js';
import { actionOf } from '../support/action-fixture.js';
import { haveringBoard } from '../support/fixtures.js';

const board = haveringBoard();
const JULY = meetingId('july');
const JUNE = meetingId('june');

describe('a meeting’s window', () => {
  it.each([
    [
      'its calendar day in summer time',
      { date: '2022-07-13' },
      { from: '2022-07-12T23:00:00.000Z', to: '2022-07-13T23:00:00.000Z' },
    ],
    [
      'its calendar day in winter',
      { date: '2022-12-14' },
      { from: '2022-12-14T00:00:00.000Z', to: '2022-12-15T00:00:00.000Z' },
    ],
    [
      'run late into the night',
      {
        date: '2022-12-14',
        startedAt: '2022-12-14T18:00:00.000Z',
        endedAt: '2022-12-15T01:00:00.000Z',
      },
      { from: '2022-12-14T00:00:00.000Z', to: '2022-12-15T01:00:00.000Z' },
    ],
    [
      'started a day early',
      { date: '2022-12-14', startedAt: '2022-12-13T14:00:00.000Z' },
      { from: '2022-12-13T14:00:00.000Z', to: '2022-12-15T00:00:00.000Z' },
    ],
  ])('%s', (_, meeting, window) => {
    expect(meetingWindow({ timeZone: 'Europe/London', ...meeting })).toEqual(window);
  });
});

const window = meetingWindow({ date: '2022-07-13', timeZone: 'Europe/London' });
const AT_MEETING = '2022-07-13T13:20:00.000Z';
const update = (at: string, kind: ActionEvent['kind'] = 'update'): ActionEvent => ({
  at,
  by: 'x',
  kind,
  ...(kind === 'update' && { text: 'Draft circulated.' }),
  ...(kind === 'due' && { from: '2022-07-31', to: '2022-09-30' }),
});

const action = (number: number, fields: Partial<Action>): Action =>
  actionOf(board, {
    id: actionId(`a${number}`),
    number,
    createdAt: '2022-06-15T13:30:00.000Z',
    meetingId: JUNE,
    ...fields,
  });

describe('the action-log review', () => {
  it.each([
    ['raised at this meeting', action(1, { meetingId: JULY, createdAt: AT_MEETING }), 'raised', 0],
    [
      'withdrawn at this meeting: still raised',
      action(2, { meetingId: JULY, status: 'withdrawn' }),
      'raised',
      0,
    ],
    ['earlier and still open', action(3, {}), 'carried', 0],
    [
      'earlier, ongoing, updated and re-dated here',
      action(4, {
        status: 'ongoing',
        history: [
          update('2022-06-20T09:00:00.000Z'),
          update(AT_MEETING),
          update(AT_MEETING, 'due'),
        ],
      }),
      'carried',
      2,
    ],
    [
      'earlier, completed at this meeting',
      action(5, { status: 'completed', history: [update(AT_MEETING, 'status')] }),
      'carried',
      1,
    ],
    [
      'earlier, completed before this meeting',
      action(6, { status: 'completed', history: [update('2022-07-01T09:00:00.000Z', 'status')] }),
      'none',
      0,
    ],
    [
      'earlier, completed after this meeting',
      action(7, { status: 'completed', history: [update('2022-07-20T09:00:00.000Z', 'status')] }),
      'none',
      0,
    ],
    ['earlier and withdrawn', action(8, { status: 'withdrawn' }), 'none', 0],
    [
      'raised between meetings, open',
      action(9, { meetingId: undefined, createdAt: '2022-07-01T09:00:00.000Z' }),
      'carried',
      0,
    ],
    [
      'a proposal at the meeting is not a review event',
      action(10, { status: 'completed', history: [update(AT_MEETING, 'proposal')] }),
      'none',
      0,
    ],
  ] as const)('%s: %s with %i events', (_, a, where, events) => {
    const review = actionLogReview({ id: JULY }, [a], window);
    const found = review.raised.includes(a)
      ? 'raised'
      : review.carried.some((c) => c.action === a)
        ? 'carried'
        : 'none';
    expect(found).toBe(where);
    expect(review.carried.find((c) => c.action === a)?.events.length ?? 0).toBe(events);
  });

  it('lists both by number', () => {
    const review = actionLogReview(
      { id: JULY },
      [
        action(9, {}),
        action(2, { meetingId: JULY }),
        action(4, {}),
        action(1, { meetingId: JULY }),
      ],
      window,
    );
    expect(review.raised.map((a) => a.number)).toEqual([1, 2]);
    expect(review.carried.map((c) => c.action.number)).toEqual([4, 9]);
  });
});
