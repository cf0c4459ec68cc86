import { parsePersonSpec } from '../domain/attendance.js';
import type { Board } from '../domain/board.js';
import { findMemberByInitials } from '../domain/board.js';
import type { Meeting } from '../domain/meeting.js';
import { changeRegister } from './change-register.js';
import { requireActiveMeeting } from './find-active-meeting.js';
import type { Actor, Deps } from './ports.js';
import { requireManager } from './require-manager.js';

/** `minute-taker <name or initials>`: who takes the notes, shown in the register and the minutes. */
export const recordMinuteTaker = async (
  deps: Deps,
  input: { board: Board; actor: Actor; name: string },
): Promise<Meeting> => {
  const { board, actor } = input;
  await requireManager(deps, board, actor, 'attendance.minuteTaker', 'name the minute-taker');
  const member = findMemberByInitials(board, input.name);
  const name =
    member === undefined ? parsePersonSpec(input.name).name : `${member.name} (${member.initials})`;
  return changeRegister(deps, {
    board,
    actor,
    meeting: await requireActiveMeeting(deps, board),
    verb: 'attendance.minuteTaker',
    change: (a) => (a.minuteTaker === name ? a : { ...a, minuteTaker: name }),
  });
};
