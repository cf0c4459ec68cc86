import { interestLine, interestsAt, interestsOf } from '../domain/interest.js';
import {
  Header,
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Action } from '../domain/action.js';
import type { MinutesAmendment } from '../domain/approved-minutes.js';
import { ownerInitials } from '../domain/action.js';
import { codeFor, recordFor } from '../domain/attendance.js';
import type { Board } from '../domain/board.js';
import type { Meeting } from '../domain/meeting.js';
import { evaluateQuorum } from '../domain/quorum.js';
import { formatLongDate, formatMinuteDate, formatTime } from '../domain/zoned-time.js';

export type MinutesInput = {
  board: Board;
  meeting: Meeting;
  /** The two meetings before this one, oldest first, for the attendance columns. */
  earlier: readonly Meeting[];
  actions: readonly Action[];
  /**
   * `restricted`: the full minutes for board members; `public`: confidential items show only their
   * number and "not for publication". The caller passes the meeting and actions already disclosed
   * for that audience (domain/disclosure.ts); this only says which version it is.
   */
  version: 'restricted' | 'public';
  /** Approved minutes: the chair's amendments since approval (what, who, when), listed after them. */
  amendedSince?: readonly MinutesAmendment[];
};

/** Actions due "by next meeting" show that meeting's date once it is set. */
const formatDue = (due: string | undefined): string =>
  due === undefined ? 'next meeting' : formatMinuteDate(due);

/** A4 text width with the default margins, in twentieths of a point. */
const TEXT_WIDTH = 9026;

const cell = (value: string, bold = false): TableCell =>
  new TableCell({
    children: [new Paragraph({ children: [new TextRun({ text: value, bold, size: 20 })] })],
  });

/** A full-width table; `widths` are relative column widths (twentieths of a point, summed to the text width). */
const table = (header: string[], rows: string[][], widths: number[]): Table => {
  const total = widths.reduce((a, b) => a + b, 0);
  const columnWidths = widths.map((w) => Math.round((w / total) * TEXT_WIDTH));
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths,
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
    ],
  });
};

const para = (value: string, options: { bold?: boolean; italics?: boolean } = {}): Paragraph =>
  new Paragraph({ children: [new TextRun({ text: value, ...options })], spacing: { after: 120 } });

const amendmentParagraphs = (amended: readonly MinutesAmendment[] = []): Paragraph[] =>
  amended.length === 0
    ? []
    : [
        new Paragraph({ text: 'Amendments since approval', heading: HeadingLevel.HEADING_2 }),
        ...amended.map((a) =>
          para(
            `${a.said.replace(/^amendment to the approved minutes of [^:]+: /, '')} — ${a.by}, ${formatLongDate(a.at.slice(0, 10))}`,
          ),
        ),
      ];

const VERSION_LINE: Record<MinutesInput['version'], string> = {
  restricted: 'RESTRICTED — full minutes for board members; not for publication',
  public: 'PUBLIC VERSION — confidential items withheld',
};

/**
 * The minutes in the UK layout boards use: heading, attendance table with codes for this and the
 * previous two meetings and a legend, also in attendance, agenda with notes and decisions, the
 * actions table, the date of the next meeting.
 */
