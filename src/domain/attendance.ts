import type { Board, Member } from './board.js';
import { attendancePrecedence } from './attendance-precedence.js';
import { DomainError } from './domain-error.js';
import type { MemberId } from './ids.js';
import { isMinuteTaker } from './minute-taker.js';
import { isOfficer } from './officers.js';
import type { CalendarDate } from './zoned-time.js';

/** One code per member and meeting (DESIGN.md §1). Values only: `N/A` is never an id or a verb. */
export const ATTENDANCE_CODES = ['A', 'SD', 'SA', 'DNA', 'N/A'] as const;
export type AttendanceCode = (typeof ATTENDANCE_CODES)[number];

export const CODE_MEANING: Record<AttendanceCode, string> = {
  A: 'attended',
  SD: 'sent a deputy',
  SA: 'sent apologies',
  DNA: 'did not attend',
  'N/A': 'not a member at the time',
};

export type AttendanceRecord = {
  memberId: MemberId;
  code: AttendanceCode;
  deputy?: {
    name: string;
    designation?: string;
    aadObjectId?: string;
    /** A delegate of the member's agency who named this deputy from the quorum forecast card. */
    nominatedBy?: { name: string; aadObjectId: string };
  };
  /** "TC arrived half-way through the meeting": the item they arrived at, or true. */
  late?: { atItem?: string };
  leftEarly?: { atItem?: string };
  /** Who set it: live Teams events are a hint the chair confirms. */
  source: 'event' | 'chair' | 'member';
  at: string;
};

export type Guest = {
  id: string;
  name: string;
  designation?: string;
  forItem?: string;
  aadObjectId?: string;
};

/** Someone who joined the Teams meeting but is not a member: the chair decides who they are. */
export type Visitor = { aadObjectId: string; name: string; joinedAt: string };

export type QuorumRuling = { quorate: boolean; reason: string; by: string; at: string };

export type Attendance = {
  records: AttendanceRecord[];
  guests: Guest[];
  visitors: Visitor[];
  minuteTaker?: string;
  ruling?: QuorumRuling;
  /** Who ratifies what a non-quorate meeting decided ("Actions would be sent to RS for approval"). */
  ratifier?: string;
};

export const emptyAttendance = (): Attendance => ({ records: [], guests: [], visitors: [] });

/** Outside member-from / member-until the meeting is N/A for the member. */
export const isMemberOn = (member: Member, date: CalendarDate): boolean =>
  (member.memberFrom === undefined || member.memberFrom <= date) &&
  (member.memberUntil === undefined || member.memberUntil >= date);

export const recordFor = (
  attendance: Attendance | undefined,
  memberId: MemberId,
): AttendanceRecord | undefined => attendance?.records.find((r) => r.memberId === memberId);

/**
 * An officer of the board (domain/officers.ts), or this meeting's minute-taker: never coded. A
 * member set to sit as a member (`member edit EM member`) keeps a code even taking the minutes,
 * as boards whose tables code their minute-taker do.
 */
export const sitsAsOfficer = (attendance: Attendance | undefined, member: Member): boolean =>
  member.sitsAs !== 'member' &&
  (isOfficer(member) || isMinuteTaker(attendance?.minuteTaker, member));

/**
 * The code as it stands (N/A outside membership; undefined while nothing is recorded). Officers
 * have none: they are "in attendance" or not (`inAttendance`), never DNA.
 */
export const codeFor = (
  attendance: Attendance | undefined,
  member: Member,
  date: CalendarDate,
): AttendanceCode | undefined =>
  sitsAsOfficer(attendance, member)
    ? undefined
    : !isMemberOn(member, date)
      ? 'N/A'
      : recordFor(attendance, member.id)?.code;

/**
 * An officer recorded present (`present EM`, the register, Teams events), or named as the
 * minute-taker: listed "in attendance", without a code.
 */
export const inAttendance = (attendance: Attendance | undefined, member: Member): boolean =>
  sitsAsOfficer(attendance, member) &&
  (isMinuteTaker(attendance?.minuteTaker, member) ||
    recordFor(attendance, member.id)?.code === 'A');

/**
 * Sets a member's record unless an entry that takes precedence is there (attendancePrecedence: a
 * live event never overrides what a person recorded; a member's own entry never overrides the
 * chair's or a coordinator's, nor a deputy recorded for them).
 */
export const setRecord = (attendance: Attendance, record: AttendanceRecord): Attendance => {
  const existing = recordFor(attendance, record.memberId);
  if (attendancePrecedence(existing, record) !== 'apply') return attendance;
  const others = attendance.records.filter((r) => r.memberId !== record.memberId);
  const merged: AttendanceRecord = {
    ...record,
    ...(record.late === undefined &&
      existing?.late !== undefined &&
      record.code === 'A' && { late: existing.late }),
  };
  return { ...attendance, records: [...others, merged] };
};

/**
 * When a meeting closes, members with no record become DNA — or SA when apologies were received
 * before the meeting — and members outside their membership dates N/A. Officers are left as they
 * are: never DNA.
 */
export const closeAttendance = (
  board: Board,
  attendance: Attendance,
  date: CalendarDate,
  now: string,
): Attendance => {
  let next = attendance;
  for (const member of board.members) {
    if (sitsAsOfficer(attendance, member)) continue;
    if (!isMemberOn(member, date)) {
      next = setRecord(next, { memberId: member.id, code: 'N/A', source: 'chair', at: now });
      continue;
    }
    if (recordFor(next, member.id) === undefined)
      next = setRecord(next, { memberId: member.id, code: 'DNA', source: 'chair', at: now });
  }
  return next;
};

/** `deputy Jane Smith (Head of Service) for RS` / `guest Barbara Nicholls (Director of Adults) for item 1`. */
export const parsePersonSpec = (text: string): { name: string; designation?: string } => {
  const match = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(text.trim());
  const name = (match === null ? text : (match[1] ?? '')).trim();
  if (name === '' || name.length > 100 || !/\p{L}/u.test(name)) {
    throw new DomainError(
      'INVALID_INPUT',
      'Give the person’s name, and their role in brackets if you like: "Jane Smith (Head of Service)".',
    );
  }
  return { name, ...(match?.[2] !== undefined && { designation: match[2].trim() }) };
};
