import type { Board, Member } from '../domain/board.js';
import type { Meeting } from '../domain/meeting.js';
import { reportAdditions } from '../domain/report-attendees.js';
import type { AttendanceReportReader, AttendanceReportResult } from './ports.js';

export type ReportAdditions =
  | { kind: 'additions'; members: Member[] }
  /** The report holds nobody the register misses. */
  | { kind: 'complete' }
  /** The board meeting is not linked to a Teams meeting Graph can name (no organiser or id). */
  | { kind: 'not-linked' }
  | Exclude<AttendanceReportResult, { kind: 'report' }>;

/** Twelve hours before the planned start: a session begun early is still this meeting's. */
const SESSION_SLACK_MS = 12 * 60 * 60 * 1000;

/**
 * The members Teams' attendance report shows at a board meeting whom its register misses: a
 * proposal for the chair, never written here.
 */
export const readReportAdditions = async (
  reader: AttendanceReportReader,
  input: { board: Board; meeting: Meeting },
): Promise<ReportAdditions> => {
  const online = input.meeting.online;
  if (online?.organizerAadObjectId === undefined || online.graphMeetingId === undefined)
    return { kind: 'not-linked' };
  const result = await reader.read({
    organizerAadObjectId: online.organizerAadObjectId,
    graphMeetingId: online.graphMeetingId,
    since: new Date(Date.parse(input.meeting.startsAt) - SESSION_SLACK_MS).toISOString(),
  });
  if (result.kind !== 'report') return result;
  const members = reportAdditions(input.board, input.meeting, result.attendees);
  return members.length === 0 ? { kind: 'complete' } : { kind: 'additions', members };
};
