import { recordFor, setRecord } from '../domain/attendance.js';
import type { Member } from '../domain/board.js';
import { DomainError } from '../domain/domain-error.js';
import { givenItem } from '../domain/find-item.js';
import type { Meeting } from '../domain/meeting.js';
import { currentItem } from '../domain/meeting.js';
import { membersByInitials } from '../domain/members-by-initials.js';
import type { RegisterInput } from './change-register.js';
import { changeRegister } from './change-register.js';
import { requireMeeting } from './find-active-meeting.js';
import type { Deps } from './ports.js';
import { requireManager } from './require-manager.js';

const TIMING = {
  late: {
    verb: 'attendance.late',
    what: 'record late arrivals',
    missing: 'Say who arrived late.',
  },
  left: {
    verb: 'attendance.left',
    what: 'record early departures',
    missing: 'Say who left early.',
  },
} as const;

/**
 * `late <initials> [at item <item>]` and `left <initials> [at item <item>]`: attended, arriving late
 * or leaving early, at the item named or the current one. Other details of the record are kept.
 */
export const recordTiming = async (
  deps: Deps,
  input: RegisterInput & {
    kind: 'late' | 'left';
    initials: string;
    atItem?: string;
  },
): Promise<{ meeting: Meeting; member: Member }> => {
  const { board, actor, kind } = input;
  const { verb, what, missing } = TIMING[kind];
  await requireManager(deps, board, actor, verb, what);
  const [member] = membersByInitials(board, [input.initials]);
  if (member === undefined) throw new DomainError('INVALID_INPUT', missing);
  const meeting = await requireMeeting(deps, board, input.meetingId, input.found);
  const atItem = (givenItem(meeting, input.atItem) ?? currentItem(meeting))?.number;
  const when = atItem === undefined ? {} : { atItem };
  const saved = await changeRegister(deps, {
    board,
    actor,
    meeting,
    verb,
    said: `${member.initials} recorded as ${kind === 'late' ? 'arriving late' : 'leaving early'}`,
    change: (a, _meeting, now) =>
      setRecord(a, {
        ...(recordFor(a, member.id) ?? {}),
        memberId: member.id,
        code: 'A',
        ...(kind === 'late' ? { late: when } : { leftEarly: when }),
        source: 'chair',
        at: now,
      }),
  });
  return { meeting: saved, member };
};
