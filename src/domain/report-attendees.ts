import type { Attendance } from './attendance.js';
import { isMemberOn, recordFor, setRecord, sitsAsOfficer } from './attendance.js';
import type { Board, Member } from './board.js';
import { findMemberByAad } from './board.js';
import type { Meeting } from './meeting.js';

/** One person in Teams' attendance report: Entra id for people of a tenant, email for the rest. */
export type ReportAttendee = { aadObjectId?: string; name: string; email?: string };

const memberOf = (board: Board, person: ReportAttendee): Member | undefined =>
  findMemberByAad(board, person.aadObjectId) ??
  (person.email === undefined
    ? undefined
    : board.members.find((m) => m.email?.toLowerCase() === person.email?.toLowerCase()));

/**
 * Members Teams' attendance report shows in the meeting whom the register does not have as
 * attended: no record, or the DNA the register was closed with (the join event never came).
 * Apologies, deputies and N/A stand: a person recorded those. Officers are "in attendance" and
 * never coded. Each member once, in board order.
 */
export const reportAdditions = (
  board: Board,
  meeting: Meeting,
  attendees: readonly ReportAttendee[],
): Member[] => {
  const seen = new Set(
    attendees.flatMap((a) => {
      const member = memberOf(board, a);
      return member === undefined ? [] : [member.id];
    }),
  );
  return board.members.filter((m) => {
    if (!seen.has(m.id) || sitsAsOfficer(meeting.attendance, m) || !isMemberOn(m, meeting.date))
      return false;
    const code = recordFor(meeting.attendance, m.id)?.code;
    return code === undefined || code === 'DNA';
  });
};

/**
 * The register with the chair's confirmation of those members as attended: only those still
 * missing (a second confirmation, or a register changed since the card, changes nothing more).
 */
export const confirmReportAttendees = (
  board: Board,
  meeting: Meeting,
  attendance: Attendance,
  memberIds: readonly string[],
  now: string,
): Attendance => {
  let next = attendance;
  for (const member of board.members) {
    if (
      !memberIds.includes(member.id) ||
      sitsAsOfficer(attendance, member) ||
      !isMemberOn(member, meeting.date)
    )
      continue;
    const code = recordFor(next, member.id)?.code;
    if (code !== undefined && code !== 'DNA') continue;
    next = setRecord(next, { memberId: member.id, code: 'A', source: 'chair', at: now });
  }
  return next;
};
