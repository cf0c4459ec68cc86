import { describe, expect, it } from 'vitest';
import { nearestMeetings } from '../../src/domain/nearest-meetings.js';

const held = (date: string) => ({ date, startsAt: `${date}T13:00:00.000Z` });
const MEETINGS = ['2022-03-09', '2022-05-11', '2022-06-15', '2022-07-13', '2022-09-14'].map(held);

describe('nearestMeetings: what "no meeting that day" offers', () => {
  it.each([
    ['2022-06-14', 3, ['2022-05-11', '2022-06-15', '2022-07-13']],
    ['2022-06-14', 1, ['2022-06-15']],
    ['2022-08-01', 2, ['2022-07-13', '2022-09-14']],
    ['2023-01-01', 2, ['2022-07-13', '2022-09-14']],
    ['2021-01-01', 2, ['2022-03-09', '2022-05-11']],
    // Equally near either side (28 days): both, the earlier first.
    ['2022-06-15', 1, ['2022-06-15']],
    ['2022-08-13', 2, ['2022-07-13', '2022-09-14']],
  ])('around %s, %i of them', (date, count, expected) => {
    expect(nearestMeetings(MEETINGS, date, count).map((m) => m.date)).toEqual(expected);
  });

  it('none when the board held none', () => {
    expect(nearestMeetings([], '2022-06-14', 3)).toEqual([]);
  });
});
