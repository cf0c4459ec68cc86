import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/commands/parse-command.js';

describe('minutes [<date>|last]', () => {
  it.each([
    ['minutes', { kind: 'minutes' }],
    ['minutes 18/11/19', { kind: 'minutes', when: '18/11/19' }],
    ['minutes 13 July 2022', { kind: 'minutes', when: '13 July 2022' }],
    ['Minutes 13.07.22', { kind: 'minutes', when: '13.07.22' }],
    ['minutes 20/07/22 2pm', { kind: 'minutes', when: '20/07/22 2pm' }],
    ['minutes last', { kind: 'minutes', when: 'last' }],
    ['minutes previous meeting', { kind: 'minutes', when: 'previous meeting' }],
    ['minutes last Wednesday', { kind: 'minutes', when: 'last Wednesday' }],
    ['minutes approved', { kind: 'minutesApproved' }],
    [
      'minutes approved with amendments: RS’ title corrected',
      { kind: 'minutesApproved', amendments: 'RS’ title corrected' },
    ],
    ['minutes not approved', { kind: 'minutesNotApproved' }],
  ])('%s', (text, expected) => {
    expect(parseCommand(text)).toEqual({ ok: true, command: expected });
  });

  it.each([['minutes maybe'], ['minutes of the thing'], ['minutes please']])(
    '%s is not a minutes command, and the hint gives the archive’s forms',
    (text) => {
      const result = parseCommand(text);
      expect(result.ok).toBe(false);
      expect(JSON.stringify(result)).toContain('is not a minutes command');
      expect(JSON.stringify(result)).toContain('minutes ‹date›  |  minutes last');
    },
  );
});
