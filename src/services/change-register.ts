import type { Attendance } from '../domain/attendance.js';
import { emptyAttendance } from '../domain/attendance.js';
import type { Board } from '../domain/board.js';
import type { Meeting } from '../domain/meeting.js';
import type { FoundMeetings } from './found-meetings.js';
import type { Actor, Deps } from './ports.js';
import { requireMeeting } from './find-active-meeting.js';
import { recordChange } from './record-change.js';
import { requireAmender } from './require-amender.js';
import { requireManager } from './require-manager.js';

/**
 * What every register command carries: the board, who acts, the meeting a card names, and the
 * meetings the turn found (so the active one is not read again).
 */
export type RegisterInput = {
  board: Board;
  actor: Actor;
  meetingId?: string;
  found?: FoundMeetings;
};

/** The register after the change; `now` is the instant it is recorded at. */
type RegisterChange = (attendance: Attendance, meeting: Meeting, now: string) => Attendance;

/**
 * Read-modify-write of a meeting's register; closed meetings can still be corrected by the chair.
 * `change` may run more than once (ETag retries); returning the same register writes nothing new.
 */
export const updateRegister = async (
  deps: Pick<Deps, 'meetings' | 'clock'>,
  board: Board,
  meeting: Meeting,
  change: RegisterChange,
): Promise<Meeting> => {
  const now = deps.clock.now().toISOString();
  return deps.meetings.update(board.id, meeting, (m) => {
    const before = m.attendance ?? emptyAttendance();
    const after = change(before, m, now);
    return after === before ? m : { ...m, attendance: after, updatedAt: now };
  });
};

/**
 * A person's change to the register: written, then audited as done under `verb` with the register
 * rows it changed, so `undo` can revert it. `said` names it for `undo` ("SA recorded for RS").
 * Once a later meeting approved the minutes, only the chair changes the register (an amendment).
 */
export const changeRegister = async (
  deps: Pick<Deps, 'meetings' | 'clock' | 'audit'>,
  input: Omit<RegisterInput, 'meetingId'> & {
    meeting: Meeting;
    verb: string;
    said?: string;
    change: RegisterChange;
  },
): Promise<Meeting> => {
  await requireAmender(deps, input);
  let before = input.meeting;
  const saved = await updateRegister(deps, input.board, input.meeting, (a, m, now) => {
    before = m;
    return input.change(a, m, now);
  });
  await recordChange(deps, input.board, input.actor, {
    verb: input.verb,
    subject: saved.id,
    said: input.said ?? 'the register changed',
    change: { kind: 'meeting', before, after: saved },
  });
  return saved;
};

/**
 * A register change only the chair, vice-chairs and coordinators make: refused (and audited)
 * for anyone else with "Only … can `what`", then made on the card's meeting or the active one.
 */
export const changeRegisterAsManager = async (
  deps: Pick<Deps, 'meetings' | 'clock' | 'audit'>,
  { board, actor, meetingId, found }: RegisterInput,
  edit: { verb: string; what: string; said: string; change: RegisterChange },
): Promise<Meeting> => {
  await requireManager(deps, board, actor, edit.verb, edit.what);
  const meeting = await requireMeeting(deps, board, meetingId, found);
  const { verb, said, change } = edit;
  return changeRegister(deps, { board, actor, meeting, verb, said, change });
};
