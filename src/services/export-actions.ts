import type { Action } from '../domain/action.js';
import { latestUpdate, ownerInitials } from '../domain/action.js';
import { csvTable } from '../domain/csv.js';
import type { Audience } from '../domain/disclosure.js';
import type { BoardId } from '../domain/ids.js';
import { disclosureView } from '../domain/disclosure.js';
import { csvDownload } from './csv-download.js';
import type { DownloadGrant } from './download-links.js';
import { findGrantedBoard } from './find-granted-board.js';
import { findDisclosureMeetings } from './find-disclosure-meetings.js';
import type { Deps } from './ports.js';

/** The CSV lists every action: read a page at a time, never in one answer. */
const wholeLog = async (deps: Pick<Deps, 'actions'>, boardId: BoardId): Promise<Action[]> => {
  const all: Action[] = [];
  for await (const page of deps.actions.pagesOfLog(boardId)) all.push(...page);
  return all;
};

/** The board's whole action log as CSV, for a valid grant whose holder is still a member. */
export const exportActionsCsv = async (
  deps: Pick<Deps, 'boards' | 'actions' | 'meetings'>,
  grant: DownloadGrant,
): Promise<{ fileName: string; csv: string } | undefined> => {
  const board = await findGrantedBoard(deps, grant);
  if (board === undefined) return undefined;
  const audience: Audience = grant.version === 'public' ? { kind: 'public' } : { kind: 'member' };
  const stored = await wholeLog(deps, board.id);
  const meetings = await findDisclosureMeetings(deps, board, stored);
  const actions = stored.map(disclosureView(audience, board.rules, meetings).action);
  const rows = [
    ['Number', 'Reference', 'Action', 'Owners', 'Due', 'Status', 'Latest update', 'Raised'],
    ...actions.map((a) => [
      String(a.number),
      a.reference ?? '',
      a.text,
      ownerInitials(a.owners),
      a.due ?? 'next meeting',
      a.status,
      latestUpdate(a)?.text ?? '',
      a.createdAt.slice(0, 10),
    ]),
  ];
  return csvDownload(board.name, 'actions', csvTable(rows));
};
