import type { ParseResult } from './command.js';
import { parsed, parseFailure } from './command.js';
import { namesMinutesMeeting } from '../domain/read-minutes-date.js';
import { displayUsage, usageOf } from './command-catalogue.js';
import { MINUTES_ARCHIVE_USAGE } from './minutes-archive-catalogue.js';

/** `minutes [<date>|last]`, `minutes approved [with amendments: …]`, `minutes not approved [: <reason>]`. */
export const parseMinutesCommand = (args: string, firstLine: string): ParseResult => {
  if (args === '') return parsed({ kind: 'minutes' });
  const approved = /^approved\b\s*(?:(?:with\s+)?amendments?\s*:?\s*([\s\S]*))?$/i.exec(args);
  if (approved !== null) {
    const amendments = approved[1]?.trim() ?? '';
    if (/amend/i.test(args) && amendments === '') {
      return parseFailure(
        'Write the amendments after "with amendments:".',
        usageOf('minutesApproved'),
      );
    }
    return parsed({ kind: 'minutesApproved', ...(amendments !== '' && { amendments }) });
  }
  const notApproved = /^not\s+approved\b\s*:?\s*([\s\S]*)$/i.exec(args);
  if (notApproved !== null) {
    const reason = notApproved[1]?.trim() ?? '';
    return parsed({ kind: 'minutesNotApproved', ...(reason !== '' && { reason }) });
  }
  if (namesMinutesMeeting(args)) return parsed({ kind: 'minutes', when: args.trim() });
  return parseFailure(
    `"${firstLine}" is not a minutes command.`,
    `${displayUsage(MINUTES_ARCHIVE_USAGE)}  |  ${usageOf('minutesApproved')}`,
  );
};
