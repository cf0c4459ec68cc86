import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/commands/command.js';
import { COMMAND_CATALOGUE } from '../../src/commands/command-catalogue.js';
import { COMMAND_WORDS } from '../../src/commands/command-words.js';
import { parseCommand } from '../../src/commands/parse-command.js';
import { suggestCommand } from '../../src/commands/suggest-command.js';

const read = (text: string): Command | string => {
  const r = parseCommand(text);
  return r.ok ? r.command : `failure: ${r.message}`;
};

describe('the forms minutes use (issue 22, item 2)', () => {
  it.each<[string, Command]>([
    ['action: JB to send the report', { kind: 'actionCapture', spec: 'JB to send the report' }],
    ['Action: JB to send the report', { kind: 'actionCapture', spec: 'JB to send the report' }],
    [
      'ACTION: CC to update the group at the next meeting.',
      { kind: 'actionCapture', spec: 'CC to update the group at the next meeting.' },
    ],
    ['Action - RS to comment', { kind: 'actionCapture', spec: 'RS to comment' }],
    ['Action – RS to comment', { kind: 'actionCapture', spec: 'RS to comment' }],
    ['action:RS to comment', { kind: 'actionCapture', spec: 'RS to comment' }],
    [
      'Action point: KC to begin discussion',
      { kind: 'actionCapture', spec: 'KC to begin discussion' },
    ],
    [
      'Note: the notes of the last meeting were agreed',
      { kind: 'note', text: 'the notes of the last meeting were agreed' },
    ],
    ['NOTE - LB stressed the need', { kind: 'note', text: 'LB stressed the need' }],
    ['note: CC reported on the toolkit', { kind: 'note', text: 'CC reported on the toolkit' }],
    [
      'Decision: the cancellation charge to be levied',
      { kind: 'decision', text: 'the cancellation charge to be levied' },
    ],
    ['DECISION - adopt the MoU', { kind: 'decision', text: 'adopt the MoU' }],
    [
      'Agreed: cancellation charge to be levied',
      { kind: 'decision', text: 'cancellation charge to be levied' },
    ],
    [
      'Agreed - the MoU subject to RS’ views',
      { kind: 'decision', text: 'the MoU subject to RS’ views' },
    ],
    ['agreed: without amendment', { kind: 'decision', text: 'without amendment' }],
    ['Apologies: JP', { kind: 'attendanceCodes', code: 'SA', initials: ['JP'] }],
    ['Present: BB, LB, RS', { kind: 'attendanceCodes', code: 'A', initials: ['BB', 'LB', 'RS'] }],
    // A line opening with initials or a name and "to": offered, never saved unasked.
    ['JB to send the report', { kind: 'actionOffer', spec: 'JB to send the report' }],
    [
      'EF/KW/PG to draft the terms of reference',
      { kind: 'actionOffer', spec: 'EF/KW/PG to draft the terms of reference' },
    ],
    [
      'TC & EM to engage the clusters',
      { kind: 'actionOffer', spec: 'TC & EM to engage the clusters' },
    ],
    [
      'Jacqui to circulate the slides',
      { kind: 'actionOffer', spec: 'Jacqui to circulate the slides' },
    ],
    [
      'Shakira Gordon to attend next meeting & liaise with LB',
      { kind: 'actionOffer', spec: 'Shakira Gordon to attend next meeting & liaise with LB' },
    ],
    // Commands keep their meaning: "to" after a command word is not an offer.
    ['note RS to write to the DfE', { kind: 'note', text: 'RS to write to the DfE' }],
    ['action JB to send the report', { kind: 'actionCapture', spec: 'JB to send the report' }],
    [
      'guest Barbara Nicholls for item 1',
      { kind: 'guest', person: 'Barbara Nicholls', forItem: '1' },
    ],
    // `report 2026` is the year from April 2026.
    ['report 2026', { kind: 'report', year: '2026-27' }],
    ['report 2026/27', { kind: 'report', year: '2026-27' }],
    ['report 2022-23', { kind: 'report', year: '2022-23' }],
    ['report 1999', { kind: 'report', year: '1999-00' }],
  ])('%j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['welcome to the meeting', /^failure: I don't know/],
    ['report 2026/28', /^failure: "2026-28" is not a reporting year/],
    ['Action', /^failure: Say who does what/],
  ])('%j is still not understood', (text, expected) => {
    expect(read(text)).toMatch(expected);
  });
});

describe('did you mean (issue 22, item 4)', () => {
  it.each([
    ['agnda', 'agenda'],
    ['attendence', 'attendance'],
    ['acton JB to send the report', 'action JB to send the report'],
    ['Acton JB to send the report', 'action JB to send the report'],
    ['sumary post', 'summary post'],
    ['meting start', 'meeting start'],
    ['apologys JP', 'apologies JP'],
    ['qorum', 'quorum'],
    ['nots the report was noted', 'note the report was noted'],
    ['Noted the report', 'note the report'],
    ['histroy', 'history'],
  ])('%j → %j', (typed, meant) => {
    expect(suggestCommand(typed)).toBe(meant);
  });

  it.each([
    'agenda',
    'JB to send',
    'thanks everyone',
    'xyz',
    'hello',
    '2026',
    'welcome to the meeting',
  ])('%j gets no suggestion', (typed) => {
    expect(suggestCommand(typed)).toBeUndefined();
  });

  it('knows every command word parseCommand reads, and help names each', () => {
    const help = COMMAND_CATALOGUE.map((e) => e.usage.toLowerCase()).join('\n');
    for (const word of COMMAND_WORDS) {
      const result = read(word);
      expect(typeof result === 'string' ? result : 'parsed', word).not.toMatch(
        /^failure: I don't know/,
      );
      if (!['register', 'minutetaker', 'agreed'].includes(word))
        expect(help, `help lists "${word}"`).toMatch(new RegExp(`(^|[\\s|(])${word}\\b`, 'm'));
    }
    for (const usage of [
      'summary  |  summary post',
      'minutes',
      'report [<year>]',
      'personal data [<initials>]',
    ])
      expect(COMMAND_CATALOGUE.map((e) => e.usage)).toContain(usage);
  });
});
