import type { Attendance, Guest } from '../domain/attendance.js';
import { emptyAttendance } from '../domain/attendance.js';
import { DomainError } from '../domain/domain-error.js';
import type { Meeting } from '../domain/meeting.js';
import type { RegisterInput } from './change-register.js';
import { updateRegister } from './change-register.js';
import { requireMeeting } from './find-active-meeting.js';
import type { Deps } from './ports.js';
import { recordChange } from './record-change.js';
import { requireManager } from './require-manager.js';

const findGuest = (attendance: Attendance, name: string): Guest | undefined => {
  const wanted = name.trim().toLowerCase();
  const exact = attendance.guests.find((g) => g.name.toLowerCase() === wanted);
  if (exact !== undefined) return exact;
  const partial = attendance.guests.filter((g) => g.name.toLowerCase().includes(wanted));
  return partial.length === 1 ? partial[0] : undefined;
};

/**
 * `guest remove <name>` (a full name, or a part only one guest's name has): off "also in
 * attendance". Someone who joined the Teams meeting goes back to the people the chair is asked
 * about. Chair, vice-chairs and coordinators; a repeat finds no such guest and changes nothing.
 */
export const removeGuest = async (
  deps: Deps,
  input: RegisterInput & { name: string },
): Promise<{ meeting: Meeting; guest: Guest }> => {
  const { board, actor } = input;
  await requireManager(deps, board, actor, 'attendance.guest.remove', 'remove guests');
  const target = await requireMeeting(deps, board, input.meetingId, input.found);
  const guest = findGuest(target.attendance ?? emptyAttendance(), input.name);
  if (guest === undefined) {
    const names = (target.attendance?.guests ?? []).map((g) => g.name).join(', ');
    throw new DomainError(
      'NOT_FOUND',
      `No guest of ${target.title} is called "${input.name}".${names === '' ? ' It has no guests.' : ` Guests: ${names}.`}`,
    );
  }
  let before = target;
  let changed = false;
  const meeting = await updateRegister(deps, board, target, (a, m, now) => {
    before = m;
    changed = false;
    if (!a.guests.some((g) => g.id === guest.id)) return a;
    changed = true;
    return {
      ...a,
      guests: a.guests.filter((g) => g.id !== guest.id),
      visitors:
        guest.aadObjectId === undefined
          ? a.visitors
          : [...a.visitors, { aadObjectId: guest.aadObjectId, name: guest.name, joinedAt: now }],
    };
  });
  if (changed)
    await recordChange(deps, board, actor, {
      verb: 'attendance.guest.remove',
      subject: `${meeting.id}/${guest.id}`,
      said: 'a guest removed from the register',
      change: { kind: 'meeting', before, after: meeting },
      key: `${meeting.id}:r${meeting.revision}`,
    });
  return { meeting, guest };
};
