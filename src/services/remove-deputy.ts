import { recordFor } from '../domain/attendance.js';
import type { Member } from '../domain/board.js';
import { DomainError } from '../domain/domain-error.js';
import type { Meeting } from '../domain/meeting.js';
import { membersByInitials } from '../domain/members-by-initials.js';
import type { RegisterInput } from './change-register.js';
import { updateRegister } from './change-register.js';
import { requireMeeting } from './find-active-meeting.js';
import type { Deps } from './ports.js';
import { recordChange } from './record-change.js';
import { requireManager } from './require-manager.js';

/**
 * `deputy remove for <initials>`: a deputy recorded against the wrong member (or who did not come)
 * is taken off; the member has no code until one is recorded (at the end of the meeting: DNA).
 * A deputy who joined the Teams meeting goes back to the people the chair is asked about, so they
 * can be recorded for the right member. Chair, vice-chairs and coordinators.
 */
export const removeDeputy = async (
  deps: Deps,
  input: RegisterInput & { forInitials: string },
): Promise<{ meeting: Meeting; member: Member; deputy: string }> => {
  const { board, actor } = input;
  await requireManager(deps, board, actor, 'attendance.deputy.remove', 'remove deputies');
  const [member] = membersByInitials(board, [input.forInitials]);
  if (member === undefined)
    throw new DomainError('INVALID_INPUT', `${input.forInitials} is not a member's initials.`);
  const target = await requireMeeting(deps, board, input.meetingId, input.found);
  const record = recordFor(target.attendance, member.id);
  if (record?.deputy === undefined)
    throw new DomainError('NOT_FOUND', `No deputy is recorded for ${member.initials}.`);
  const deputy = record.deputy;
  let before = target;
  let changed = false;
  const meeting = await updateRegister(deps, board, target, (a, m, now) => {
    before = m;
    changed = false;
    const current = recordFor(a, member.id);
    if (current?.deputy === undefined) return a;
    changed = true;
    return {
      ...a,
      records: a.records.filter((r) => r.memberId !== member.id),
      visitors:
        current.deputy.aadObjectId === undefined
          ? a.visitors
          : [
              ...a.visitors,
              { aadObjectId: current.deputy.aadObjectId, name: current.deputy.name, joinedAt: now },
            ],
    };
  });
  if (changed)
    await recordChange(deps, board, actor, {
      verb: 'attendance.deputy.remove',
      subject: `${meeting.id}/${member.id}`,
      said: `the deputy for ${member.initials} removed`,
      change: { kind: 'meeting', before, after: meeting },
      key: `${meeting.id}:r${meeting.revision}`,
    });
  return { meeting, member, deputy: deputy.name };
};
