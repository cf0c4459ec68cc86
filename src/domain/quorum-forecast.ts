import { deputyAuthority } from './deputy-authority.js';
import type { Attendance, AttendanceRecord } from './attendance.js';
import { emptyAttendance, isMemberOn, recordFor, sitsAsOfficer } from './attendance.js';
import type { Board, Delegate, Member } from './board.js';
import { delegatesOf } from './delegates.js';
import type { Meeting } from './meeting.js';
import type { QuorumResult } from './quorum.js';
import { evaluateQuorum } from './quorum.js';

/** How one statutory agency looks for the meeting, and why. */
export type AgencyOutlook = {
  code: string;
  name: string;
  /**
   * `member`: a member is expected (no apologies); `deputy`: a deputy is named for an absent
   * member; `missing`: apologies (or absent) and nobody named.
   */
  status: 'member' | 'deputy' | 'missing';
  /** Members expected in person. */
  expected: Member[];
  /** Deputies named, and for whom. */
  deputies: { name: string; designation?: string; forMember: Member; unauthorised?: boolean }[];
  /** Members who sent apologies (or are recorded absent) with nobody named for them. */
  apologies: Member[];
  /** Who may decide for the agency (domain/delegates.ts): whom to ask when it is missing. */
  delegates: Delegate[];
};

export type QuorumForecast = {
  /** The board's own rule over the projected register (domain/quorum.ts). */
  result: QuorumResult;
  agencies: AgencyOutlook[];
  /** Codes of statutory agencies nobody is expected or named for. */
  missing: string[];
};

/**
 * The register as it would stand if everyone who has said nothing came: members with no entry are
 * projected to attend (A); apologies, absences and named deputies stay as recorded. Officers are
 * never coded, so never projected. A chair's quorum ruling belongs to the meeting in progress, not
 * to a forecast, and is left out.
 */
export const projectedAttendance = (board: Board, meeting: Meeting): Attendance => {
  const now = meeting.startsAt;
  const recorded = meeting.attendance ?? emptyAttendance();
  const projected: AttendanceRecord[] = board.members
    .filter((m) => isMemberOn(m, meeting.date) && !sitsAsOfficer(meeting.attendance, m))
    .filter((m) => recordFor(recorded, m.id) === undefined)
    .map((m) => ({ memberId: m.id, code: 'A', source: 'event', at: now }));
  const { ruling: _ruling, ...rest } = recorded;
  return { ...rest, records: [...recorded.records, ...projected] };
};

const outlookOf = (
  board: Board,
  meeting: Meeting,
  agency: { code: string; name: string },
): AgencyOutlook => {
  const members = board.members.filter(
    (m) => m.agencyCode === agency.code && isMemberOn(m, meeting.date) && !sitsAsOfficer(meeting.attendance, m),
  );
  const expected: Member[] = [];
  const deputies: AgencyOutlook['deputies'] = [];
  const apologies: Member[] = [];
  for (const member of members) {
    const record = recordFor(meeting.attendance, member.id);
    if (record === undefined || record.code === 'A') expected.push(member);
    else if (record.code === 'SD' && record.deputy !== undefined)
      deputies.push({
        name: record.deputy.name,
        ...(record.deputy.designation !== undefined && { designation: record.deputy.designation }),
        forMember: member,
        ...(deputyAuthority(board, member, record.deputy) === 'unauthorised' && {
          unauthorised: true,
        }),
      });
    else if (record.code === 'SA' || record.code === 'DNA') apologies.push(member);
  }
  return {
    ...agency,
    status: expected.length > 0 ? 'member' : deputies.length > 0 ? 'deputy' : 'missing',
    expected,
    deputies,
    apologies,
    delegates: delegatesOf(board, agency.code),
  };
};

/**
 * Whether the meeting will be quorate if everyone who has not sent apologies comes, and why, per
 * statutory agency: a member expected, a deputy named, or apologies and nobody named (with the
 * agency's delegates, who can attend or name a deputy). The verdict is the board's own rule over
 * the projected register, so whatever the rule counts (deputies, authorised deputies, the chair)
 * the forecast counts too.
 */
export const forecastQuorum = (board: Board, meeting: Meeting): QuorumForecast => {
  const agencies = board.agencies
    .filter((a) => a.statutory)
    .map((a) => outlookOf(board, meeting, a));
  return {
    result: evaluateQuorum(board, projectedAttendance(board, meeting), meeting.date),
    agencies,
    missing: agencies.filter((a) => a.status === 'missing').map((a) => a.code),
  };
};

/** At risk: the rule says not quorate, or a statutory agency has nobody expected or named. */
export const forecastAtRisk = (forecast: QuorumForecast): boolean =>
  !forecast.result.quorate || forecast.missing.length > 0;
