import type { AttendanceRecord } from '../domain/attendance.js';
import { codeFor, inAttendance, recordFor, sitsAsOfficer } from '../domain/attendance.js';
import type { Board, Member } from '../domain/board.js';
import type { Meeting } from '../domain/meeting.js';
import { isMinuteTaker } from '../domain/minute-taker.js';
import type { CardElement } from './card-types.js';
import { section, text } from './elements.js';

const small = (value: string, options: Record<string, unknown> = {}): CardElement =>
  text(value, { size: 'Small', spacing: 'None', ...options });

const withDesignation = (p: { name: string; designation?: string }): string =>
  `${p.name}${p.designation === undefined ? '' : ` (${p.designation})`}`;

const marks = (record: AttendanceRecord | undefined): string =>
  [
    record?.late === undefined
      ? ''
      : ` · arrived late${record.late.atItem === undefined ? '' : ` (item ${record.late.atItem})`}`,
    record?.leftEarly === undefined
      ? ''
      : ` · left early${record.leftEarly.atItem === undefined ? '' : ` (item ${record.leftEarly.atItem})`}`,
  ].join('');

/** "Robert South (RS) · LA — **SD**", then "Jane Doe (Head of Service) for RS" under it. */
const memberLines = (meeting: Meeting, member: Member): CardElement[] => {
  const code = codeFor(meeting.attendance, member, meeting.date);
  const record = recordFor(meeting.attendance, member.id);
  const agency = member.agencyCode === undefined ? '' : ` · ${member.agencyCode}`;
  const deputy = code === 'SD' ? record?.deputy : undefined;
  return [
    small(`${member.name} (${member.initials})${agency} — **${code ?? '—'}**${marks(record)}`),
    ...(deputy === undefined
      ? []
      : [small(`${withDesignation(deputy)} for ${member.initials}`, { isSubtle: true })]),
  ];
};

/**
 * Who was there as UK minutes record it: every member with their code (deputies under whom they
 * stood for), apologies as a list, and "also in attendance" — officers, guests and the
 * minute-taker, never with a code.
 */
export const summaryPeople = (board: Board, meeting: Meeting): CardElement[] => {
  const attendance = meeting.attendance;
  const members = board.members.filter((m) => !sitsAsOfficer(attendance, m));
  const apologies = board.members.filter((m) =>
    sitsAsOfficer(attendance, m)
      ? recordFor(attendance, m.id)?.code === 'SA' && !inAttendance(attendance, m)
      : codeFor(attendance, m, meeting.date) === 'SA',
  );
  const minuteTaker = attendance?.minuteTaker;
  const officers = board.members.filter((m) => inAttendance(attendance, m));
  const guests = attendance?.guests ?? [];
  const takerIsGuest = guests.some((g) =>
    isMinuteTaker(minuteTaker, { name: g.name, initials: '' }),
  );
  const also = [
    ...officers.map((m) =>
      small(
        `${m.name} (${m.initials})${m.designation === undefined ? '' : `, ${m.designation}`}${isMinuteTaker(minuteTaker, m) ? ' — minutes' : ''}`,
      ),
    ),
    ...guests.map((g) =>
      small(
        `${withDesignation(g)}${g.forItem === undefined ? '' : ` — for item ${g.forItem}`}${isMinuteTaker(minuteTaker, { name: g.name, initials: '' }) ? ' — minutes' : ''}`,
      ),
    ),
    ...(minuteTaker === undefined ||
    takerIsGuest ||
    board.members.some((m) => isMinuteTaker(minuteTaker, m))
      ? []
      : [small(`${minuteTaker} — minutes`)]),
  ];
  return [
    section(
      'Members',
      members.length === 0 ? [small('None yet.')] : members.flatMap((m) => memberLines(meeting, m)),
    ),
    ...(apologies.length === 0
      ? []
      : [
          section(
            'Apologies',
            apologies.map((m) => small(`${m.name} (${m.initials})`)),
          ),
        ]),
    ...(also.length === 0 ? [] : [section('Also in attendance', also)]),
  ];
};
