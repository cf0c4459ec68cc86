import type { ParseResult } from './command.js';
import { parsed, parseFailure } from './command.js';
import { usageOf } from './command-catalogue.js';

const CODE = /^[A-Za-z][A-Za-z0-9&-]{0,11}$/;

const badCode = (code: string, usage: string): ParseResult =>
  parseFailure(
    code === ''
      ? 'Say which agency, by its code.'
      : `"${code}" is not an agency code: use letters and digits, up to 12.`,
    usage,
  );

/**
 * `agency remove <CODE>`, `agency rename <CODE> <name>`, `agency code <OLD> <NEW>` (`agency add` is
 * read in parse-command.ts). `words` are the message's first line split on spaces.
 */
export const parseAgencyCommand = (words: readonly string[]): ParseResult => {
  const sub = (words[1] ?? '').toLowerCase();
  const code = words[2] ?? '';
  switch (sub) {
    case 'remove':
    case 'delete': {
      const usage = usageOf('agencyRemove');
      if (!CODE.test(code) || words.length > 3) return badCode(code, usage);
      return parsed({ kind: 'agencyRemove', code: code.toUpperCase() });
    }
    case 'rename': {
      const usage = usageOf('agencyRename');
      if (!CODE.test(code)) return badCode(code, usage);
      const name = words.slice(3).join(' ').trim();
      if (name === '') return parseFailure(`Give ${code.toUpperCase()} its new name.`, usage);
      if (name.length > 120)
        return parseFailure('An agency name needs 120 characters at most.', usage);
      return parsed({ kind: 'agencyRename', code: code.toUpperCase(), name });
    }
    case 'code':
    case 'recode': {
      const usage = usageOf('agencyCode');
      const to = words[3] ?? '';
      if (!CODE.test(code)) return badCode(code, usage);
      if (!CODE.test(to) || words.length > 4) return badCode(to, usage);
      return parsed({ kind: 'agencyCode', from: code.toUpperCase(), to: to.toUpperCase() });
    }
    default:
      return parseFailure(
        `"agency ${words[1] ?? ''}" is not a command.`,
        [
          usageOf('agencyAdd'),
          usageOf('agencyRemove'),
          usageOf('agencyRename'),
          usageOf('agencyCode'),
        ].join('  or  '),
      );
  }
};
