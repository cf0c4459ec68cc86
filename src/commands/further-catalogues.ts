import { CORRECTION_CATALOGUE } from './correction-catalogue.js';
import { DELEGATE_CATALOGUE } from './delegate-catalogue.js';
import { FORECAST_CATALOGUE } from './forecast-catalogue.js';
import { INTEREST_CATALOGUE } from './interest-catalogue.js';
import { MEETING_LINK_CATALOGUE } from './meeting-link-catalogue.js';
import { MINUTES_ARCHIVE_CATALOGUE } from './minutes-archive-catalogue.js';
import { ROSTER_CATALOGUE } from './roster-catalogue.js';

/** The catalogues of commands added since the first release, in the order `help` lists them. */
export const FURTHER_CATALOGUES = [
  ...ROSTER_CATALOGUE,
  ...CORRECTION_CATALOGUE,
  ...INTEREST_CATALOGUE,
  ...DELEGATE_CATALOGUE,
  ...MEETING_LINK_CATALOGUE,
  ...MINUTES_ARCHIVE_CATALOGUE,
  ...FORECAST_CATALOGUE,
] as const;
