import type { AttendanceRecord } from '../domain/attendance.js';
import {
  codeFor,
  inAttendance as listedInAttendance,
  recordFor,
  sitsAsOfficer,
} from '../domain/attendance.js';
import type { Member } from '../domain/board.js';
import type { Meeting } from '../domain/meeting.js';
import { evaluateQuorum } from '../domain/quorum.js';
import { formatMinuteDate } from '../domain/zoned-time.js';
import type { DocxBlock } from './docx-elements.js';
import { docxTable, heading, labelled, para } from './docx-elements.js';
import type { MinutesInput } from './minutes-input.js';

const LEGEND =
  'A (attended) SD (sent deputy) SA (sent apologies) DNA (did not attend) N/A (not a member at the time)';

const named = (m: Member): string => `${m.name} (${m.initials})`;

const withDesignation = (name: string, designation: string | undefined): string =>
  `${name}${designation === undefined ? '' : `, ${designation}`}`;

/** "Trevor Cook (TC) arrived at item 2", "… left half-way through the meeting". */
export const timingLine = (
  member: Member,
  record: AttendanceRecord,
  kind: 'late' | 'left',
): string => {
  const mark = kind === 'late' ? record.late : record.leftEarly;
  const verb = kind === 'late' ? 'arrived' : 'left';
  return `${named(member)} ${verb} ${mark?.atItem === undefined ? 'during the meeting' : `at item ${mark.atItem}`}`;
};

/** Late arrivals and early departures of the meeting, members in board order. */
export const timingLines = (
  members: readonly Member[],
  meeting: Meeting,
): { member: Member; kind: 'late' | 'left'; atItem?: string; line: string }[] =>
  members.flatMap((member) => {
    const record = recordFor(meeting.attendance, member.id);
    if (record === undefined) return [];
    return (['late', 'left'] as const).flatMap((kind) => {
      const mark = kind === 'late' ? record.late : record.leftEarly;
      return mark === undefined
        ? []
        : [
            {
              member,
              kind,
              ...(mark.atItem !== undefined && { atItem: mark.atItem }),
              line: timingLine(member, record, kind),
            },
          ];
    });
  });

/**
 * Who was there, as the reference minutes set it out: the members' attendance table (name,
 * designation, agency, a code for this meeting and the two before) with its legend; deputies and
 * whom they stood for; officers and guests "in attendance" (never coded); apologies; who took
 * the minutes; late arrivals and early departures; the quorum line with the chair's reason and
 * who ratifies when it was not quorate.
 */
export const attendanceSection = (input: MinutesInput): DocxBlock[] => {
  const { board, meeting } = input;
  const columns = [...input.earlier, meeting];
  const agencyName = (code: string | undefined): string =>
    code === undefined ? '' : (board.agencies.find((a) => a.code === code)?.name ?? code);
  const members = board.members.filter((m) => !sitsAsOfficer(meeting.attendance, m));
  const officers = board.members.filter((m) => sitsAsOfficer(meeting.attendance, m));
  const code = (m: Member): string | undefined => codeFor(meeting.attendance, m, meeting.date);
  const deputies = members.flatMap((m) => {
    const deputy = recordFor(meeting.attendance, m.id)?.deputy;
    return deputy === undefined
      ? []
      : [`${withDesignation(deputy.name, deputy.designation)} (for ${m.initials})`];
  });
  const inAttendance = [
    ...officers
      .filter((m) => listedInAttendance(meeting.attendance, m))
      .map((m) =>
        [named(m), m.designation, m.agencyCode === undefined ? undefined : agencyName(m.agencyCode)]
          .filter((part) => part !== undefined)
          .join(', '),
      ),
    ...(meeting.attendance?.guests ?? []).map(
      (g) =>
        `${withDesignation(g.name, g.designation)}${g.forItem === undefined ? '' : ` (item ${g.forItem})`}`,
    ),
  ];
  const chairs = members.filter((m) => m.role === 'chair' && code(m) === 'A').map(named);
  const apologies = board.members.filter((m) => code(m) === 'SA').map(named);
  const quorum = evaluateQuorum(board, meeting.attendance, meeting.date);
  const ratifier = meeting.attendance?.ratifier;
  return [
    heading('Attendance', 2),
    docxTable(
      ['Name', 'Designation', 'Agency', ...columns.map((c) => formatMinuteDate(c.date))],
      members.map((m) => [
        named(m),
        m.designation ?? '',
        agencyName(m.agencyCode),
        ...columns.map((c) => codeFor(c.attendance, m, c.date) ?? ''),
      ]),
      [21, 28, 16, ...columns.map(() => 11)],
    ),
    para(LEGEND, { italics: true }),
    ...(chairs.length === 0 ? [] : [labelled('Chaired by', chairs.join(', '))]),
    ...(deputies.length === 0 ? [] : [labelled('Deputies', deputies.join('; '))]),
    ...(inAttendance.length === 0 ? [] : [labelled('Also in attendance', inAttendance.join('; '))]),
    ...(apologies.length === 0 ? [] : [labelled('Apologies', apologies.join(', '))]),
    ...(meeting.attendance?.minuteTaker === undefined
      ? []
      : [labelled('Minutes taken by', meeting.attendance.minuteTaker)]),
    ...timingLines(board.members, meeting).map((t) => para(`${t.line}.`)),
    para(
      `${quorum.explanation[0]?.toUpperCase() ?? ''}${quorum.explanation.slice(1)}.${
        !quorum.quorate && ratifier !== undefined
          ? ` Decisions and actions go to ${ratifier} for ratification.`
          : ''
      }`,
      { bold: !quorum.quorate },
    ),
  ];
};
