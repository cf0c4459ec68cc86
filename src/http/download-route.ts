import type { IncomingMessage, ServerResponse } from 'node:http';
import { verifyDownload } from '../services/download-links.js';
import { exportAttendanceCsv } from '../services/export-attendance.js';
import type { Deps } from '../services/ports.js';

const refuse = (res: ServerResponse): void => {
  res
    .writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
    .end('This link has expired or is not valid. Ask Quorate for a new one.');
};

/**
 * GET /files/<token>: a signed, expiring download made for one member of one board; it is served
 * only while that person is still a member. Never a public URL.
 */
export const createDownloadRoute =
  (deps: Pick<Deps, 'boards' | 'meetings' | 'clock'>, secret: string) =>
  async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'GET') {
      res.writeHead(405).end();
      return;
    }
    const token = decodeURIComponent((req.url ?? '').split('?')[0]?.slice('/files/'.length) ?? '');
    const grant = verifyDownload(token, secret, deps.clock.now());
    if (grant === undefined) return refuse(res);
    const file = await exportAttendanceCsv(deps, grant);
    if (file === undefined) return refuse(res);
    res
      .writeHead(200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${file.fileName}"`,
        'cache-control': 'no-store',
      })
      .end(file.csv);
  };
