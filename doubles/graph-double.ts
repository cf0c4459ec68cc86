import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One attendance record as Graph writes it (`attendanceRecord`). */
export type GraphAttendanceRecord = {
  emailAddress?: string | null;
  identity: { id: string | null; displayName: string | null; tenantId?: string | null };
  role?: string;
  totalAttendanceInSeconds?: number;
};

export type GraphReport = {
  id: string;
  meetingStartDateTime: string;
  meetingEndDateTime: string;
  records: GraphAttendanceRecord[];
};

/** A status and headers to answer instead of the data (403, 404, 429 with Retry-After, 5xx). */
export type GraphFault = { status: number; headers?: Record<string, string> };

export type GraphDouble = {
  /** The base URL to configure (GRAPH_BASE_URL), like `https://graph.microsoft.com/v1.0`. */
  url: string;
  /** Reports per `<organizer>/<meeting>` key. */
  reports: Map<string, GraphReport[]>;
  /** Every request: path (with query), the Authorization header, the status answered. */
  requests: { path: string; authorization?: string; status: number }[];
  /** Decides a fault for a request (undefined: answer the data); `attempt` counts per path. */
  fault: (path: string, attempt: number) => GraphFault | undefined;
  /** Forgets reports, requests, attempts and the fault. */
  reset: () => void;
  close: () => Promise<void>;
};

const json = (status: number, body: unknown, headers: Record<string, string> = {}) => ({
  status,
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json', ...headers },
});

/**
 * Microsoft Graph's online meeting attendance reports on 127.0.0.1, answering as Graph does:
 * `GET /v1.0/users/{organizer}/onlineMeetings/{id}/attendanceReports` (a `value` list) and
 * `…/attendanceReports/{reportId}?$expand=attendanceRecords`; 404 with Graph's error body for
 * an unknown meeting or report; faults (403, 429 with Retry-After, 5xx) as `fault` says.
 */
export const startGraphDouble = async (): Promise<GraphDouble> => {
  const attempts = new Map<string, number>();
  const double: GraphDouble = {
    url: '',
    reports: new Map(),
    requests: [],
    fault: () => undefined,
    reset: () => {
      double.reports.clear();
      double.requests.length = 0;
      double.fault = () => undefined;
      attempts.clear();
    },
    close: () => Promise.resolve(),
  };
  const answer = (path: string): ReturnType<typeof json> => {
    const url = new URL(path, 'http://graph.local');
    const match =
      /^\/v1\.0\/users\/([^/]+)\/onlineMeetings\/([^/]+)\/attendanceReports(?:\/([^/]+))?$/.exec(
        url.pathname,
      );
    if (match === null)
      return json(400, { error: { code: 'BadRequest', message: 'Unsupported request' } });
    const [, organizer = '', meeting = '', reportId] = match;
    const reports = double.reports.get(
      `${decodeURIComponent(organizer)}/${decodeURIComponent(meeting)}`,
    );
    const notFound = json(404, {
      error: { code: 'NotFound', message: 'The specified resource was not found.' },
    });
    if (reports === undefined) return notFound;
    const summary = (r: GraphReport) => ({
      id: r.id,
      totalParticipantCount: r.records.length,
      meetingStartDateTime: r.meetingStartDateTime,
      meetingEndDateTime: r.meetingEndDateTime,
    });
    if (reportId === undefined) {
      return json(200, {
        '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#meetingAttendanceReports',
        value: reports.map(summary),
      });
    }
    const report = reports.find((r) => r.id === decodeURIComponent(reportId));
    if (report === undefined) return notFound;
    const expand = url.searchParams.get('$expand') === 'attendanceRecords';
    return json(200, {
      ...summary(report),
      ...(expand && {
        attendanceRecords: report.records.map((r) => ({
          role: 'Attendee',
          totalAttendanceInSeconds: 1800,
          attendanceIntervals: [],
          ...r,
        })),
      }),
    });
  };
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    const attempt = (attempts.get(path) ?? 0) + 1;
    attempts.set(path, attempt);
    const fault = req.method === 'GET' ? double.fault(path, attempt) : { status: 405 };
    const result =
      fault === undefined
        ? answer(path)
        : json(
            fault.status,
            {
              error: {
                code: fault.status === 429 ? 'TooManyRequests' : 'Forbidden',
                message: 'double',
              },
            },
            fault.headers,
          );
    double.requests.push({
      path,
      ...(req.headers.authorization !== undefined && { authorization: req.headers.authorization }),
      status: result.status,
    });
    res.writeHead(result.status, result.headers).end(result.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  double.url = `http://127.0.0.1:${port}/v1.0`;
  double.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return double;
};
