import type { CommandKind } from './command.js';

/** Catalogue entries (command-catalogue.ts) of the quorum forecast and own apologies (issue 21). */
type ForecastEntry = {
  kind: CommandKind;
  usage: string;
  summary: string;
  group: 'Attendance and quorum';
  managersOnly: boolean;
  withoutBoard: boolean;
};

export const FORECAST_CATALOGUE: readonly ForecastEntry[] = [
  {
    kind: 'ownApologies',
    usage: 'apologies [for <date>] [deputy <name>, <designation>]',
    summary:
      'Send your own apologies for the next meeting (or the one on that date), naming a deputy if someone attends for you',
    group: 'Attendance and quorum',
    managersOnly: false,
    withoutBoard: false,
  },
  {
    kind: 'quorumForecast',
    usage: 'quorum forecast',
    summary:
      'Will the next meeting be quorate, and why: per statutory agency, a member expected, a deputy named, or apologies and nobody named',
    group: 'Attendance and quorum',
    managersOnly: true,
    withoutBoard: false,
  },
];
