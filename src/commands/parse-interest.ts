import type { ParseResult } from './command.js';
import { parsed, parseFailure } from './command.js';
import { usageOf } from './command-catalogue.js';
import { parseInterestChange } from './parse-interest-change.js';

/** An item as a chair names it: "3", "2a", "2.1", "item 3", or a standing label ("AOB"). */
const ITEM = /^(?:\d+(?:[a-z]|(?:\.\d+)+)?|aob|minutes|welcome|interests)$/i;

/**
 * `interest item on|off` (the board's standing item) and `interest <initials or name> <item>
 * <text>`: the item is the first word that reads as one, after at least one word naming the member.
 */
export const parseInterest = (args: string): ParseResult => {
  const words = args
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  /** "2a:" and "3," name an item as "2a" and "3" do. */
  const itemAt = (n: number): string => (words[n] ?? '').replace(/[:,.;]+$/, '');
  const setting = /^item\s+(on|off)$/i.exec(args.trim());
  const change = /^(remove|delete|withdraw|withdrawn|edit|change|correct)\s+([\s\S]+)$/i.exec(args.trim());
  if (change !== null) return parseInterestChange(change[1] ?? '', change[2] ?? '');
  if (setting !== null)
    return parsed({ kind: 'interestItem', on: setting[1]?.toLowerCase() === 'on' });
  let at = -1;
  for (let n = 1; n < words.length; n++) {
    if (words[n]?.toLowerCase() === 'item' && ITEM.test(itemAt(n + 1))) {
      at = n;
      break;
    }
    if (ITEM.test(itemAt(n))) {
      at = n;
      break;
    }
  }
  const itemWords = at >= 0 && words[at]?.toLowerCase() === 'item' ? 2 : 1;
  const text =
    at < 0
      ? ''
      : words
          .slice(at + itemWords)
          .join(' ')
          .replace(/^[:\s-–—]+/, '');
  if (at < 0 || text === '')
    return parseFailure(
      'Say whose interest, at which item, and what it is, e.g. "interest KC 3 Director of the provider under review".',
      usageOf('interest'),
    );
  return parsed({
    kind: 'interest',
    who: words.slice(0, at).join(' '),
    item: itemAt(at + itemWords - 1),
    text,
  });
};
