import type { AttendanceRecord } from '../domain/attendance.js';
import { isMemberOn, recordFor, setRecord } from '../domain/attendance.js';
import type { AttendancePrecedence } from '../domain/attendance-precedence.js';
import { attendancePrecedence } from '../domain/attendance-precedence.js';
import type { Board, Member } from '../domain/board.js';
import { findMemberByAad } from '../domain/board.js';
import { DomainError } from '../domain/domain-error.js';
import type { Meeting } from '../domain/meeting.js';
import { formatLongDate } from '../domain/zoned-time.js';
import type { CalendarDate } from '../domain/zoned-time.js';
import { changeRegister } from './change-register.js';
import {
  findActiveMeeting,
  requireActiveMeeting,
  requireBoardMeeting,
} from './find-active-meeting.js';
import type { FoundMeetings } from './found-meetings.js';
import type { Actor, Deps } from './ports.js';
import { refuse } from './refuse.js';

export type DeputySpec = { name: string; designation?: string };

/** A deputy's name and role as a person types them; a name must hold a letter. */
export const checkDeputy = (deputy: DeputySpec): DeputySpec => {
  const name = deputy.name.trim();
  const designation = deputy.designation?.trim();
  if (name === '' || name.length > 100 || !/\p{L}/u.test(name))
    throw new DomainError('INVALID_INPUT', 'Give the deputy’s name, and their role if you like.');
  return {
    name,
    ...(designation !== undefined &&
      designation !== '' && { designation: designation.slice(0, 100) }),
  };
};

/** The meeting apologies are for: the one a card names, the one on a date, else the next. */
const meetingFor = async (
  deps: Pick<Deps, 'meetings' | 'clock'>,
  input: { board: Board; meetingId?: string; date?: CalendarDate; found?: FoundMeetings },
): Promise<Meeting> => {
  const { board } = input;
  if (input.meetingId !== undefined) return requireBoardMeeting(deps, board, input.meetingId);
  if (input.date !== undefined) {
    const [onDay] = (await deps.meetings.listOnDay(board.id, input.date)).filter(
      (m) => m.status !== 'closed',
    );
    if (onDay === undefined) {
      const next = await findActiveMeeting(deps, board, input.found);
      throw new DomainError(
        'NOT_FOUND',
        `${board.name} has no meeting planned on ${formatLongDate(input.date)}.${next === undefined ? '' : ` The next is ${next.title} on ${formatLongDate(next.date)}: "apologies" sends yours for it.`}`,
      );
    }
    return onDay;
  }
  return requireActiveMeeting(deps, board, input.found);
};

/**
 * A member's own apologies for a meeting, from their personal chat or the agenda card, with a
 * deputy if they name one (SD, the deputy "attending for" them). Recorded as the member's own entry
 * (source `member`), so it never overrides the chair's or a coordinator's (domain/
 * attendance-precedence.ts): `outcome` says whether it was recorded, kept a deputy already named,
 * or met the chair's entry. Audited, so `undo` takes it back.
 */
export const sendApologies = async (
  deps: Pick<Deps, 'meetings' | 'clock' | 'audit'>,
  input: {
    board: Board;
    actor: Actor;
    meetingId?: string;
    date?: CalendarDate;
    deputy?: DeputySpec;
    found?: FoundMeetings;
  },
): Promise<{
  meeting: Meeting;
  member: Member;
  outcome: AttendancePrecedence;
  deputy?: DeputySpec;
}> => {
  const { board, actor } = input;
  const member = findMemberByAad(board, actor.aadObjectId);
  if (member === undefined)
    return refuse(deps, board, actor, {
      verb: 'attendance.apologies',
      subject: board.id,
      message: `Only members of ${board.name} send apologies for its meetings. The chair or a coordinator can record them for others.`,
    });
  const deputy = input.deputy === undefined ? undefined : checkDeputy(input.deputy);
  const meeting = await meetingFor(deps, input);
  if (meeting.status === 'closed')
    throw new DomainError(
      'CONFLICT',
      `${meeting.title} on ${formatLongDate(meeting.date)} has been held.`,
    );
  if (!isMemberOn(member, meeting.date))
    throw new DomainError(
      'INVALID_INPUT',
      `You are not a member of ${board.name} on ${formatLongDate(meeting.date)}, so no apologies are needed.`,
    );
  let outcome: AttendancePrecedence = 'apply';
  const saved = await changeRegister(deps, {
    board,
    actor,
    meeting,
    verb: 'attendance.apologies',
    said: `${deputy === undefined ? 'apologies' : 'apologies and a deputy'} from ${member.initials}`,
    change: (attendance, _m, now) => {
      const record: AttendanceRecord = {
        memberId: member.id,
        code: deputy === undefined ? 'SA' : 'SD',
        ...(deputy !== undefined && { deputy }),
        source: 'member',
        at: now,
      };
      const existing = recordFor(attendance, member.id);
      outcome = attendancePrecedence(existing, record);
      if (
        outcome === 'keep' &&
        existing?.code === 'SD' &&
        existing.deputy?.name.toLowerCase() !== deputy?.name.toLowerCase()
      )
        outcome = 'conflict';
      if (outcome !== 'apply') return attendance;
      const unchanged =
        existing !== undefined &&
        existing.code === record.code &&
        existing.source === record.source &&
        existing.deputy?.name === record.deputy?.name &&
        existing.deputy?.designation === record.deputy?.designation;
      return unchanged ? attendance : setRecord(attendance, record);
    },
  });
  return { meeting: saved, member, outcome, ...(deputy !== undefined && { deputy }) };
};
