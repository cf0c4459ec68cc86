import { attendanceMatrix, attendanceMatrixCsv } from '../domain/attendance-report.js';
import { csvDownload } from './csv-download.js';
import type { DownloadGrant } from './download-links.js';
import { findGrantedBoard } from './find-granted-board.js';
import type { Deps } from './ports.js';

const EXPORTED_MEETINGS = 100;

/**
 * The attendance matrix of the meetings held (the last hundred: eight years of monthly meetings,
 * beyond the default retention), as CSV, for a still-valid grant whose holder is
 * still a member of the board. Undefined otherwise.
 */
export const exportAttendanceCsv = async (
  deps: Pick<Deps, 'boards' | 'meetings'>,
  grant: DownloadGrant,
): Promise<{ fileName: string; csv: string } | undefined> => {
  const board = await findGrantedBoard(deps, grant);
  if (board === undefined) return undefined;
  const meetings = await deps.meetings.listRecent(board.id, EXPORTED_MEETINGS, {
    startedOnly: true,
  });
  const csv = attendanceMatrixCsv(attendanceMatrix(board, meetings, meetings.length));
  return csvDownload(board.name, 'attendance', csv);
};
