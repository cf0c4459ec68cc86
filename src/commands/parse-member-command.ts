import type { Command, ParseResult } from './command.js';
import { parsed, parseFailure } from './command.js';
import { usageOf } from './command-catalogue.js';
import { INITIALS_PATTERN } from '../domain/initials.js';

type EditField = 'name' | 'designation' | 'agency' | 'role';
const FIELDS: readonly EditField[] = ['name', 'designation', 'agency', 'role'];

/**
 * `member edit EM officer` (or `as officer`, `sits as officer`) and `member edit EM member` first:
 * an officer is "in attendance" without a code, a member holds one.
 */
const sitsAsOf = (
  words: readonly string[],
): { sitsAs?: 'member' | 'officer'; words: readonly string[] } => {
  let at = 0;
  if ((words[at] ?? '').toLowerCase() === 'sits') at += 1;
  if ((words[at] ?? '').toLowerCase() === 'as') at += 1;
  const word = (words[at] ?? '').toLowerCase().replace(/[.!]$/, '');
  if (word === 'officer' || word === 'member') return { sitsAs: word, words: words.slice(at + 1) };
  return { words };
};

/**
 * `member edit RS name Robert South designation Director Children’s Services agency LBH role
 * chair`: each field word starts its value once; a later repeat of the word is part of the value.
 * An agency is one code.
 */
const parseEdit = (initials: string, all: readonly string[]): ParseResult => {
  const usage = usageOf('memberEdit');
  const { sitsAs, words } = sitsAsOf(all);
  const values = new Map<EditField, string[]>();
  let field: EditField | undefined;
  for (const word of words) {
    const asField = FIELDS.find((f) => f === word.toLowerCase());
    const full = field === 'agency' && (values.get(field)?.length ?? 0) > 0;
    if (asField !== undefined && !values.has(asField)) {
      field = asField;
      values.set(asField, []);
      continue;
    }
    if (field === undefined || full)
      return parseFailure(
        `I did not understand "${word}": say which detail changes (name, designation, agency or role).`,
        usage,
      );
    values.get(field)?.push(word);
  }
  if (values.size === 0 && sitsAs === undefined)
    return parseFailure(
      'Say what to change: name, designation, agency or role, or "officer" / "member".',
      usage,
    );
  const command: Extract<Command, { kind: 'memberEdit' }> = {
    kind: 'memberEdit',
    initials,
    ...(sitsAs !== undefined && { sitsAs }),
  };
  for (const [key, parts] of values) {
    const value = parts.join(' ').trim();
    if (value === '' && key !== 'designation')
      return parseFailure(`Give the new ${key} after the word "${key}".`, usage);
    command[key] = value;
  }
  return parsed(command);
};

/** `member leave <initials> [on <date>]`, `member rejoin <initials>`, `member edit <initials> …`. */
export const parseMemberCommand = (firstLine: string): ParseResult => {
  const words = firstLine.split(/\s+/).filter((w) => w !== '');
  const sub = (words[1] ?? '').toLowerCase();
  const raw = words[2] ?? '';
  const initials = raw.toUpperCase();
  const kind = sub === 'leave' ? 'memberLeave' : sub === 'rejoin' ? 'memberRejoin' : 'memberEdit';
  if (sub !== 'leave' && sub !== 'rejoin' && sub !== 'edit')
    return parseFailure(
      `"member ${words[1] ?? ''}" is not a command.`,
      [usageOf('memberLeave'), usageOf('memberRejoin'), usageOf('memberEdit')].join('  or  '),
    );
  if (!INITIALS_PATTERN.test(initials))
    return parseFailure(
      raw === ''
        ? 'Say which member, by initials.'
        : `"${raw}" is not a member’s initials, like RS.`,
      usageOf(kind),
    );
  const rest = words.slice(3);
  if (sub === 'rejoin') {
    if (rest.length > 0) return parseFailure('Only the initials, please.', usageOf(kind));
    return parsed({ kind: 'memberRejoin', initials });
  }
  if (sub === 'leave') {
    if (rest.length === 0) return parsed({ kind: 'memberLeave', initials });
    const on = (rest[0] ?? '').toLowerCase() === 'on' ? rest.slice(1) : rest;
    if (on.length === 0) return parseFailure('Give the date they left.', usageOf(kind));
    return parsed({ kind: 'memberLeave', initials, on: on.join(' ') });
  }
  return parseEdit(initials, rest);
};
