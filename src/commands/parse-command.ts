import type { ParseResult } from './command.js';
import { usageOf } from './command-catalogue.js';

const fail = (message: string, usage?: string): ParseResult =>
  usage === undefined ? { ok: false, message } : { ok: false, message, usage };

const AGENCY_CODE = /^[A-Za-z][A-Za-z0-9&-]{0,11}$/;

/**
 * Reads one chat message (bot mention already removed) as a command. Never throws: anything it
 * cannot read comes back with what was wrong and the right form.
 */
export const parseCommand = (rawText: string): ParseResult => {
  const text = rawText.replace(/\u00a0/g, ' ').trim();
  const firstLineEnd = text.indexOf('\n');
  const firstLine = (firstLineEnd < 0 ? text : text.slice(0, firstLineEnd)).trim();
  const rest = firstLineEnd < 0 ? '' : text.slice(firstLineEnd + 1);
  const words = firstLine.split(/\s+/).filter((w) => w.length > 0);
  const head = (words[0] ?? '').toLowerCase();
  const second = (words[1] ?? '').toLowerCase();

  switch (head) {
    case '':
      return fail('I did not get a command.');
    case 'help':
    case '?':
      return { ok: true, command: { kind: 'help' } };
    case 'setup': {
      const name = firstLine.slice(words[0]?.length ?? 0).trim();
      if (name.length > 120)
        return fail('That board name is too long (120 characters at most).', usageOf('setup'));
      return { ok: true, command: name === '' ? { kind: 'setup' } : { kind: 'setup', name } };
    }
    case 'members':
      if (words.length === 1) return { ok: true, command: { kind: 'members' } };
      if (second === 'import') {
        const inline = firstLine.split(/\s+/).slice(2).join(' ');
        const table = [inline, rest].filter((p) => p.trim() !== '').join('\n');
        if (table.trim() === '') {
          return fail(
            'Paste the table on the lines after "members import".',
            usageOf('membersImport'),
          );
        }
        return { ok: true, command: { kind: 'membersImport', table } };
      }
      return fail(
        `"members ${words[1] ?? ''}" is not a command.`,
        `${usageOf('members')}  or  ${usageOf('membersImport')}`,
      );
    case 'agency': {
      if (second !== 'add')
        return fail('Agencies are added with "agency add".', usageOf('agencyAdd'));
      const code = words[2] ?? '';
      if (!AGENCY_CODE.test(code)) {
        return fail(
          code === ''
            ? 'Give the agency a short code.'
            : `"${code}" is not a usable code: use letters and digits, up to 12.`,
          usageOf('agencyAdd'),
        );
      }
      let nameWords = words.slice(3);
      const statutory = nameWords.at(-1)?.toLowerCase() === 'statutory';
      if (statutory) nameWords = nameWords.slice(0, -1);
      const name = nameWords.join(' ').trim();
      if (name === '')
        return fail(`Give agency ${code.toUpperCase()} a name.`, usageOf('agencyAdd'));
      return {
        ok: true,
        command: { kind: 'agencyAdd', code: code.toUpperCase(), name, statutory },
      };
    }
    default:
      return fail(
        `I don't know "${firstLine.length > 40 ? `${firstLine.slice(0, 40)}…` : firstLine}".`,
      );
  }
};
