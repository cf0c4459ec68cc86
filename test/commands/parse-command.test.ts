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
      'members import Brian Boxall (BB) | Chair | IND | chair; Korkor Ceasar (KC) | Nurse | ICB',
      {
        kind: 'membersImport',
        table: 'Brian Boxall (BB) | Chair | IND | chair\nKorkor Ceasar (KC) | Nurse | ICB',
      },
    ],
    [
      'agency add police Metropolitan Police Service statutory',
      { kind: 'agencyAdd', code: 'POLICE', name: 'Metropolitan Police Service', statutory: true },
    ],
    [
      'agency add EDU Education',
      { kind: 'agencyAdd', code: 'EDU', name: 'Education', statutory: false },
    ],
    ['meeting move 8/1/27 2-3pm', { kind: 'meetingMove', spec: '8/1/27 2-3pm' }],
    ['Meeting Move 8 January 2027', { kind: 'meetingMove', spec: '8 January 2027' }],
  ])('%j', (text, command) => {
    expect(parseCommand(text)).toEqual({ ok: true, command });
  });

  it.each([
    ['', 'I did not get a command.', undefined],
    ['dance', 'I don\'t know "dance".', undefined],
    ['members import', 'Paste the table', 'members import'],
    ['members delete', '"members delete" is not a command.', 'members'],
    ['agency merge LA', '"agency merge" is not a command.', 'agency add'],
    ['agency add', 'Give the agency a short code.', 'agency add'],
    ['agency add L.A. Council', 'is not a usable code', 'agency add'],
    ['agency add LA', 'Give agency LA a name.', 'agency add'],
    ['agency add LA statutory', 'Give agency LA a name.', 'agency add'],
    [`setup ${'x'.repeat(130)}`, 'too long', 'setup'],
    ['meeting new Exec', 'Give the meeting a title and a date.', 'meeting new'],
    ['meeting later', 'is not a meeting command', 'meeting new'],
    ['meeting move', 'Give the meeting’s new date.', 'meeting move'],
    ['next meeting', 'Give the date of the next meeting.', 'next meeting'],
    ['agenda add', 'Give the item a title.', 'agenda add'],
    ['agenda add by BB', 'Give the item a title.', 'agenda add'],
    ['agenda remove', 'Say which item to remove.', 'agenda remove'],
    ['paper 2 Training', 'a link starting with https://', 'paper'],
    ['paper 2 Training ftp://x', 'a link starting with https://', 'paper'],
    ['item', 'Say which item', 'item'],
    ['note', 'Write the note', 'note'],
    ['agreed', 'Write the decision', 'decision'],
    ['minutes approved with amendments:', 'Write the amendments', 'minutes approved'],
    ['minutes maybe', 'is not a minutes command', 'minutes approved'],
    ['action', 'Say who does what.', 'action'],
    ['update fifteen things', 'Say which action, by its number', 'update'],
    ['update 15', 'Write the update after the number.', 'update'],
    ['close 15', 'Give the reason for closing it.', 'close'],
    ['due 15', 'Give the new due date.', 'due'],
    ['assign 15', 'Say who the new owners are.', 'assign'],
    ['present', 'Give the members’ initials', 'present'],
    ['deputy Jane Smith', 'Say who attends for whom.', 'deputy'],
    ['late', 'Say who arrived late', 'late'],
    ['quorum rule', 'Write the rule', 'quorum'],
    ['quorum maybe', 'is not a quorum command', 'quorum'],
    ['ratify by', 'Say who ratifies.', 'ratify'],
  ])('%j is refused with a hint', (text, message, usage) => {
    const result = parseCommand(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain(message);
    if (usage === undefined) expect(result.usage).toBeUndefined();
    else expect(result.usage).toContain(usage);
  });
});
