import { interestLine, interestsOf } from '../domain/interest.js';
import type { Action } from '../domain/action.js';
import type { CarriedAction } from '../domain/action-log-review.js';
import type { Board } from '../domain/board.js';
import type { Meeting } from '../domain/meeting.js';
import type { QuorumResult } from '../domain/quorum.js';
import { formatLongDate, formatTime } from '../domain/zoned-time.js';
import type { AdaptiveCard, CardAction, CardElement } from './card-types.js';
import { CARD_BUDGET, cardBytes } from './card-size.js';
import { card, executeAction, heading, messageLine, section, subtle, text } from './elements.js';
import { quorumNotice } from './quorum-notice.js';
import { meetingWhen } from './render-agenda-card.js';
import { meetingRef } from './meeting-ref.js';
import { summaryPeople } from './summary-people.js';
import { carriedBlock, itemBlocks, minutesLines, raisedLine } from './summary-record.js';
import { Verbs } from './verbs.js';

export type SummaryView = {
  board: Board;
  meeting: Meeting;
  quorum: QuorumResult;
  /** The actions raised at the meeting. */
  actions: readonly Action[];
  /** The action-log review: earlier actions open or changed at this meeting (absent: not shown). */
  carried?: readonly CarriedAction[];
  /**
   * The meeting and actions as its readers may see them (domain/disclosure.ts): the card shows
   * what it is given. `redacted` says so at the foot.
   */
  forChannel: boolean;
  redacted?: boolean;
  canPost: boolean;
  minutesUrl?: string;
  message?: string;
};

/** How much of each long list the card shows; a summary too big for Teams shows less. */
type Fit = { notes: boolean; items: number; review: number; actions: number };

const more = (left: number, view: SummaryView): CardElement[] =>
  left <= 0
    ? []
    : [
        subtle(
          `…and ${left} more in the minutes${view.minutesUrl === undefined ? ' (type "minutes")' : ''}.`,
        ),
      ];

const render = (view: SummaryView, fit: Fit, shortened: boolean): AdaptiveCard => {
  const { board, meeting } = view;
  const items = itemBlocks(meeting, fit.notes, board);
  const carried = view.carried ?? [];
  const ratifier = meeting.attendance?.ratifier;
  /** The meeting arrives disclosed: interests at items this audience may not read are gone. */
  const byId = new Map(meeting.agenda.map((i) => [i.id, i]));
  const interests = interestsOf(meeting).map((i) => {
    const item = byId.get(i.itemId);
    return text(`${item === undefined ? '' : `**${item.number}** `}${interestLine(i)}`, {
      size: 'Small',
      spacing: 'None',
    });
  });
  const minutes = minutesLines(meeting);
  const next = meeting.nextMeeting;
  const buttons: CardAction[] = [];
  if (view.minutesUrl !== undefined)
    buttons.push({ type: 'Action.OpenUrl', title: 'Minutes (.docx)', url: view.minutesUrl });
  if (view.canPost && !view.forChannel)
    buttons.push(executeAction('Post to channel', Verbs.summaryPost, meetingRef(meeting)));
  return card(
    [
      ...heading(`Summary — ${meeting.title}`, board.name),
      text(meetingWhen(meeting), { size: 'Small', spacing: 'None' }),
      ...messageLine(view.message),
      ...(shortened
        ? [
            text(
              `Shortened to fit Teams: the full record is in the minutes${view.minutesUrl === undefined ? ' — type "minutes"' : ' (button below)'}.`,
              { size: 'Small', weight: 'Bolder' },
            ),
          ]
        : []),
      quorumNotice(view.quorum),
      ...(ratifier === undefined
        ? []
        : [subtle(`Decisions and actions go to ${ratifier} for ratification.`)]),
      ...summaryPeople(board, meeting),
      ...(minutes.length === 0 ? [] : [section('Previous minutes', minutes)]),
      ...(interests.length === 0 ? [] : [section('Declarations of interest', interests)]),
      section(
        fit.notes ? 'Items: notes and decisions' : 'Items: decisions',
        items.length === 0
          ? [subtle('None recorded.')]
          : [...items.slice(0, fit.items).flat(), ...more(items.length - fit.items, view)],
      ),
      ...(view.carried === undefined
        ? []
        : [
            section(
              'Action log review',
              carried.length === 0
                ? [subtle('No actions carried from earlier meetings.')]
                : [
                    ...carried.slice(0, fit.review).flatMap(carriedBlock),
                    ...more(carried.length - fit.review, view),
                  ],
            ),
          ]),
      section(
        'New actions',
        view.actions.length === 0
          ? [subtle('None recorded.')]
          : [
              ...view.actions.slice(0, fit.actions).map(raisedLine),
              ...more(view.actions.length - fit.actions, view),
            ],
      ),
      ...(next === undefined
        ? []
        : [
            text(
              `Next meeting: ${formatLongDate(next.date)}${next.start === undefined ? '' : ` ${formatTime(next.start)}`}`,
              { weight: 'Bolder', separator: true },
            ),
          ]),
      ...(view.redacted === true
        ? [subtle('Confidential items are left out of this version.')]
        : []),
    ],
    buttons,
  );
};

/** Less of one list: notes go first, then the review, then decisions, then new actions. */
const shrink = (fit: Fit): Fit | undefined => {
  const half = (n: number): number => (n <= 1 ? 0 : Math.floor(n / 2));
  if (fit.notes) return { ...fit, notes: false };
  if (fit.review > 0) return { ...fit, review: half(fit.review) };
  if (fit.items > 0) return { ...fit, items: half(fit.items) };
  if (fit.actions > 0) return { ...fit, actions: half(fit.actions) };
  return undefined;
};

/**
 * The meeting summary as UK minutes record it: attendance (members with codes, deputies for whom,
 * apologies, also in attendance), quorum and ratifier, the previous minutes' outcome, each item's
 * notes and decisions, the action-log review, new actions and the next meeting. It stays under
 * Teams' message size limit: a long meeting loses notes first, then the review, then decisions and
 * new actions past the first few, and says the full record is in the minutes.
 */
export const renderSummaryCard = (view: SummaryView): AdaptiveCard => {
  let fit: Fit = {
    notes: true,
    items: itemBlocks(view.meeting, true, view.board).length,
    review: view.carried?.length ?? 0,
    actions: view.actions.length,
  };
  let built = render(view, fit, false);
  while (cardBytes(built) > CARD_BUDGET) {
    const next = shrink(fit);
    if (next === undefined) break;
    fit = next;
    built = render(view, fit, true);
  }
  return built;
};
