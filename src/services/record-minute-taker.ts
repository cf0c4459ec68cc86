import { parsePersonSpec } from '../domain/attendance.js';
import { findMemberByInitials } from '../domain/board.js';
import type { Meeting } from '../domain/meeting.js';
import type { RegisterInput } from './change-register.js';
import { changeRegister } from './change-register.js';
import { requireMeeting } from './find-active-meeting.js';
import type { Deps } from './ports.js';
import { requireManager } from './require-manager.js';

/** `minute-taker <name or initials>`: who takes the notes, shown in the register and the minutes. */
export const recordMinuteTaker = async (
  deps: Deps,
  input: RegisterInput & { name: string },
): Promise<Meeting> => {
  const { board, actor } = input;
  await requireManager(deps, board, actor, 'attendance.minuteTaker', 'name the minute-taker');
  const member = findMemberByInitials(board, input.name);
  const name =
    member === undefined ? parsePersonSpec(input.name).name : `${member.name} (${member.initials})`;
  return changeRegister(deps, {
    board,
    actor,
    meeting: await requireMeeting(deps, board, input.meetingId, input.found),
    verb: 'attendance.minuteTaker',
    change: (a) => (a.minuteTaker === name ? a : { ...a, minuteTaker: name }),
  });
};
