import { isMemberOn, recordFor, setRecord } from '../domain/attendance.js';
import type { Board } from '../domain/board.js';
import { findMemberByAad } from '../domain/board.js';
import type { Meeting } from '../domain/meeting.js';
import { updateRegister } from './change-register.js';
import type { Deps } from './ports.js';

/**
 * Live participant events from the Teams meeting: members present are marked attended (a hint the
 * chair confirms; never over what a person recorded); anyone else waits for the chair as a visitor.
 */
export const applyParticipantEvents = async (
  deps: Deps,
  input: {
    board: Board;
    meeting: Meeting;
    joined: { aadObjectId: string; name: string }[];
    left: { aadObjectId: string }[];
  },
): Promise<{ meeting: Meeting; newVisitors: { aadObjectId: string; name: string }[] }> => {
  const { board } = input;
  let newVisitors: { aadObjectId: string; name: string }[] = [];
  const saved = await updateRegister(deps, board, input.meeting, (attendance, m, now) => {
    let a = attendance;
    newVisitors = [];
    for (const person of input.joined) {
      const member = findMemberByAad(board, person.aadObjectId);
      if (member !== undefined) {
        if (isMemberOn(member, m.date) && recordFor(a, member.id)?.code !== 'A')
          a = setRecord(a, { memberId: member.id, code: 'A', source: 'event', at: now });
        continue;
      }
      const known =
        a.visitors.some((v) => v.aadObjectId === person.aadObjectId) ||
        a.guests.some((g) => g.aadObjectId === person.aadObjectId) ||
        a.records.some((r) => r.deputy?.aadObjectId === person.aadObjectId);
      if (!known) {
        a = { ...a, visitors: [...a.visitors, { ...person, joinedAt: now }] };
        newVisitors.push(person);
      }
    }
    return a;
  });
  return { meeting: saved, newVisitors };
};
