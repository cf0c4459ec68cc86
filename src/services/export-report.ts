import { annualReport, reportingPeriod, reportingRange } from '../domain/annual-report.js';
import { csvTable } from '../domain/csv.js';
import { todayIn } from '../domain/parse-when.js';
import { csvDownload } from './csv-download.js';
import type { DownloadGrant } from './download-links.js';
import { findGrantedBoard } from './find-granted-board.js';
import type { Deps } from './ports.js';

const percent = (rate: number | undefined): string =>
  rate === undefined ? '' : String(Math.round(rate * 1000) / 10);

/** The annual figures as CSV: one row per agency, then the action figures. */
export const exportReportCsv = async (
  deps: Pick<Deps, 'boards' | 'meetings' | 'actions' | 'clock'>,
  grant: DownloadGrant,
): Promise<{ fileName: string; csv: string } | undefined> => {
  const board = await findGrantedBoard(deps, grant);
  if (board === undefined || grant.year === undefined) return undefined;
  const [meetings, actions] = await Promise.all([
    deps.meetings.listBetween(board.id, reportingPeriod(grant.year)),
    deps.actions.listForYear(
      board.id,
      reportingRange(grant.year, todayIn(deps.clock.now(), board.rules.timeZone)),
    ),
  ]);
  const report = annualReport(
    board,
    meetings,
    actions,
    grant.year,
    todayIn(deps.clock.now(), board.rules.timeZone),
  );
  const rows = [
    [
      'Agency',
      'Code',
      'Statutory',
      'Meetings',
      'Represented',
      'By member',
      'By deputy only',
      'Rate %',
    ],
    ...report.agencies.map((a) => [
      a.name,
      a.code,
      a.statutory ? 'yes' : 'no',
      String(a.meetings),
      String(a.represented),
      String(a.byMember),
      String(a.byDeputyOnly),
      percent(a.rate),
    ]),
    [],
    ['Meetings held', String(report.meetingsHeld)],
    ['Represented by deputy only %', percent(report.deputyRate)],
    ['Actions raised', String(report.actions.raised)],
    ['Actions completed', String(report.actions.completed)],
    ['Completed by their due date', String(report.actions.completedOnTime)],
    ['Overdue at year end', String(report.actions.overdue)],
  ];
  return csvDownload(board.name, `report-${grant.year}`, csvTable(rows));
};
