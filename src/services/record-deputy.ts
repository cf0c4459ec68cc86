import { parsePersonSpec, setRecord } from '../domain/attendance.js';
import type { Member } from '../domain/board.js';
import type { DeputyAuthority } from '../domain/deputy-authority.js';
import { deputyAuthority } from '../domain/deputy-authority.js';
import { DomainError } from '../domain/domain-error.js';
import type { Meeting } from '../domain/meeting.js';
import { membersByInitials } from '../domain/members-by-initials.js';
import type { RegisterInput } from './change-register.js';
import { changeRegister } from './change-register.js';
import { requireMeeting } from './find-active-meeting.js';
import type { Deps } from './ports.js';
import { requireManager } from './require-manager.js';

/** `deputy <name> [(<designation>)] for <initials>`: SD, the deputy "attending for" the member. */
export const recordDeputy = async (
  deps: Deps,
  input: RegisterInput & {
    person: string;
    forInitials: string;
    aadObjectId?: string;
  },
): Promise<{
  meeting: Meeting;
  member: Member;
  deputy: { name: string; designation?: string };
  /** Whether the deputy may decide for the member's agency (domain/deputy-authority.ts). */
  authority: DeputyAuthority | undefined;
}> => {
  const { board, actor } = input;
  const [member] = membersByInitials(board, [input.forInitials]);
  if (member === undefined)
    throw new DomainError('INVALID_INPUT', 'Say whom the deputy attends for.');
  if (member.aadObjectId?.toLowerCase() !== actor.aadObjectId.toLowerCase())
    await requireManager(deps, board, actor, 'attendance.deputy', 'record deputies for others');
  const deputy = parsePersonSpec(input.person);
  const meeting = await requireMeeting(deps, board, input.meetingId, input.found);
  const saved = await changeRegister(deps, {
    board,
    actor,
    meeting,
    verb: 'attendance.deputy',
    said: `deputy recorded for ${member.initials}`,
    change: (a, _meeting, now) =>
      setRecord(
        { ...a, visitors: a.visitors.filter((v) => v.aadObjectId !== input.aadObjectId) },
        {
          memberId: member.id,
          code: 'SD',
          deputy: {
            ...deputy,
            ...(input.aadObjectId !== undefined && { aadObjectId: input.aadObjectId }),
          },
          source: 'chair',
          at: now,
        },
      ),
  });
  return {
    meeting: saved,
    member,
    deputy,
    authority: deputyAuthority(board, member, {
      ...deputy,
      ...(input.aadObjectId !== undefined && { aadObjectId: input.aadObjectId }),
    }),
  };
};
