import { ownersByName } from '../domain/owners-by-name.js';
import type { Agency } from '../domain/board.js';
import { unauthorisedMark } from './unauthorised-mark.js';
import type { Action, ActionEvent, Owner } from '../domain/action.js';
import { isOpen } from '../domain/action.js';
import type { CarriedAction } from '../domain/action-log-review.js';
import { entryLabel } from '../domain/entry-numbers.js';
import type { AgendaItem, Meeting } from '../domain/meeting.js';
import { formatLongDate, formatMinuteDate, instantTime } from '../domain/zoned-time.js';
import type { CardElement } from './card-types.js';
import { text } from './elements.js';

const small = (value: string, options: Record<string, unknown> = {}): CardElement =>
  text(value, { size: 'Small', spacing: 'None', ...options });

/** Owners by name, as a reader outside the board knows them: "Robert South (RS), Police". */
export const ownerNames = (owners: readonly Owner[]): string =>
  ownersByName(owners) || 'No owner';

const STATUS_WORD: Record<Action['status'], string> = {
  open: 'Open',
  ongoing: 'Ongoing',
  completed: 'Completed',
  closed: 'Closed',
  withdrawn: 'Withdrawn',
};

const RAISED_NOTE: Record<Action['status'], string> = {
  open: '',
  ongoing: '',
  completed: ' — **completed**',
  closed: ' — closed',
  withdrawn: ' — withdrawn',
};

const reference = (a: Action): string => (a.reference === undefined ? '' : `(${a.reference}) `);

/** "Previous minutes: agreed as an accurate record." and, once approved, when and where. */
export const minutesLines = (meeting: Meeting): CardElement[] => {
  const lines: CardElement[] = [];
  const outcome = meeting.previousMinutes;
  if (outcome !== undefined)
    lines.push(
      small(
        outcome.outcome === 'approved'
          ? 'Minutes of the previous meeting: **agreed as an accurate record**.'
          : outcome.outcome === 'approved-with-amendments'
            ? `Minutes of the previous meeting: **agreed with amendments**: ${outcome.text ?? ''}`
            : `Minutes of the previous meeting: **not approved**${outcome.text === undefined ? '.' : `: ${outcome.text}`}`,
      ),
    );
  const approval = meeting.minutesApproval;
  if (approval !== undefined)
    lines.push(
      small(
        `These minutes were approved at the meeting of ${formatLongDate(approval.atMeetingDate)}${approval.amendments === undefined ? '.' : `, with amendments: ${approval.amendments}`}`,
      ),
    );
  return lines;
};

/** "14:05–14:20" as the item was actually taken (another part of Quorate records it). */
const actualTimes = (item: AgendaItem, timeZone: string): string => {
  const actual = item.actual;
  if (actual === undefined) return '';
  return ` · ${instantTime(actual.startedAt, timeZone)}–${actual.endedAt === undefined ? '' : instantTime(actual.endedAt, timeZone)}`;
};

/**
 * Each item with what was recorded there: its actual times, notes (unless left out to fit) and
 * decisions. Items with nothing recorded are left out. Returns one block per item.
 */
export const itemBlocks = (
  meeting: Meeting,
  withNotes: boolean,
  board: { agencies: readonly Agency[] },
): CardElement[][] =>
  meeting.agenda.flatMap((item) => {
    const notes = withNotes ? item.notes : [];
    if (notes.length === 0 && item.decisions.length === 0 && item.actual === undefined) return [];
    /** Standing items are numbered by their label ("Minutes"): the title alone reads well. */
    const title = item.standing === undefined ? `${item.number} ${item.title}` : item.title;
    return [
      [
        text(`**${title}**${actualTimes(item, meeting.timeZone)}`, {
          size: 'Small',
          spacing: 'Small',
        }),
        ...notes.map((n) =>
          small(`${n.number === undefined ? '' : `${entryLabel('note', n.number)} `}${n.text}`),
        ),
        ...item.decisions.map((d) =>
          small(
            `${d.number === undefined ? '' : `${entryLabel('decision', d.number)} `}Agreed: ${d.text}${d.subjectToRatification ? ' _(subject to ratification)_' : ''}${unauthorisedMark(board, d)}`,
          ),
        ),
      ],
    ];
  });

/** What the review says of an event at the meeting; a status change shows in the status line. */
const eventLine = (e: ActionEvent): string | undefined => {
  if (e.kind === 'update')
    return e.text === undefined ? 'Update given — see the restricted minutes' : `Update: ${e.text}`;
  if (e.kind === 'due' && e.to !== undefined) return `Revised date: ${formatMinuteDate(e.to)}`;
  if (e.kind === 'assign' && e.to !== undefined) return `Reassigned to ${e.to}`;
  return undefined;
};

/** "Ongoing – revised date 31 March 2020", "Completed", "Open – due Wednesday 10 August 2022". */
const statusLine = (c: CarriedAction): string => {
  const { action } = c;
  const revised = c.events.some((e) => e.kind === 'due');
  const open = isOpen(action);
  const due =
    !open || action.due === undefined
      ? ''
      : ` – ${revised ? 'revised date' : 'due'} ${formatLongDate(action.due)}`;
  return `**${STATUS_WORD[action.status]}**${due}`;
};

/** One carried action as the review lists it: who, what, this meeting's updates, where it stands. */
export const carriedBlock = (c: CarriedAction): CardElement[] => [
  text(
    `**${c.action.number}** ${reference(c.action)}${ownerNames(c.action.owners)} to ${c.action.text}`,
    {
      size: 'Small',
      spacing: 'Small',
    },
  ),
  ...c.events.flatMap((e) => {
    const line = eventLine(e);
    return line === undefined ? [] : [small(line, { isSubtle: true })];
  }),
  small(statusLine(c)),
];

/** A new action: number, reference, owners by name, due date. */
export const raisedLine = (a: Action): CardElement =>
  text(
    `**${a.number}** ${reference(a)}${ownerNames(a.owners)} to ${a.text}${a.due !== undefined ? ` — by ${formatLongDate(a.due)}` : isOpen(a) ? ' — by the next meeting' : ''}${RAISED_NOTE[a.status]}${a.subjectToRatification ? ' _(subject to ratification)_' : ''}`,
    { size: 'Small', spacing: 'Small' },
  );
