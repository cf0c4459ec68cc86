import type { ParseResult } from './command.js';
import { parsed, parseFailure } from './command.js';
import { usageOf } from './command-catalogue.js';
import { parseOwnApologies } from './parse-own-apologies.js';

/** `present|apologies|absent <initials…>`; `apologies` alone is a member's own. */
export const parseAttendanceCodes = (
  head: 'present' | 'apologies' | 'absent',
  args: string,
): ParseResult => {
  const own = head === 'apologies' ? parseOwnApologies(args) : undefined;
  if (own !== undefined) return own;
  const initials = args
    .split(/[\s,/]+/)
    .map((w) => w.trim().toUpperCase())
    .filter((w) => w !== '' && w !== 'AND' && !(head === 'apologies' && w === 'FOR'));
  if (head !== 'apologies' && initials.length === 0)
    return parseFailure(
      `Give the members’ initials, e.g. "${head} BB LB RS".`,
      usageOf('attendanceCodes'),
    );
  return parsed({
    kind: 'attendanceCodes',
    code: head === 'present' ? 'A' : head === 'apologies' ? 'SA' : 'DNA',
    initials,
  });
};

/** `deputy <name> [(<designation>)] for <initials>`. */
export const parseDeputy = (firstLine: string): ParseResult => {
  const match = /^deputy\s+(.+?)\s+for\s+([A-Za-z0-9]{1,6})\s*$/i.exec(firstLine);
  if (match === null) return parseFailure('Say who attends for whom.', usageOf('deputy'));
  return parsed({
    kind: 'deputy',
    person: match[1] ?? '',
    forInitials: (match[2] ?? '').toUpperCase(),
  });
};

/** `guest <name> [(<designation>)] [for item <item>]`. */
export const parseGuest = (firstLine: string): ParseResult => {
  const match = /^guest\s+(.+?)(?:\s+for\s+item\s+(\S+))?\s*$/i.exec(firstLine);
  if (match === null || (match[1] ?? '').trim() === '')
    return parseFailure('Give the guest’s name.', usageOf('guest'));
  return parsed({
    kind: 'guest',
    person: match[1] ?? '',
    ...(match[2] !== undefined && { forItem: match[2] }),
  });
};

const TIMING = {
  late: {
    pattern: /^late\s+([A-Za-z0-9]{1,6})(?:\s+at\s+item\s+(\S+))?\s*$/i,
    missing: 'Say who arrived late, by initials.',
  },
  left: {
    pattern: /^left\s+([A-Za-z0-9]{1,6})(?:\s+(?:early\s+)?(?:at|after)\s+item\s+(\S+))?\s*$/i,
    missing: 'Say who left early, by initials.',
  },
} as const;

/** `late <initials> [at item <item>]` and `left <initials> [early] [at|after item <item>]`. */
export const parseTiming = (kind: 'late' | 'left', firstLine: string): ParseResult => {
  const match = TIMING[kind].pattern.exec(firstLine);
  if (match === null) return parseFailure(TIMING[kind].missing, usageOf('late'));
  return parsed({
    kind,
    initials: (match[1] ?? '').toUpperCase(),
    ...(match[2] !== undefined && { atItem: match[2] }),
  });
};
