import type { AnnualReport } from '../domain/annual-report.js';
import type { Board } from '../domain/board.js';
import { formatLongDate } from '../domain/zoned-time.js';
import type { AdaptiveCard } from './card-types.js';
import { card, facts, heading, section, subtle, text } from './elements.js';

const percent = (rate: number | undefined): string =>
  rate === undefined ? '—' : `${Math.round(rate * 100)}%`;

/** Annual report figures: attendance by agency (N/A left out), deputies, actions. */
export const renderReportCard = (
  board: Board,
  report: AnnualReport,
  csvUrl?: string,
): AdaptiveCard =>
  card(
    [
      ...heading(
        `Annual figures ${report.year}`,
        `${board.name} · ${formatLongDate(report.from)} to ${formatLongDate(report.to)}`,
      ),
      facts([
        ['Meetings held', String(report.meetingsHeld)],
        ['Represented by deputy only', percent(report.deputyRate)],
        ['Actions raised', String(report.actions.raised)],
        ['Completed', `${report.actions.completed} (${report.actions.completedOnTime} on time)`],
        ['Overdue at year end', String(report.actions.overdue)],
      ]),
      section(
        'Attendance by agency',
        report.agencies.map((a) =>
          text(
            `**${a.name}**${a.statutory ? ' (statutory)' : ''}: ${a.represented} of ${a.meetings} meetings (${percent(a.rate)})${a.byDeputyOnly > 0 ? `, ${a.byDeputyOnly} by deputy only` : ''}`,
            { size: 'Small', spacing: 'Small' },
          ),
        ),
      ),
      subtle('Rates leave out meetings where the agency had no member on the board (N/A).'),
    ],
    csvUrl === undefined ? [] : [{ type: 'Action.OpenUrl', title: 'Download CSV', url: csvUrl }],
  );
