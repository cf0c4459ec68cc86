import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/commands/parse-command.js';

describe('parseCommand', () => {
  it.each([
    ['help', { kind: 'help' }],
    ['HELP', { kind: 'help' }],
    ['  ?  ', { kind: 'help' }],
    ['setup', { kind: 'setup' }],
    ['Setup Executive Planning Meeting', { kind: 'setup', name: 'Executive Planning Meeting' }],
    ['members', { kind: 'members' }],
    [
      'Members Import\nBrian Boxall (BB) | Chair | IND',
      { kind: 'membersImport', table: 'Brian Boxall (BB) | Chair | IND' },
    ],
    [
      'members import Brian Boxall (BB) | Chair | IND',
      { kind: 'membersImport', table: 'Brian Boxall (BB) | Chair | IND' },
    ],
    [
      'agency add police Metropolitan Police Service statutory',
      { kind: 'agencyAdd', code: 'POLICE', name: 'Metropolitan Police Service', statutory: true },
    ],
    [
      'agency add EDU Education',
      { kind: 'agencyAdd', code: 'EDU', name: 'Education', statutory: false },
    ],
  ])('%j', (text, command) => {
    expect(parseCommand(text)).toEqual({ ok: true, command });
  });

  it.each([
    ['', 'I did not get a command.', undefined],
    ['dance', 'I don\'t know "dance".', undefined],
    ['members import', 'Paste the table', 'members import'],
    ['members delete', '"members delete" is not a command.', 'members'],
    ['agency remove LA', 'Agencies are added with "agency add".', 'agency add'],
    ['agency add', 'Give the agency a short code.', 'agency add'],
    ['agency add L.A. Council', 'is not a usable code', 'agency add'],
    ['agency add LA', 'Give agency LA a name.', 'agency add'],
    ['agency add LA statutory', 'Give agency LA a name.', 'agency add'],
    [`setup ${'x'.repeat(130)}`, 'too long', 'setup'],
  ])('%j is refused with a hint', (text, message, usage) => {
    const result = parseCommand(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain(message);
    if (usage === undefined) expect(result.usage).toBeUndefined();
    else expect(result.usage).toContain(usage);
  });
});
