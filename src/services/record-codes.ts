import type { AttendanceCode } from '../domain/attendance.js';
import { isMemberOn, recordFor, setRecord } from '../domain/attendance.js';
import type { AttendancePrecedence } from '../domain/attendance-precedence.js';
import { attendancePrecedence } from '../domain/attendance-precedence.js';
import type { Member } from '../domain/board.js';
import { canManageBoard, findMemberByAad } from '../domain/board.js';
import { DomainError } from '../domain/domain-error.js';
import type { Meeting } from '../domain/meeting.js';
import { membersByInitials } from '../domain/members-by-initials.js';
import type { RegisterInput } from './change-register.js';
import { changeRegister } from './change-register.js';
import { requireMeeting } from './find-active-meeting.js';
import type { Deps } from './ports.js';
import { requireManager } from './require-manager.js';

/**
 * `present`, `apologies`, `absent` for members by initials (chair and coordinators), or a member's
 * own apologies (no initials), which they can send before the meeting from their personal chat.
 */
export const recordCodes = async (
  deps: Deps,
  input: RegisterInput & {
    code: Extract<AttendanceCode, 'A' | 'SA' | 'DNA'>;
    initials: string[];
  },
): Promise<{
  meeting: Meeting;
  members: Member[];
  /** Members whose record stayed as it was: kept a deputy, or the chair's entry in a conflict. */
  kept: { member: Member; outcome: Exclude<AttendancePrecedence, 'apply' | 'keep'> }[];
}> => {
  const { board, actor } = input;
  const self = findMemberByAad(board, actor.aadObjectId);
  const own =
    input.initials.length === 0 ||
    (input.initials.length === 1 &&
      self !== undefined &&
      input.initials[0]?.toUpperCase() === self.initials.toUpperCase());
  if (!(own && input.code === 'SA' && self !== undefined))
    await requireManager(deps, board, actor, 'attendance.record', 'record attendance for others');
  const members =
    input.initials.length === 0 && self !== undefined
      ? [self]
      : membersByInitials(board, input.initials);
  if (members.length === 0)
    throw new DomainError('INVALID_INPUT', 'Give the members’ initials, e.g. "present BB LB RS".');
  const meeting = await requireMeeting(deps, board, input.meetingId, input.found);
  const source = canManageBoard(board, actor.aadObjectId) ? 'chair' : 'member';
  let kept: { member: Member; outcome: 'keep-deputy' | 'conflict' }[] = [];
  const saved = await changeRegister(deps, {
    board,
    actor,
    meeting,
    verb: 'attendance.record',
    said: `${input.code} recorded for ${members.map((m) => m.initials).join(', ')}`,
    change: (attendance, m, now) => {
      kept = [];
      return members.reduce((a, member) => {
        if (!isMemberOn(member, m.date)) return a;
        const outcome = attendancePrecedence(recordFor(a, member.id), { code: input.code, source });
        if (outcome === 'keep-deputy' || outcome === 'conflict') kept.push({ member, outcome });
        return setRecord(a, { memberId: member.id, code: input.code, source, at: now });
      }, attendance);
    },
  });
  return { meeting: saved, members, kept };
};
