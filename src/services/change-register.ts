import type { Attendance } from '../domain/attendance.js';
import { emptyAttendance } from '../domain/attendance.js';
import type { Board } from '../domain/board.js';
import type { Meeting } from '../domain/meeting.js';
import type { Actor, Deps } from './ports.js';
import { recordAudit } from './record-audit.js';

type RegisterChange = (attendance: Attendance, meeting: Meeting) => Attendance;

/**
 * Read-modify-write of a meeting's register; closed meetings can still be corrected by the chair.
 * `change` may run more than once (ETag retries); returning the same register writes nothing new.
 */
export const updateRegister = async (
  deps: Pick<Deps, 'meetings' | 'clock'>,
  board: Board,
  meeting: Meeting,
  change: RegisterChange,
): Promise<Meeting> =>
  deps.meetings.update(board.id, meeting.id, (m) => {
    const before = m.attendance ?? emptyAttendance();
    const after = change(before, m);
    return after === before
      ? m
      : { ...m, attendance: after, updatedAt: deps.clock.now().toISOString() };
  });

/** A person's change to the register: written, then audited as done under `verb`. */
export const changeRegister = async (
  deps: Pick<Deps, 'meetings' | 'clock' | 'audit'>,
  input: {
    board: Board;
    actor: Actor;
    meeting: Meeting;
    verb: string;
    after?: unknown;
    change: RegisterChange;
  },
): Promise<Meeting> => {
  const saved = await updateRegister(deps, input.board, input.meeting, input.change);
  await recordAudit(deps, input.board, input.actor, {
    verb: input.verb,
    subject: saved.id,
    outcome: 'done',
    ...(input.after !== undefined && { after: input.after }),
  });
  return saved;
};
