import type { AttendanceCode } from '../domain/attendance.js';
import { isMemberOn, recordFor, setRecord } from '../domain/attendance.js';
import type { Board } from '../domain/board.js';
import type { Meeting } from '../domain/meeting.js';
import { changeRegisterAsManager } from './change-register.js';
import type { Actor, Deps } from './ports.js';

/** The register card's "Save": one code per member, as chosen; only changed entries are written. */
export const saveRegister = async (
  deps: Deps,
  input: { board: Board; actor: Actor; meetingId: string; codes: Record<string, AttendanceCode> },
): Promise<Meeting> =>
  changeRegisterAsManager(deps, input, {
    verb: 'attendance.record',
    what: 'record attendance for others',
    said: 'register saved',
    change: (attendance, m, now) => {
      let a = attendance;
      for (const member of input.board.members) {
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
