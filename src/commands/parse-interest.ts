import type { ParseResult } from './command.js';
import { parsed, parseFailure } from './command.js';
import { usageOf } from './command-catalogue.js';
import { parseInterestChange } from './parse-interest-change.js';
import { splitInterestWords } from './split-interest-words.js';

/**
 * `interest item on|off` (the board's standing item) and `interest <initials or name> <item>
 * <text>`: the item is the first word that reads as one, after at least one word naming the member.
 */
export const parseInterest = (args: string): ParseResult => {
  const setting = /^item\s+(on|off)$/i.exec(args.trim());
  const change = /^(remove|delete|withdraw|withdrawn|edit|change|correct)\s+([\s\S]+)$/i.exec(
    args.trim(),
  );
  if (change !== null) return parseInterestChange(change[1] ?? '', change[2] ?? '');
  if (setting !== null)
    return parsed({ kind: 'interestItem', on: setting[1]?.toLowerCase() === 'on' });
  const split = splitInterestWords(args);
  if (split === undefined || split.text === '')
    return parseFailure(
      'Say whose interest, at which item, and what it is, e.g. "interest KC 3 Director of the provider under review".',
      usageOf('interest'),
    );
  return parsed({ kind: 'interest', ...split });
};
