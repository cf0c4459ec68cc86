import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/commands/parse-command.js';

describe('interest', () => {
  it.each([
    [
      'interest KC 3 Director of the provider under review',
      { kind: 'interest', who: 'KC', item: '3', text: 'Director of the provider under review' },
    ],
    [
      'Interest Korkor Ceasar item 2a: trustee of the charity',
      { kind: 'interest', who: 'Korkor Ceasar', item: '2a', text: 'trustee of the charity' },
    ],
    [
      'interest RS 2.1 — knows the family',
      { kind: 'interest', who: 'RS', item: '2.1', text: 'knows the family' },
    ],
    [
      'interest LB AOB works for the commissioned service',
      { kind: 'interest', who: 'LB', item: 'AOB', text: 'works for the commissioned service' },
    ],
    [
      'interest KC 4 spouse employed at 2 schools named',
      { kind: 'interest', who: 'KC', item: '4', text: 'spouse employed at 2 schools named' },
    ],
    ['interest remove KC 3', { kind: 'interestRemove', who: 'KC', item: '3' }],
    [
      'interest withdraw Korkor Ceasar item 2a',
      { kind: 'interestRemove', who: 'Korkor Ceasar', item: '2a' },
    ],
    [
      'interest edit KC 3: Trustee of the provider under review',
      { kind: 'interestEdit', who: 'KC', item: '3', text: 'Trustee of the provider under review' },
    ],
    [
      'Interest change RS item 2.1 — knows the family through school',
      { kind: 'interestEdit', who: 'RS', item: '2.1', text: 'knows the family through school' },
    ],
    ['interest item on', { kind: 'interestItem', on: true }],
    ['Interest Item OFF', { kind: 'interestItem', on: false }],
  ])('%j', (text, command) => {
    expect(parseCommand(text)).toEqual({ ok: true, command });
  });

  it.each([
    'interest',
    'interest KC',
    'interest KC 3',
    'interest KC Director of the provider',
    'interest 3 Director of the provider',
    'interest item maybe',
  ])('%j is refused with the usage', (text) => {
    const result = parseCommand(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain('Say whose interest, at which item');
    expect(result.usage).toContain('interest ‹initials or name› ‹item›');
  });

  it.each([
    ['interest remove KC', 'Say whose declaration and at which item'],
    ['interest remove 3', 'Say whose declaration and at which item'],
    ['interest edit KC 3', 'Say whose declaration, at which item, and the new wording'],
  ])('%j is refused with the right form', (text, message) => {
    const result = parseCommand(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain(message);
    expect(result.usage).toContain('interest ‹initials or name› ‹item›');
  });
});
