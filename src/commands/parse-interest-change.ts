import type { ParseResult } from './command.js';
import { parsed, parseFailure } from './command.js';
import { usageOf } from './command-catalogue.js';

/** An item as a chair names it: "3", "2a", "2.1", or a standing label ("AOB"). */
const ITEM = /^(?:\d+(?:[a-z]|(?:\.\d+)+)?|aob|minutes|welcome|interests)$/i;

const REMOVE_WORDS = ['remove', 'delete', 'withdraw', 'withdrawn'];

/**
 * `interest remove <initials or name> <item>` and `interest edit <initials or name> <item> <new
 * text>`: the member's declaration at that item is taken off or reworded.
 */
export const parseInterestChange = (verb: string, rest: string): ParseResult => {
  const remove = REMOVE_WORDS.includes(verb.toLowerCase());
  const words = rest.split(/\s+/).filter((w) => w !== '');
  const clean = (w: string | undefined): string => (w ?? '').replace(/[:,.;]+$/, '');
  let at = -1;
  for (let n = 1; n < words.length; n++) {
    const word = clean(words[n]);
    if (ITEM.test(word) || (word.toLowerCase() === 'item' && ITEM.test(clean(words[n + 1])))) {
      at = n;
      break;
    }
  }
  const named = at >= 0 && clean(words[at]).toLowerCase() === 'item' ? at + 1 : at;
  const text = words
    .slice(named + 1)
    .join(' ')
    .replace(/^[:\s\-–—]+/, '')
    .trim();
  const example = remove
    ? 'Say whose declaration and at which item, e.g. "interest remove KC 3".'
    : 'Say whose declaration, at which item, and the new wording, e.g. "interest edit KC 3 Trustee of the provider under review".';
  if (at < 0 || (!remove && text === '')) return parseFailure(example, usageOf('interest'));
  const who = words.slice(0, at).join(' ');
  const item = clean(words[named]);
  return remove
    ? parsed({ kind: 'interestRemove', who, item })
    : parsed({ kind: 'interestEdit', who, item, text });
};
