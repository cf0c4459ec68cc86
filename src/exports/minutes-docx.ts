import { AlignmentType, Document, Header, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { Meeting } from '../domain/meeting.js';
import { formatLongDate, formatTime } from '../domain/zoned-time.js';
import type { DocxBlock } from './docx-elements.js';
import { heading, para } from './docx-elements.js';
import { actionReviewSection, newActionsSection } from './minutes-action-tables.js';
import { attendanceSection } from './minutes-attendance.js';
import type { MinutesInput } from './minutes-input.js';
import { itemSections } from './minutes-items.js';

export type { MinutesInput } from './minutes-input.js';

const VERSION_LINE: Record<MinutesInput['version'], string> = {
  restricted: 'RESTRICTED — full minutes for board members; not for publication',
  public: 'PUBLIC VERSION — confidential items withheld',
};

const isApproved = (meeting: Meeting): boolean =>
  meeting.minutesApproval !== undefined || meeting.minutesStatus === 'approved';

/** The header's status: "Draft", or "Approved on Wednesday 10 August 2022 by the board". */
export const approvalLine = (meeting: Meeting): string => {
  const approval = meeting.minutesApproval;
  if (approval !== undefined)
    return `Approved on ${formatLongDate(approval.atMeetingDate)} by the board`;
  return meeting.minutesStatus === 'approved' ? 'Approved by the board' : 'Draft';
};

/** Changes the chair made after the board approved these minutes: listed, for the board to note. */
const amendmentSection = (amended: MinutesInput['amendedSince'] = []): DocxBlock[] =>
  amended.length === 0
    ? []
    : [
        heading('Amendments since approval', 2),
        ...amended.map((a) =>
          para(
            `${a.said.replace(/^amendment to the approved minutes of [^:]+: /, '')} — ${a.by}, ${formatLongDate(a.at.slice(0, 10))}`,
          ),
        ),
      ];

const span = (start: string | undefined, end: string | undefined): string =>
  start === undefined
    ? ''
    : `${formatTime(start)}${end === undefined ? '' : `–${formatTime(end)}`}`;

/**
 * The minutes in the layout of the reference minutes: heading, date, time and venue; attendance;
 * the agenda with notes, decisions and actions; the action-log review; the new actions; the next
 * meeting. Every page's header says which version it is and whether the board approved it.
 */
export const buildMinutesDocx = async (input: MinutesInput): Promise<Buffer> => {
  const { board, meeting } = input;
  const time = span(meeting.start, meeting.end);
  const amendments = meeting.minutesApproval?.amendments;
  const children: DocxBlock[] = [
    new Paragraph({ text: board.name, heading: HeadingLevel.TITLE }),
    heading(`${meeting.title} — ${isApproved(meeting) ? 'AGREED' : 'DRAFT'}`, 1),
    para(
      `${formatLongDate(meeting.date)}${time === '' ? '' : `, ${time}`}${meeting.venue === undefined ? '' : `, ${meeting.venue}`}`,
    ),
    ...(amendments === undefined ? [] : [para(`Approved with amendments: ${amendments}`)]),
    ...attendanceSection(input),
    ...itemSections(input),
    ...actionReviewSection(input),
    ...newActionsSection(input),
    ...amendmentSection(input.amendedSince),
  ];
  const next = meeting.nextMeeting;
  if (next !== undefined) {
    const when = span(next.start, next.end);
    children.push(
      new Paragraph({
        alignment: AlignmentType.LEFT,
        spacing: { before: 240 },
        children: [
          new TextRun({
            text: `Next meeting ${formatLongDate(next.date)}${when === '' ? '' : ` ${when}`}`,
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
            default: new Header({
              children: [
                para(`${approvalLine(meeting)} · ${VERSION_LINE[input.version]}`, { bold: true }),
              ],
            }),
          },
          children,
        },
      ],
    }),
  );
};
