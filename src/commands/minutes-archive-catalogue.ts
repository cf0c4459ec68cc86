import type { CommandKind } from './command.js';

/** A catalogue entry (command-catalogue.ts) of the minutes archive (issue 20). */
type MinutesArchiveEntry = {
  kind: CommandKind;
  usage: string;
  summary: string;
  group: 'Summaries, minutes and reports';
  managersOnly: boolean;
  withoutBoard: boolean;
};

export const MINUTES_ARCHIVE_USAGE = 'minutes <date>  |  minutes last';

export const MINUTES_ARCHIVE_CATALOGUE: readonly MinutesArchiveEntry[] = [
  {
    kind: 'minutes',
    usage: MINUTES_ARCHIVE_USAGE,
    summary:
      'Any meeting’s minutes by date ("minutes 13/07/22", "minutes 13 July 2022"), as approved once a later meeting approved them',
    group: 'Summaries, minutes and reports',
    managersOnly: false,
    withoutBoard: false,
  },
];
