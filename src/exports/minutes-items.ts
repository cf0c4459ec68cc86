import { unauthorisedNote } from '../domain/unauthorised-note.js';
import type { Action } from '../domain/action.js';
import { interestLine, interestsAt, interestsOf } from '../domain/interest.js';
import type { AgendaItem, Meeting } from '../domain/meeting.js';
import { ownersByName } from '../domain/owners-by-name.js';
import { instantTime } from '../domain/zoned-time.js';
import type { DocxBlock } from './docx-elements.js';
import { heading, para } from './docx-elements.js';
import type { MinutesInput } from './minutes-input.js';
import { timingLines } from './minutes-attendance.js';

/**
 * "1. Memorandum of Understanding", "2.2 Child Death Review"; a standing item's number is its
 * label ("Welcome"), which its title already says ("Welcome, introductions and apologies"), so
 * it is printed once.
 */
export const itemHeading = (item: AgendaItem): string =>
  item.standing !== undefined || !/\d/.test(item.number)
    ? item.title
    : /^\d+$/.test(item.number)
      ? `${item.number}. ${item.title}`
      : `${item.number} ${item.title}`;

/** "Taken 2.05pm–2.25pm" from the item's live timing, in the meeting's zone. */
export const takenLine = (item: AgendaItem, timeZone: string): string | undefined => {
  const actual = item.actual;
  if (actual === undefined) return undefined;
  const at = (instant: string): string => instantTime(instant, timeZone);
  return `Taken ${at(actual.startedAt)}${actual.endedAt === undefined ? '' : `–${at(actual.endedAt)}`}`;
};

const previousMinutesLine = (meeting: Meeting): string | undefined => {
  const o = meeting.previousMinutes;
  if (o === undefined) return undefined;
  return o.outcome === 'approved'
    ? 'The minutes were agreed as an accurate record.'
    : o.outcome === 'approved-with-amendments'
      ? `The minutes were agreed with amendments: ${o.text ?? ''}`
      : `The minutes were not approved${o.text === undefined ? '.' : `: ${o.text}`}`;
};

const actionLine = (action: Action): string =>
  `Action ${action.number}${action.owners.length === 0 ? '' : ` — ${ownersByName(action.owners)}`}: ${action.text}`;

/**
 * The agenda in order, each item once: its heading, when it was taken, who arrived or left at it,
 * the previous minutes' outcome, declarations of interest, notes, decisions and the actions raised
 * under it. A confidential item of the public version keeps its place with one line.
 */
export const itemSections = (input: MinutesInput): DocxBlock[] => {
  const { board, meeting } = input;
  const timings = timingLines(board.members, meeting);
  const blocks: DocxBlock[] = [heading('Agenda and notes', 2)];
  for (const item of meeting.agenda) {
    blocks.push(heading(itemHeading(item), 3));
    const taken = takenLine(item, meeting.timeZone);
    if (taken !== undefined) blocks.push(para(taken, { italics: true }));
    for (const t of timings.filter((x) => x.atItem === item.number))
      blocks.push(
        para(`${t.member.initials} ${t.kind === 'late' ? 'arrived' : 'left'}.`, { italics: true }),
      );
    const outcome = item.standing === 'previous-minutes' ? previousMinutesLine(meeting) : undefined;
    if (outcome !== undefined) blocks.push(para(outcome));
    /** The standing item lists every declaration; each item repeats its own. */
    const declared =
      item.standing === 'interests' ? interestsOf(meeting) : interestsAt(meeting, item.id);
    if (item.standing === 'interests' && declared.length === 0)
      blocks.push(para('There were no declarations of interest.'));
    for (const interest of declared) {
      const at = meeting.agenda.find((i) => i.id === interest.itemId);
      blocks.push(
        para(
          `${interestLine(interest)}${item.standing === 'interests' && at !== undefined ? ` (item ${at.number})` : ''}`,
          { italics: true },
        ),
      );
    }
    /** Notes, decisions and actions in the order they were recorded, as the minute-taker wrote them. */
    const actions =
      item.confidential && input.version === 'public'
        ? []
        : input.actions.filter((a) => a.itemId === item.id);
    const said = [
      ...item.notes.map((n) => ({ at: n.at, block: para(n.text) })),
      ...item.decisions.map((d) => ({
        at: d.at,
        block: para(
          `${d.text}${d.subjectToRatification ? ' (subject to ratification)' : ''}${unauthorisedNote(input.board, d) === undefined ? '' : ` (${unauthorisedNote(input.board, d)})`}`,
          {
            bold: true,
          },
        ),
      })),
      ...actions.map((a) => ({ at: a.createdAt, block: para(actionLine(a), { bold: true }) })),
    ].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    blocks.push(...said.map((s) => s.block));
  }
  return blocks;
};
