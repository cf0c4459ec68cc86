import { describe, expect, it } from 'vitest';
import { namesMinutesMeeting, readMinutesDate } from '../../src/domain/read-minutes-date.js';

const TZ = 'Europe/London';
/** A Monday. */
const TODAY = '2022-08-01';

describe('readMinutesDate: the meeting `minutes <text>` asks for, leaning to the past', () => {
  it.each([
    ['', { kind: 'last' }],
    ['last', { kind: 'last' }],
    ['Latest', { kind: 'last' }],
    ['previous meeting', { kind: 'last' }],
    ['18/11/19', { kind: 'date', date: '2019-11-18' }],
    ['18.11.19', { kind: 'date', date: '2019-11-18' }],
    ['13 July 2022', { kind: 'date', date: '2022-07-13' }],
    ['13/07/2022', { kind: 'date', date: '2022-07-13' }],
    // No year: the last such day, not the next.
    ['13 July', { kind: 'date', date: '2022-07-13' }],
    ['15 September', { kind: 'date', date: '2021-09-15' }],
    ['15/09', { kind: 'date', date: '2021-09-15' }],
    ['1 August', { kind: 'date', date: '2022-08-01' }],
    // The last 29 February: the last leap year's.
    ['29 February', { kind: 'date', date: '2020-02-29' }],
    ['29/02', { kind: 'date', date: '2020-02-29' }],
    ['13th of July', { kind: 'date', date: '2022-07-13' }],
    ['13 July 2pm', { kind: 'date', date: '2022-07-13', start: '14:00' }],
    ['20/07 2pm', { kind: 'date', date: '2022-07-20', start: '14:00' }],
    ['Wednesday', { kind: 'date', date: '2022-07-27' }],
    ['last Wednesday', { kind: 'date', date: '2022-07-27' }],
    ['20/07/22 2pm', { kind: 'date', date: '2022-07-20', start: '14:00' }],
    ['20 July 2022 at 10.30am', { kind: 'date', date: '2022-07-20', start: '10:30' }],
  ])('%s', (text, expected) => {
    expect(readMinutesDate(text, TODAY, TZ)).toEqual(expected);
  });

  it('29 February with a leap year before it', () => {
    expect(readMinutesDate('29 February', '2025-01-10', TZ)).toEqual({
      kind: 'date',
      date: '2024-02-29',
    });
  });

  it.each([
    ['31/02/22', '31/02/22 is not a real date'],
    ['31/02', 'I could not read "31/02" as a date'],
    ['sometime', 'I could not read "sometime" as a date'],
  ])('%s is a problem', (text, message) => {
    const read = readMinutesDate(text, TODAY, TZ);
    expect(read.kind).toBe('problem');
    expect(read.kind === 'problem' && read.message).toContain(message);
  });

  it.each([
    ['18/11/19', true],
    ['13 July 2022', true],
    ['last', true],
    ['maybe', false],
    ['of the thing', false],
  ])('namesMinutesMeeting(%s) is %s', (text, expected) => {
    expect(namesMinutesMeeting(text)).toBe(expected);
  });
});
