import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/commands/parse-command.js';

describe('apologies [for <date>] [deputy <name>, <designation>] and quorum forecast', () => {
  it.each<[string, unknown]>([
    ['apologies for 18/12/26', { kind: 'ownApologies', date: '18/12/26' }],
    ['Apologies for Friday', { kind: 'ownApologies', date: 'Friday' }],
    ['apologies for 18 December', { kind: 'ownApologies', date: '18 December' }],
    [
      'apologies deputy DI Sam Patel, Detective Inspector, Public Protection',
      {
        kind: 'ownApologies',
        deputy: { name: 'DI Sam Patel', designation: 'Detective Inspector, Public Protection' },
      },
    ],
    [
      'apologies for 18/12/26 deputy Sam Patel (Detective Inspector)',
      {
        kind: 'ownApologies',
        date: '18/12/26',
        deputy: { name: 'Sam Patel', designation: 'Detective Inspector' },
      },
    ],
    [
      'apologies for next meeting, with deputy Jane Smith',
      { kind: 'ownApologies', deputy: { name: 'Jane Smith' } },
    ],
    // Read as before: the member's own, or initials (the chair's form).
    ['apologies', { kind: 'attendanceCodes', code: 'SA', initials: [] }],
    ['apologies RS KC', { kind: 'attendanceCodes', code: 'SA', initials: ['RS', 'KC'] }],
    ['apologies for RS', { kind: 'attendanceCodes', code: 'SA', initials: ['RS'] }],
    ['apologies for the next meeting', { kind: 'ownApologies' }],
    ['quorum forecast', { kind: 'quorumForecast' }],
    ['quorum', { kind: 'quorum' }],
  ])('%s', (text, command) => {
    const result = parseCommand(text);
    expect(result.ok && result.command).toEqual(command);
  });

  it.each(['apologies deputy', 'apologies for Friday deputy ', 'quorum forecast please'])(
    '%s is not understood, with the usage',
    (text) => {
      expect(parseCommand(text).ok).toBe(false);
    },
  );
});
