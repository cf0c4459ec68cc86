import type { ParseResult } from './command.js';
import { parsed, parseFailure } from './command.js';
import { usageOf } from './command-catalogue.js';
import { splitInterestWords } from './split-interest-words.js';

const REMOVE_WORDS = ['remove', 'delete', 'withdraw', 'withdrawn'];

/**
 * `interest remove <initials or name> <item>` and `interest edit <initials or name> <item> <new
 * text>`: the member's declaration at that item is taken off or reworded.
 */
export const parseInterestChange = (verb: string, rest: string): ParseResult => {
  const remove = REMOVE_WORDS.includes(verb.toLowerCase());
  const split = splitInterestWords(rest);
  const example = remove
    ? 'Say whose declaration and at which item, e.g. "interest remove KC 3".'
    : 'Say whose declaration, at which item, and the new wording, e.g. "interest edit KC 3 Trustee of the provider under review".';
  if (split === undefined || (!remove && split.text === ''))
    return parseFailure(example, usageOf('interest'));
  const { who, item, text } = split;
  return remove
    ? parsed({ kind: 'interestRemove', who, item })
    : parsed({ kind: 'interestEdit', who, item, text });
};
