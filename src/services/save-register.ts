import type { AttendanceCode } from '../domain/attendance.js';
import { isMemberOn, recordFor, setRecord } from '../domain/attendance.js';
import type { Board } from '../domain/board.js';
import type { Meeting } from '../domain/meeting.js';
import { changeRegister } from './change-register.js';
import { requireBoardMeeting } from './find-active-meeting.js';
import type { Actor, Deps } from './ports.js';
import { requireManager } from './require-manager.js';

/** The register card's "Save": one code per member, as chosen; only changed entries are written. */
export const saveRegister = async (
  deps: Deps,
  input: { board: Board; actor: Actor; meetingId: string; codes: Record<string, AttendanceCode> },
): Promise<Meeting> => {
  const { board, actor } = input;
  await requireManager(deps, board, actor, 'attendance.record', 'record attendance for others');
  const meeting = await requireBoardMeeting(deps, board, input.meetingId);
  const now = deps.clock.now().toISOString();
  return changeRegister(deps, {
    board,
    actor,
    meeting,
    verb: 'attendance.record',
    change: (attendance, m) => {
      let a = attendance;
      for (const member of board.members) {
        const code = input.codes[member.id];
        if (code === undefined || !isMemberOn(member, m.date)) continue;
        const existing = recordFor(a, member.id);
        if (existing?.code === code && existing.source !== 'event') continue;
        a = setRecord(a, {
          ...(existing ?? {}),
          memberId: member.id,
          code,
          source: 'chair',
          at: now,
        });
      }
      return a;
    },
  });
};
