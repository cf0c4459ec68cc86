import type { AttendanceMatrix } from '../domain/attendance-report.js';
import {
  CODE_MEANING,
  codeFor,
  inAttendance,
  recordFor,
  sitsAsOfficer,
} from '../domain/attendance.js';
import type { Board, Member } from '../domain/board.js';
import type { Meeting } from '../domain/meeting.js';
import type { QuorumResult } from '../domain/quorum.js';
import { formatLongDate, formatMinuteDate } from '../domain/zoned-time.js';
import type { AdaptiveCard, CardElement } from './card-types.js';
import { card, executeAction, heading, messageLine, section, subtle, text } from './elements.js';
import { deputyAuthorityLine } from './deputy-authority-line.js';
import { quorumNotice } from './quorum-notice.js';
import { meetingRef } from './meeting-ref.js';
import { Verbs } from './verbs.js';

export type RegisterView = {
  board: Board;
  meeting: Meeting;
  quorum: QuorumResult;
  canManage: boolean;
  message?: string;
};

const memberLine = (view: RegisterView, member: Member): CardElement[] => {
  const code = codeFor(view.meeting.attendance, member, view.meeting.date);
  const record = recordFor(view.meeting.attendance, member.id);
  const details = [
    record?.deputy === undefined
      ? ''
      : `${record.deputy.name}${record.deputy.designation === undefined ? '' : ` (${record.deputy.designation})`} attending for ${member.initials}`,
    record?.late === undefined
      ? ''
      : `arrived late${record.late.atItem === undefined ? '' : ` (item ${record.late.atItem})`}`,
    record?.leftEarly === undefined
      ? ''
      : `left early${record.leftEarly.atItem === undefined ? '' : ` (item ${record.leftEarly.atItem})`}`,
    record?.source === 'event' ? 'joined the Teams meeting — please confirm' : '',
  ].filter((d) => d !== '');
  const officer = sitsAsOfficer(view.meeting.attendance, member);
  const present = officer && inAttendance(view.meeting.attendance, member);
  const label = officer
    ? present
      ? 'in attendance'
      : record?.code === 'SA'
        ? 'apologies'
        : '—'
    : code === undefined
      ? '—'
      : code;
  const line: CardElement[] = [
    {
      type: 'ColumnSet',
      spacing: 'Small',
      columns: [
        {
          type: 'Column',
          width: 'stretch',
          items: [text(`**${member.name}** (${member.initials})`, { spacing: 'None' })],
        },
        {
          type: 'Column',
          width: 'auto',
          items: [
            text(`**${label}**`, {
              spacing: 'None',
              color:
                code === 'A' || code === 'SD' || present
                  ? 'Good'
                  : code === undefined || officer
                    ? 'Default'
                    : 'Attention',
            }),
          ],
        },
      ],
    },
    ...details.map((d) => subtle(d)),
    ...(code === 'SD' ? deputyAuthorityLine(view.board, member, record?.deputy) : []),
  ];
  if (view.canManage && officer && view.meeting.status !== 'closed') {
    line.push({
      type: 'Input.ChoiceSet',
      id: `code_${member.id}`,
      spacing: 'None',
      value: record?.code === 'A' || record?.code === 'SA' ? record.code : '',
      placeholder: 'Officer: not recorded',
      choices: [
        { title: 'In attendance (officer, no code)', value: 'A' },
        { title: 'Apologies', value: 'SA' },
      ],
    });
  } else if (view.canManage && code !== 'N/A' && view.meeting.status !== 'closed') {
    line.push({
      type: 'Input.ChoiceSet',
      id: `code_${member.id}`,
      spacing: 'None',
      value: code ?? '',
      placeholder: 'Not recorded',
      choices: (['A', 'SD', 'SA', 'DNA'] as const).map((c) => ({
        title: `${c} — ${CODE_MEANING[c]}`,
        value: c,
      })),
    });
  }
  return line;
};

