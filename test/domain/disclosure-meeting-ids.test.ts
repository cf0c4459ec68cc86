import { describe, expect, it } from 'vitest';
import type { Action } from '../../src/domain/action.js';
import { disclosureMeetingIds } from '../../src/domain/disclosure-meeting-ids.js';
import { meetingId } from '../../src/domain/ids.js';

type Shown = Pick<Action, 'confidential' | 'itemId' | 'meetingId'>;
const m1 = meetingId('m1');
const m2 = meetingId('m2');

describe('disclosureMeetingIds', () => {
  const cases: [string, Shown[], string[]][] = [
    ['an action raised outside a meeting needs none', [{}], []],
    [
      'flagged either way, the flag decides',
      [
        { confidential: false, itemId: 'i1', meetingId: m1 },
        { confidential: true, itemId: 'i2', meetingId: m2 },
      ],
      [],
    ],
    [
      'stored before the flag, under an item: its meeting',
      [{ itemId: 'i1', meetingId: m1 }],
      ['m1'],
    ],
    ['a meeting but no item: none', [{ meetingId: m1 }], []],
    [
      'each meeting once, in the order first shown',
      [
        { itemId: 'i2', meetingId: m2 },
        { itemId: 'i1', meetingId: m1 },
        { itemId: 'i3', meetingId: m2 },
      ],
      ['m2', 'm1'],
    ],
  ];
  it.each(cases)('%s', (_name, actions, expected) => {
    expect(disclosureMeetingIds(actions)).toEqual(expected);
  });
});
