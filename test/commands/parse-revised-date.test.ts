import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/commands/parse-command.js';
import { parseRevisedDate } from '../../src/commands/parse-revised-date.js';

describe('a due date revised inside an update, as action logs write it', () => {
  it.each([
    ['revised to March 2020', '', 'March 2020'],
    ['the deadline to be revised to March 2020', '', 'March 2020'],
    [
      'Awaiting sign-off by the Executive, revised date 31/03/20',
      'Awaiting sign-off by the Executive',
      '31/03/20',
    ],
    ['Revised date: 31.03.20', '', '31.03.20'],
    ['Draft circulated. New date 31/03/20', 'Draft circulated.', '31/03/20'],
    ['new deadline end of January', '', 'end of January'],
    [
      'Date revised to end of March. Chased with health colleagues.',
      'Chased with health colleagues.',
      'end of March',
    ],
    ['revised due date - 30 June 2023', '', '30 June 2023'],
    ['deadline extended to the next meeting', '', 'the next meeting'],
    ['revised date by 31st', '', '31st'],
  ])('%j → text %j, date %j', (body, text, date) => {
    expect(parseRevisedDate(body)).toEqual({ text, date });
  });

  it.each([
    ['Policy revised and circulated to partners'],
    ['The revised threshold document was launched in April'],
    ['new data set agreed'],
    ['chased'],
  ])('%j revises no date', (body) => {
    expect(parseRevisedDate(body)).toBeUndefined();
  });

  it('reaches the update command', () => {
    expect(parseCommand('update 3 revised to March 2020')).toMatchObject({
      ok: true,
      command: { kind: 'actionUpdate', number: 3, text: '', revisedDate: 'March 2020' },
    });
    expect(parseCommand('update 3 Policy revised and circulated')).toMatchObject({
      ok: true,
      command: { kind: 'actionUpdate', number: 3, text: 'Policy revised and circulated' },
    });
  });
});