/** The register: every member with a code, deputies, late arrivals, guests, and the quorum with its reason. */
export const renderRegisterCard = (view: RegisterView): AdaptiveCard => {
  const { board, meeting } = view;
  const attendance = meeting.attendance;
  const groups = [...board.agencies].sort((a, b) => Number(b.statutory) - Number(a.statutory));
  const sections: CardElement[] = groups
    .map((agency) => ({
      agency,
      members: board.members.filter((m) => m.agencyCode === agency.code),
    }))
    .filter((g) => g.members.length > 0)
    .map((g) =>
      section(
        `${g.agency.name}${g.agency.statutory ? ' · statutory' : ''}`,
        g.members.flatMap((m) => memberLine(view, m)),
      ),
    );
  const others = board.members.filter(
    (m) => m.agencyCode === undefined || !board.agencies.some((a) => a.code === m.agencyCode),
  );
  if (others.length > 0)
    sections.push(
      section(
        'Others',
        others.flatMap((m) => memberLine(view, m)),
      ),
    );
  const guests = attendance?.guests ?? [];
  const visitors = attendance?.visitors ?? [];
  const absent = board.members.filter((m) => {
    const code = codeFor(attendance, m, meeting.date);
    return !sitsAsOfficer(attendance, m) && code !== 'A' && code !== 'SD' && code !== 'N/A';
  });
  return card(
    [
      ...heading(`Register — ${meeting.title}`, formatLongDate(meeting.date)),
      ...messageLine(view.message),
      quorumNotice(view.quorum),
      ...(attendance?.ratifier === undefined
        ? []
        : [subtle(`Decisions and actions go to ${attendance.ratifier} for ratification.`)]),
      ...sections,
      ...(guests.length === 0
        ? []
        : [
            section(
              'Also in attendance',
              guests.map((g) =>
                text(
                  `${g.name}${g.designation === undefined ? '' : ` (${g.designation})`}${g.forItem === undefined ? '' : ` — for item ${g.forItem}`}`,
                  { spacing: 'Small' },
                ),
              ),
            ),
          ]),
      ...(visitors.length === 0 || !view.canManage
        ? []
        : [
            section(
              'Joined, not members — who are they?',
              visitors.flatMap((v) => [
                text(`**${v.name}**`, { spacing: 'Small' }),
                {
                  type: 'ActionSet',
                  actions: [
                    executeAction('Guest', Verbs.visitorGuest, {
                      ...meetingRef(meeting),
                      aadObjectId: v.aadObjectId,
                    }),
                    ...absent.slice(0, 4).map((m) =>
                      executeAction(`Deputy for ${m.initials}`, Verbs.visitorDeputy, {
                        ...meetingRef(meeting),
                        aadObjectId: v.aadObjectId,
                        forInitials: m.initials,
                      }),
                    ),
                  ],
                },
              ]),
            ),
          ]),
      subtle(
        'A attended · SD sent a deputy · SA sent apologies · DNA did not attend · N/A not a member then · officers are in attendance, never coded',
      ),
    ],
    view.canManage && meeting.status !== 'closed'
      ? [
          executeAction('Save register', Verbs.registerSave, meetingRef(meeting)),
          executeAction('Refresh', Verbs.registerShow, meetingRef(meeting)),
        ]
      : [executeAction('Refresh', Verbs.registerShow, meetingRef(meeting))],
  );
};

/** The attendance table of the minutes: members × the last meetings. */
export const renderHistoryCard = (
  board: Board,
  matrix: AttendanceMatrix,
  downloadUrl?: string,
): AdaptiveCard =>
  card(
    [
      ...heading('Attendance', board.name),
      ...(matrix.meetings.length === 0
        ? [subtle('No meetings yet.')]
        : [
            {
              type: 'Table',
              gridStyle: 'accent',
              firstRowAsHeader: true,
              columns: [{ width: 3 }, ...matrix.meetings.map(() => ({ width: 1 }))],
              rows: [
                {
                  type: 'TableRow',
                  cells: [
                    { type: 'TableCell', items: [text('**Name**', { size: 'Small' })] },
                    ...matrix.meetings.map((m) => ({
                      type: 'TableCell',
                      items: [text(`**${formatMinuteDate(m.date)}**`, { size: 'Small' })],
                    })),
                  ],
                },
                ...matrix.rows.map((r) => ({
                  type: 'TableRow',
                  cells: [
                    {
                      type: 'TableCell',
                      items: [text(`${r.member.name} (${r.member.initials})`, { size: 'Small' })],
                    },
                    ...r.codes.map((c) => ({
                      type: 'TableCell',
                      items: [text(c === '' ? '—' : c, { size: 'Small' })],
                    })),
                  ],
                })),
              ],
            },
          ]),
      subtle(
        'A attended · SD sent a deputy · SA sent apologies · DNA did not attend · N/A not a member then',
      ),
    ],
    downloadUrl === undefined
      ? []
      : [{ type: 'Action.OpenUrl', title: 'Download CSV (all meetings)', url: downloadUrl }],
  );
