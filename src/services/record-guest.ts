import { parsePersonSpec } from '../domain/attendance.js';
import { givenItem } from '../domain/find-item.js';
import type { Meeting } from '../domain/meeting.js';
import type { RegisterInput } from './change-register.js';
import { changeRegister } from './change-register.js';
import { requireMeeting } from './find-active-meeting.js';
import type { Deps } from './ports.js';
import { requireManager } from './require-manager.js';

/** `guest <name> [(<designation>)] [for item <item>]`: "also in attendance". */
export const recordGuest = async (
  deps: Deps,
  input: RegisterInput & {
    person: string;
    forItem?: string;
    aadObjectId?: string;
  },
): Promise<Meeting> => {
  const { board, actor } = input;
  await requireManager(deps, board, actor, 'attendance.guest', 'record guests');
  const person = parsePersonSpec(input.person);
  const meeting = await requireMeeting(deps, board, input.meetingId, input.found);
  const item = givenItem(meeting, input.forItem);
  const id = deps.ids.next();
  return changeRegister(deps, {
    board,
    actor,
    meeting,
    verb: 'attendance.guest',
    said: 'guest recorded',
    change: (a) => ({
      ...a,
      visitors: a.visitors.filter((v) => v.aadObjectId !== input.aadObjectId),
      guests: [
        ...a.guests.filter((g) => g.name.toLowerCase() !== person.name.toLowerCase()),
        {
          id,
          ...person,
          ...(item !== undefined && { forItem: item.number }),
          ...(input.aadObjectId !== undefined && { aadObjectId: input.aadObjectId }),
        },
      ],
    }),
  });
};
