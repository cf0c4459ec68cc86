import { attendanceMatrix, attendanceMatrixCsv } from '../domain/attendance-report.js';
import { findMemberByAad } from '../domain/board.js';
import type { DownloadGrant } from './download-links.js';
import type { Deps } from './ports.js';

/**
 * The attendance matrix of every meeting held, as CSV, for a still-valid grant whose holder is
 * still a member of the board. Undefined otherwise.
 */
export const exportAttendanceCsv = async (
  deps: Pick<Deps, 'boards' | 'meetings'>,
  grant: DownloadGrant,
): Promise<{ fileName: string; csv: string } | undefined> => {
  const board = await deps.boards.findById(grant.tenantId, grant.boardId);
  if (board === undefined || findMemberByAad(board, grant.aadObjectId) === undefined)
    return undefined;
  const meetings = (await deps.meetings.listForBoard(board.id)).filter(
    (m) => m.status !== 'planned',
  );
  const csv = attendanceMatrixCsv(attendanceMatrix(board, meetings, meetings.length));
  const slug =
    board.name
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'board';
  return { fileName: `${slug}-attendance.csv`, csv: `\ufeff${csv}\r\n` };
};
