import { describe, expect, it } from 'vitest';
import { looksLikeDate, readDuePhrase } from '../../src/domain/due-phrase.js';

/** Wednesday 13 July 2022, the Havering Executive's meeting. */
const REF = '2022-07-13';
const read = (phrase: string, before = false) =>
  readDuePhrase(phrase, REF, 'Europe/London', { before });

describe('a due-date phrase Quorate is sure of', () => {
  it.each([
    ['10/08/22', '2022-08-10'],
    ['31.03.20', '2020-03-31'],
    ['31/03/2020', '2020-03-31'],
    ['31 March', '2023-03-31'],
    ['31st March 2023', '2023-03-31'],
    ['Friday', '2022-07-15'],
    ['tomorrow', '2022-07-14'],
    ['end of January', '2023-01-31'],
    ['the end of July', '2022-07-31'],
    ['end of March 2020', '2020-03-31'],
    ['end-March', '2023-03-31'],
    ['the end of the month', '2022-07-31'],
    ['end of this month', '2022-07-31'],
    ['end of next month', '2022-08-31'],
    ['the end of the week', '2022-07-15'],
    ['end of next week', '2022-07-22'],
    ['the end of the quarter', '2022-09-30'],
    ['end of next quarter', '2022-12-31'],
    ['the end of the year', '2022-12-31'],
    ['the end of the financial year', '2023-03-31'],
    ['end of 2023', '2023-12-31'],
    ['March 2027', '2027-03-31'],
    ['September', '2022-09-30'],
    ['June', '2023-06-30'],
    ['July', '2022-07-31'],
    ['2 weeks', '2022-07-27'],
    ['two weeks', '2022-07-27'],
    ['the next 2 weeks', '2022-07-27'],
    ['10 days', '2022-07-23'],
    ['a month', '2022-08-13'],
    ['6 months', '2023-01-13'],
    ['a fortnight', '2022-07-27'],
    ["4 weeks' time", '2022-08-10'],
    ['5pm Friday', '2022-07-15'],
    ['Friday 29th July', '2022-07-29'],
    ['31/03/20 at the latest', '2020-03-31'],
  ])('%j → %s', (phrase, date) => {
    expect(read(phrase)).toEqual({ kind: 'date', date });
  });

  it('"before" a date is the day before it', () => {
    expect(read('1st April 2009', true)).toEqual({ kind: 'date', date: '2009-03-31' });
  });

  it.each([['next meeting'], ['the next meeting'], ['the next meeting.']])(
    '%j → next meeting',
    (p) => {
      expect(read(p)).toEqual({ kind: 'nextMeeting' });
    },
  );

  it.each([['ASAP'], ['asap'], ['as soon as possible'], ['urgently'], ['immediately']])(
    '%j → ASAP',
    (p) => {
      expect(read(p)).toEqual({ kind: 'asap' });
    },
  );
});

describe('a phrase that looks like a date but could mean more than one: asked, with a guess', () => {
  it.each([
    ['31st', '2022-07-31'],
    ['the 5th', '2022-08-05'],
    ['next week', '2022-07-22'],
    ['next month', '2022-08-31'],
    ['next Friday', '2022-07-22'],
    ['mid-January', '2023-01-15'],
    ['early February', '2023-02-07'],
    ['the beginning of September', '2022-09-01'],
    ['Christmas', '2022-12-25'],
    ['Q3', '2022-12-31'],
    ['2023', '2023-12-31'],
    ['year end', '2023-03-31'],
    ['5 working days', '2022-07-20'],
    ['Friday 30th July', '2022-07-30'],
    ['Friday please', '2022-07-15'],
  ])('%j → asked, guess %s', (phrase, guess) => {
    expect(read(phrase)).toEqual({ kind: 'unsure', guess });
  });

  it.each([['the summer'], ['half term'], ['31/02/23'], ['the next Board meeting']])(
    '%j → asked, no guess',
    (phrase) => {
      expect(read(phrase).kind).toBe('unsure');
    },
  );
});

describe('words after "by" that are not a date stay text', () => {
  it.each([
    ['consensus'],
    ['the LSCB'],
    ['the Executive'],
    ['Chairs of local strategic groups'],
    ['email'],
    ['whom it may be approved'],
    ['the Home Office'],
    ['partners'],
  ])('%j', (phrase) => {
    expect([looksLikeDate(phrase), read(phrase)]).toEqual([false, { kind: 'text' }]);
  });
});
