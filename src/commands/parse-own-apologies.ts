import type { ParseResult } from './command.js';
import { parsed, parseFailure } from './command.js';
import { usageOf } from './command-catalogue.js';

const DATE_WORD =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|next|tomorrow|today)/i;

/** "Jane Smith, DCI" or "Jane Smith (DCI)": a name and, after a comma or in brackets, a role. */
export const parseDeputyWords = (words: string): { name: string; designation?: string } => {
  const trimmed = words.trim();
  const bracket = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(trimmed);
  const [name, designation] =
    bracket === null
      ? [trimmed.split(',')[0] ?? '', trimmed.split(',').slice(1).join(',')]
      : [bracket[1] ?? '', bracket[2] ?? ''];
  return {
    name: name.trim(),
    ...(designation.trim() !== '' && { designation: designation.trim() }),
  };
};

/**
 * A member's own apologies with a date or a deputy: `apologies for 18/12/26`, `apologies deputy
 * DI Sam Patel, Detective Inspector`, `apologies for Friday deputy Sam Patel (DI)`. Undefined when
 * `args` is neither (plain `apologies` or `apologies <initials…>`, read as before): "apologies for
 * RS" names initials, not a date.
 */
export const parseOwnApologies = (args: string): ParseResult | undefined => {
  const match = /^(?:for\s+(.+?))?\s*(?:[,;]?\s*(?:with\s+)?deputy\s*:?\s*(.*))?$/i.exec(
    args.trim(),
  );
  if (match === null) return undefined;
  const [, when, deputy] = match;
  if (when === undefined && deputy === undefined) return undefined;
  if (when !== undefined && !DATE_WORD.test(when) && deputy === undefined) return undefined;
  if (deputy !== undefined && deputy.trim() === '')
    return parseFailure('Give the deputy’s name after "deputy".', usageOf('ownApologies'));
  const person = deputy === undefined ? undefined : parseDeputyWords(deputy);
  if (person !== undefined && person.name === '')
    return parseFailure('Give the deputy’s name after "deputy".', usageOf('ownApologies'));
  /** "for the next meeting" is what apologies are for anyway. */
  const date =
    when === undefined || /^(?:the\s+)?next(?:\s+meeting)?$/i.test(when.trim())
      ? undefined
      : when.trim();
  return parsed({
    kind: 'ownApologies',
    ...(date !== undefined && { date }),
    ...(person !== undefined && { deputy: person }),
  });
};
