import { z } from 'zod';
import type { ReportAttendee } from '../domain/report-attendees.js';
import type { AttendanceReportReader, AttendanceReportResult } from '../services/ports.js';

/** An app-only Microsoft Graph token, or undefined where there is none (local runs on a double). */
export type GraphTokenSource = () => Promise<string | undefined>;

export type GraphAttendanceOptions = {
  /** `https://graph.microsoft.com/v1.0`, or a loopback double in tests. */
  baseUrl: string;
  token: GraphTokenSource;
  /** Longest Retry-After a turn waits for (seconds); longer is `unavailable`. */
  maxRetryAfterSeconds?: number;
  /** Per request; a turn cannot wait long. */
  timeoutMs?: number;
};

const ReportList = z.object({
  value: z.array(
    z.object({ id: z.string().min(1), meetingStartDateTime: z.string().nullish() }).passthrough(),
  ),
  '@odata.nextLink': z.string().optional(),
});

const Report = z.object({
  attendanceRecords: z
    .array(
      z
        .object({
          emailAddress: z.string().nullish(),
          identity: z
            .object({ id: z.string().nullish(), displayName: z.string().nullish() })
            .passthrough()
            .nullish(),
        })
        .passthrough(),
    )
    .default([]),
});

type Fetched = { status: number; body: unknown; retryAfter?: number };

const MAX_PAGES = 5;

/**
 * Reads Teams' attendance reports from Microsoft Graph: the meeting's reports
 * (`GET /users/{organiser}/onlineMeetings/{id}/attendanceReports`), then each of this session's with
 * its records (`…/attendanceReports/{reportId}?$expand=attendanceRecords`). App-only: the bot's
 * RSC grant `OnlineMeetingArtifact.Read.Chat` in the meeting chat allows it. 404 and an empty list
 * mean the report is not written yet; 429 is waited for once when Retry-After is short.
 */
export const graphAttendanceReader = (options: GraphAttendanceOptions): AttendanceReportReader => {
  const base = options.baseUrl.replace(/\/+$/, '');
  const maxWait = options.maxRetryAfterSeconds ?? 3;
  const get = async (url: string, retried = false): Promise<Fetched> => {
    const token = await options.token();
    const response = await fetch(url, {
      headers: {
        accept: 'application/json',
        ...(token !== undefined && { authorization: `Bearer ${token}` }),
      },
      signal: AbortSignal.timeout(options.timeoutMs ?? 4000),
    });
    const retryAfter = Number(response.headers.get('retry-after') ?? Number.NaN);
    if (
      response.status === 429 &&
      !retried &&
      Number.isFinite(retryAfter) &&
      retryAfter <= maxWait
    ) {
      await response.body?.cancel();
      await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000));
      return get(url, true);
    }
    const text = await response.text();
    let body: unknown;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      body = undefined;
    }
    return { status: response.status, body, ...(Number.isFinite(retryAfter) && { retryAfter }) };
  };
  const failure = (fetched: Fetched): AttendanceReportResult | undefined => {
    if (fetched.status === 404) return { kind: 'not-ready' };
    if (fetched.status === 401 || fetched.status === 403) return { kind: 'not-allowed' };
    if (fetched.status < 200 || fetched.status >= 300)
      return {
        kind: 'unavailable',
        ...(fetched.retryAfter !== undefined && { retryAfterSeconds: fetched.retryAfter }),
      };
    return undefined;
  };
  return {
    read: async ({ organizerAadObjectId, graphMeetingId, since }) => {
      const meeting = `${base}/users/${encodeURIComponent(organizerAadObjectId)}/onlineMeetings/${encodeURIComponent(graphMeetingId)}`;
      try {
        const ids: string[] = [];
        let next: string | undefined = `${meeting}/attendanceReports`;
        for (let page = 0; next !== undefined && page < MAX_PAGES; page += 1) {
          const fetched = await get(next);
          const failed = failure(fetched);
          if (failed !== undefined) return failed;
          const list = ReportList.safeParse(fetched.body);
          if (!list.success) return { kind: 'unavailable' };
          for (const report of list.data.value)
            if (Date.parse(report.meetingStartDateTime ?? since) >= Date.parse(since))
              ids.push(report.id);
          next = list.data['@odata.nextLink'];
        }
        if (ids.length === 0) return { kind: 'not-ready' };
        const attendees: ReportAttendee[] = [];
        for (const id of ids) {
          const fetched = await get(
            `${meeting}/attendanceReports/${encodeURIComponent(id)}?$expand=attendanceRecords`,
          );
          const failed = failure(fetched);
          if (failed !== undefined) return failed;
          const report = Report.safeParse(fetched.body);
          if (!report.success) return { kind: 'unavailable' };
          for (const record of report.data.attendanceRecords) {
            const aad = record.identity?.id ?? undefined;
            const email = record.emailAddress ?? undefined;
            attendees.push({
              name: record.identity?.displayName ?? email ?? 'Someone',
              ...(aad !== undefined && aad !== '' && { aadObjectId: aad }),
              ...(email !== undefined && email !== '' && { email }),
            });
          }
        }
        return { kind: 'report', attendees };
      } catch {
        return { kind: 'unavailable' };
      }
    },
  };
};
