import type { Board, Member } from '../domain/board.js';
import { DomainError } from '../domain/domain-error.js';
import { meetingId as toMeetingId } from '../domain/ids.js';
import type { Meeting } from '../domain/meeting.js';
import { confirmReportAttendees } from '../domain/report-attendees.js';
import { updateRegister } from './change-register.js';
import type { Actor, Deps } from './ports.js';
import { recordChange } from './record-change.js';
import { requireManager } from './require-manager.js';

/**
 * The chair confirms the members Teams' attendance report showed: each still missing from the
 * register is recorded as attended (the chair's entry). Idempotent: a second confirmation finds
 * nobody missing and writes and audits nothing.
 */
export const confirmReportAttendance = async (
  deps: Pick<Deps, 'meetings' | 'clock' | 'audit'>,
  input: { board: Board; actor: Actor; meetingId: string; memberIds: readonly string[] },
): Promise<{ meeting: Meeting; added: Member[] }> => {
  const { board } = input;
  await requireManager(
    deps,
    board,
    input.actor,
    'register.report',
    'confirm the attendance report',
  );
  const found = await deps.meetings.findById(board.id, toMeetingId(input.meetingId));
  if (found === undefined) throw new DomainError('NOT_FOUND', 'That meeting is no longer there.');
  let before = found;
  const saved = await updateRegister(deps, board, found, (attendance, m, now) => {
    before = m;
    return confirmReportAttendees(board, m, attendance, input.memberIds, now);
  });
  const added = board.members.filter(
    (member) =>
      before.attendance?.records.find((r) => r.memberId === member.id)?.code !== 'A' &&
      saved.attendance?.records.find((r) => r.memberId === member.id)?.code === 'A',
  );
  if (added.length > 0)
    await recordChange(deps, board, input.actor, {
      verb: 'register.report',
      subject: saved.id,
      said: `${added.map((m) => m.initials).join(', ')} recorded as attended from Teams' attendance report`,
      change: { kind: 'meeting', before, after: saved },
    });
  return { meeting: saved, added };
};
