import type { ReportAttendee } from '../domain/report-attendees.js';

/** What Teams' attendance report for a meeting said, as far as Quorate needs it. */
export type AttendanceReportResult =
  | { kind: 'report'; attendees: ReportAttendee[] }
  /** No report yet: Teams writes it some minutes after the meeting ends. */
  | { kind: 'not-ready' }
  /** Graph refused (403): the RSC permission was not consented, or the meeting is not readable. */
  | { kind: 'not-allowed' }
  /** Throttled past what a turn can wait, or Graph failed: try later. */
  | { kind: 'unavailable'; retryAfterSeconds?: number };

/**
 * Teams' own attendance report of an online meeting (Microsoft Graph, app-only, under the
 * organiser). Joins the live events missed are in it, so the chair can fill them in after the
 * meeting. `since` leaves out reports of earlier sessions (a recurring meeting's chat is one chat).
 */
export interface AttendanceReportReader {
  read(meeting: {
    organizerAadObjectId: string;
    graphMeetingId: string;
    since: string;
  }): Promise<AttendanceReportResult>;
}
