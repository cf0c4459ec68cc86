import { describe, expect, it } from 'vitest';
import { linkNextMeeting } from '../../src/domain/link-next-meeting.js';
import type { Meeting } from '../../src/domain/meeting.js';
import { plannedMeeting } from '../support/fixtures.js';

const meeting = (date: string, times: { start?: string; end?: string } = {}): Meeting =>
  plannedMeeting({ date, ...times });

describe('linkNextMeeting', () => {
  const now = new Date('2022-07-13T15:05:00Z');

  it.each([
    ['a day and times', { start: '14:00', end: '15:30' }, { start: '14:00', end: '15:30' }],
    ['a day and a start', { start: '10:00' }, { start: '10:00' }],
    ['a day only', {}, {}],
  ])('names the next meeting with %s as it has them', (_, times, expected) => {
    const july = meeting('2022-07-13', { start: '14:00', end: '15:00' });
    const october = meeting('2022-10-12', times);
    const linked = linkNextMeeting(july, october, now);
    expect(linked.nextMeeting).toEqual({ meetingId: october.id, date: '2022-10-12', ...expected });
    expect(linked.updatedAt).toBe('2022-07-13T15:05:00.000Z');
    expect({ ...linked, nextMeeting: undefined, updatedAt: july.updatedAt }).toEqual({
      ...july,
      nextMeeting: undefined,
    });
  });

  it('drops the times of an earlier link that the moved meeting no longer has', () => {
    const july = meeting('2022-07-13');
    const october = meeting('2022-10-12', { start: '14:00', end: '15:00' });
    const first = linkNextMeeting(july, october, now);
    const { start: _s, end: _e, ...dayOnly } = october;
    const again = linkNextMeeting(first, { ...dayOnly, date: '2022-10-19' }, now);
    expect(again.nextMeeting).toEqual({ meetingId: october.id, date: '2022-10-19' });
  });
});
