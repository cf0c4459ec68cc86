import type { ParseResult } from './command.js';
import { parsed, parseFailure } from './command.js';
import { usageOf } from './command-catalogue.js';

/**
 * `guest remove <name>` and `deputy remove for <initials>`; `undefined` when the line is not one
 * (a guest or deputy being recorded). A deputy called "Remove" would need to be recorded by
 * another word order: there is none on the reference boards.
 */
export const parseRegisterRemoval = (
  head: 'guest' | 'deputy',
  firstLine: string,
): ParseResult | undefined => {
  if (head === 'guest') {
    const match = /^guest\s+remove(?:\s+(.*))?$/i.exec(firstLine.trim());
    if (match === null) return undefined;
    const name = (match[1] ?? '').trim();
    return name === ''
      ? parseFailure('Give the guest’s name.', usageOf('guestRemove'))
      : parsed({ kind: 'guestRemove', name });
  }
  const match = /^deputy\s+remove(?:\s+(.*))?$/i.exec(firstLine.trim());
  if (match === null) return undefined;
  const initials = /^(?:for\s+)?([A-Za-z0-9]{1,6})$/i.exec((match[1] ?? '').trim());
  return initials === null
    ? parseFailure('Say whose deputy to remove, by initials.', usageOf('deputyRemove'))
    : parsed({ kind: 'deputyRemove', forInitials: (initials[1] ?? '').toUpperCase() });
};
