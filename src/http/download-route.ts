import type { IncomingMessage, ServerResponse } from 'node:http';
import { verifyDownload } from '../services/download-links.js';
import { exportAttendanceCsv } from '../services/export-attendance.js';
import { exportActionsCsv } from '../services/export-actions.js';
import { exportMinutesDocx } from '../services/export-minutes.js';
import { exportReportCsv } from '../services/export-report.js';
import { exportSubjectData } from '../services/export-subject-data.js';
import type { Deps } from '../services/ports.js';

const refuse = (res: ServerResponse): void => {
  res
    .writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
    .end('This link has expired or is not valid. Ask Quorate for a new one.');
};

/** The path's token, or undefined when its percent-encoding is broken (`%ZZ`, a cut sequence). */
const decodeToken = (encoded: string): string | undefined => {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
};

/**
 * GET /files/<token>: a signed, expiring download made for one member of one board; it is served
 * only while that person is still a member. Never a public URL.
 */
export const createDownloadRoute =
  (deps: Pick<Deps, 'boards' | 'meetings' | 'actions' | 'audit' | 'clock' | 'approvedMinutes'>, secret: string) =>
  async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'GET') {
      res.writeHead(405).end();
      return;
    }
    const token = decodeToken((req.url ?? '').split('?')[0]?.slice('/files/'.length) ?? '');
    const grant = token === undefined ? undefined : verifyDownload(token, secret, deps.clock.now());
    if (grant === undefined) return refuse(res);
    const csv = (f: { fileName: string; csv: string } | undefined) =>
      f && {
        fileName: f.fileName,
        body: Buffer.from(f.csv, 'utf8'),
        type: 'text/csv; charset=utf-8',
      };
    const file =
      grant.kind === 'minutes.docx'
        ? await exportMinutesDocx(deps, grant).then(
            (f) =>
              f && {
                ...f,
                type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
              },
          )
        : grant.kind === 'actions.csv'
          ? csv(await exportActionsCsv(deps, grant))
          : grant.kind === 'report.csv'
            ? csv(await exportReportCsv(deps, grant))
            : grant.kind === 'subject.json'
              ? await exportSubjectData(deps, grant).then(
                  (f) =>
                    f && {
                      fileName: f.fileName,
                      body: Buffer.from(f.json, 'utf8'),
                      type: 'application/json; charset=utf-8',
                    },
                )
              : csv(await exportAttendanceCsv(deps, grant));
    if (file === undefined) return refuse(res);
    res
      .writeHead(200, {
        'content-type': file.type,
        'content-disposition': `attachment; filename="${file.fileName}"`,
        'cache-control': 'no-store',
        'content-length': file.body.length,
      })
      .end(file.body);
  };
