import type { AttendanceCode } from './attendance.js';
import { codeFor, isMemberOn, sitsAsOfficer } from './attendance.js';
import { isOfficer } from './officers.js';
import type { Board, Member } from './board.js';
import type { Meeting } from './meeting.js';
import { csvTable } from './csv.js';

export type AttendanceMatrix = {
  meetings: { id: string; date: string; title: string }[];
  rows: { member: Member; codes: (AttendanceCode | '')[] }[];
};

/**
 * The member × meeting table at the top of UK minutes, for the last `limit` meetings: every member
 * who was on the board for any of them, with one code per meeting ('' while not yet recorded, or
 * where they took the minutes). Officers hold no code and are left out.
 */
export const attendanceMatrix = (
  board: Board,
  meetings: readonly Meeting[],
  limit = 6,
): AttendanceMatrix => {
  const chosen = [...meetings].sort((a, b) => a.startsAt.localeCompare(b.startsAt)).slice(-limit);
  const rows = board.members
    .filter((m) => !isOfficer(m) && chosen.some((meeting) => isMemberOn(m, meeting.date)))
    .map((member) => ({
      member,
      codes: chosen.map((meeting) => codeFor(meeting.attendance, member, meeting.date) ?? ''),
    }));
  return { meetings: chosen.map((m) => ({ id: m.id, date: m.date, title: m.title })), rows };
};

export type AgencyFigures = {
  code: string;
  name: string;
  statutory: boolean;
  /** Meetings in the period where the agency had at least one member on the board. */
  meetings: number;
  represented: number;
  byMember: number;
  byDeputyOnly: number;
  /** represented / meetings, N/A left out; undefined without meetings. */
  rate?: number;
};

/**
 * Attendance by agency over a period (the annual report's table): N/A is left out of every rate,
 * and so are officers and members who took the minutes (no code).
 */
export const attendanceByAgency = (
  board: Board,
  meetings: readonly Meeting[],
  from: string,
  to: string,
): AgencyFigures[] => {
  const inPeriod = meetings.filter((m) => m.date >= from && m.date <= to);
  return board.agencies.map((agency) => {
    let held = 0;
    let represented = 0;
    let byMember = 0;
    let byDeputyOnly = 0;
    for (const meeting of inPeriod) {
      const members = board.members.filter(
        (m) =>
          m.agencyCode === agency.code &&
          isMemberOn(m, meeting.date) &&
          !sitsAsOfficer(meeting.attendance, m),
      );
      if (members.length === 0) continue;
      held += 1;
      const codes = members.map((m) => codeFor(meeting.attendance, m, meeting.date));
      const attended = codes.includes('A');
      const deputised = codes.includes('SD');
      if (attended || deputised) represented += 1;
      if (attended) byMember += 1;
      else if (deputised) byDeputyOnly += 1;
    }
    return {
      code: agency.code,
      name: agency.name,
      statutory: agency.statutory,
      meetings: held,
      represented,
      byMember,
      byDeputyOnly,
      ...(held > 0 && { rate: represented / held }),
    };
  });
};

/** The matrix as CSV (one row per member), for spreadsheets and the annual report. */
export const attendanceMatrixCsv = (matrix: AttendanceMatrix): string =>
  csvTable([
    ['Name', 'Initials', 'Designation', 'Agency', ...matrix.meetings.map((m) => m.date)],
    ...matrix.rows.map((r) => [
      r.member.name,
      r.member.initials,
      r.member.designation ?? '',
      r.member.agencyCode ?? '',
      ...r.codes,
    ]),
  ]);
