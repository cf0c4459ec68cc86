import type { ParseResult } from './command.js';
import { parsed, parseFailure } from './command.js';
import { usageOf } from './command-catalogue.js';

/**
 * `delegates`, `delegate <who> for <agency>`, `delegate remove <who> for <agency>`. The agency is
 * after the last "for", so a designation may contain one ("Head of Service for Children").
 */
export const parseDelegateCommand = (firstLine: string): ParseResult => {
  const words = firstLine.split(/\s+/);
  const head = (words[0] ?? '').toLowerCase();
  if (head === 'delegates') {
    const agency = words
      .slice(1)
      .join(' ')
      .replace(/^(?:for|of)\s+/i, '')
      .trim();
    return parsed(agency === '' ? { kind: 'delegates' } : { kind: 'delegates', agency });
  }
  const removing = (words[1] ?? '').toLowerCase() === 'remove';
  const rest = words.slice(removing ? 2 : 1).join(' ');
  const match = /^(.*\S)\s+for\s+(\S.*)$/i.exec(rest);
  if (match === null)
    return parseFailure(
      rest === '' ? 'Say who, and for which agency.' : 'Say which agency: "… for POLICE".',
      usageOf(removing ? 'delegateRemove' : 'delegate'),
    );
  const who = (match[1] ?? '').trim();
  const agency = (match[2] ?? '').trim();
  return parsed({ kind: removing ? 'delegateRemove' : 'delegate', who, agency });
};