export const buildMinutesDocx = async (input: MinutesInput): Promise<Buffer> => {
  const { board, meeting } = input;
  const columns = [...input.earlier, meeting];
  const time =
    meeting.start === undefined
      ? ''
      : `${formatTime(meeting.start)}${meeting.end === undefined ? '' : `–${formatTime(meeting.end)}`}`;
  const attendanceRows = board.members.map((m) => [
    `${m.name} (${m.initials})`,
    m.designation ?? '',
    ...columns.map((c) => codeFor(c.attendance, m, c.date) ?? ''),
  ]);
  const deputies = board.members.flatMap((m) => {
    const deputy = recordFor(meeting.attendance, m.id)?.deputy;
    return deputy === undefined
      ? []
      : [
          `${deputy.name}${deputy.designation === undefined ? '' : `, ${deputy.designation}`} (for ${m.initials})`,
        ];
  });
  const guests = (meeting.attendance?.guests ?? []).map(
    (g) =>
      `${g.name}${g.designation === undefined ? '' : `, ${g.designation}`}${g.forItem === undefined ? '' : ` (item ${g.forItem})`}`,
  );
  const apologies = board.members
    .filter((m) => codeFor(meeting.attendance, m, meeting.date) === 'SA')
    .map((m) => `${m.name} (${m.initials})`);
  const quorum = evaluateQuorum(board, meeting.attendance, meeting.date);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: board.name, heading: HeadingLevel.TITLE }),
    new Paragraph({
      text: `${meeting.title} — ${meeting.minutesStatus === 'approved' ? 'AGREED' : 'DRAFT'}`,
      heading: HeadingLevel.HEADING_1,
    }),
    para(
      `${formatLongDate(meeting.date)}${time === '' ? '' : `, ${time}`}${meeting.venue === undefined ? '' : `, ${meeting.venue}`}`,
    ),
    new Paragraph({ text: 'Attendance', heading: HeadingLevel.HEADING_2 }),
    table(
      ['Name', 'Designation', ...columns.map((c) => formatMinuteDate(c.date))],
      attendanceRows,
      [24, 36, ...columns.map(() => 10)],
    ),
    para(
      'A (attended) SD (sent deputy) SA (sent apologies) DNA (did not attend) N/A (not a member at the time)',
      { italics: true },
    ),
    ...(deputies.length === 0 ? [] : [para(`Deputies: ${deputies.join('; ')}`)]),
    ...(guests.length === 0 ? [] : [para(`Also in attendance: ${guests.join('; ')}`)]),
    ...(apologies.length === 0 ? [] : [para(`Apologies: ${apologies.join(', ')}`)]),
    ...(meeting.attendance?.minuteTaker === undefined
      ? []
      : [para(`Minutes: ${meeting.attendance.minuteTaker}`)]),
    para(quorum.explanation[0]?.toUpperCase() + quorum.explanation.slice(1), {
      bold: !quorum.quorate,
    }),
    new Paragraph({ text: 'Agenda and notes', heading: HeadingLevel.HEADING_2 }),
  ];
  for (const item of meeting.agenda) {
    children.push(
      new Paragraph({ text: `${item.number}. ${item.title}`, heading: HeadingLevel.HEADING_3 }),
    );
    if (item.standing === 'previous-minutes' && meeting.previousMinutes !== undefined) {
      const o = meeting.previousMinutes;
      children.push(
        para(
          o.outcome === 'approved'
            ? 'The minutes were agreed as an accurate record.'
            : o.outcome === 'approved-with-amendments'
              ? `The minutes were agreed with amendments: ${o.text ?? ''}`
              : `The minutes were not approved${o.text === undefined ? '.' : `: ${o.text}`}`,
        ),
      );
    }
    /** The standing item lists every declaration; each item repeats its own. */
    const declared =
      item.standing === 'interests' ? interestsOf(meeting) : interestsAt(meeting, item.id);
    if (item.standing === 'interests' && declared.length === 0)
      children.push(para('There were no declarations of interest.'));
    for (const interest of declared) {
      const at = meeting.agenda.find((i) => i.id === interest.itemId);
      children.push(
        para(
          `${interestLine(interest)}${item.standing === 'interests' && at !== undefined ? ` (item ${at.number})` : ''}`,
          { italics: true },
        ),
      );
    }
    for (const note of item.notes) children.push(para(note.text));
    for (const decision of item.decisions)
      children.push(
        para(
          `${decision.text}${decision.subjectToRatification ? ' (subject to ratification)' : ''}`,
          { bold: true },
        ),
      );
  }
  children.push(
    new Paragraph({ text: 'Actions', heading: HeadingLevel.HEADING_2 }),
    table(
      ['No', 'Reference', 'Action', 'Owner', 'Due'],
      input.actions.map((a) => [
        String(a.number),
        a.reference ?? '',
        a.text,
        ownerInitials(a.owners),
        formatDue(a.due ?? meeting.nextMeeting?.date),
      ]),
      [6, 16, 56, 10, 12],
    ),
  );
  children.push(...amendmentParagraphs(input.amendedSince));
  const next = meeting.nextMeeting;
  if (next !== undefined) {
    children.push(
      new Paragraph({
        alignment: AlignmentType.LEFT,
        spacing: { before: 240 },
        children: [
          new TextRun({
            text: `Next meeting ${formatLongDate(next.date)}${next.start === undefined ? '' : ` ${formatTime(next.start)}${next.end === undefined ? '' : `–${formatTime(next.end)}`}`}`,
            bold: true,
          }),
        ],
      }),
    );
  }
  return Packer.toBuffer(
    new Document({
      creator: 'Quorate',
      title: `${meeting.title} ${meeting.date}`,
      sections: [
        {
          headers: {
            default: new Header({ children: [para(VERSION_LINE[input.version], { bold: true })] }),
          },
          children: [para(VERSION_LINE[input.version], { bold: true }), ...children],
        },
      ],
    }),
  );
};
