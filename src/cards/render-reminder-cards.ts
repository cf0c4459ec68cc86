import type { Action } from '../domain/action.js';
import { ownerInitials } from '../domain/action.js';
import type { UnreachablePerson } from '../domain/board.js';
import type { ReachRoute } from '../domain/reachability.js';
import { formatLongDate } from '../domain/zoned-time.js';
import { lastReachedText, reachReasonText } from './reach-text.js';
import type { AdaptiveCard } from './card-types.js';
import { card, executeAction, facts, heading, subtle, text } from './elements.js';
import { actionTitle, renderActionCard, renderActionLogCard } from './render-action-card.js';
import { meetingRef } from './meeting-ref.js';
import { Verbs } from './verbs.js';

const days = (n: number): string => `${n} day${n === 1 ? '' : 's'}`;

/** "Due in 7 days (Monday 30 November 2026)", "Due today", "Overdue by 14 days". */
export const reminderIntro = (daysFromDue: number, due: string): string => {
  if (daysFromDue < 0) {
    const n = -daysFromDue;
    return `Reminder: due ${n === 1 ? 'tomorrow' : `in ${days(n)}`} (${formatLongDate(due)}).`;
  }
  if (daysFromDue === 0) return `Reminder: due today (${formatLongDate(due)}).`;
  return `Reminder: overdue by ${days(daysFromDue)} (was due ${formatLongDate(due)}).`;
};

type ActionNoticeView = {
  action: Action;
  boardName: string;
  today: string;
  nextMeeting?: string;
  canManage: boolean;
};

const optional = (nextMeeting: string | undefined) =>
  nextMeeting === undefined ? {} : { nextMeeting };

/** Every notice is the action card, answerable in place, under an intro saying why it came. */
const noticeCard = (
  view: ActionNoticeView,
  notice: { intro: string; canManage: boolean; offerNotMine?: boolean },
): AdaptiveCard =>
  renderActionCard({
    action: view.action,
    boardName: view.boardName,
    today: view.today,
    ...optional(view.nextMeeting),
    canUpdate: true,
    ...notice,
  });

/** Asks the owners of an undated action for a date, answered with the card's date input. */
export const DATE_REQUEST_INTRO =
  'This action has no due date: it is due at the next meeting, which has not been set. When can it be done? Choose a date below.';

/** When and how Quorate last reached the owner, for the reminder and the digest. */
export type LastReached = { at: string; route: ReachRoute };

/**
 * The owner's reminder: the action card to answer in place, with "Not mine", saying when and by
 * which route Quorate last reached them (so an owner, or a coordinator reading the board's chat,
 * sees whether earlier reminders got through). For an action with no date yet, it asks for one.
 */
export const renderReminderCard = (
  view: ActionNoticeView & {
    daysFromDue: number;
    due: string;
    lastReached?: LastReached;
    timeZone?: string;
  },
): AdaptiveCard =>
  noticeCard(view, {
    canManage: view.canManage,
    intro: `${
      view.action.due === undefined ? DATE_REQUEST_INTRO : reminderIntro(view.daysFromDue, view.due)
    } Last reached: ${lastReachedText(view.lastReached, view.timeZone ?? 'Europe/London')}.`,
    offerNotMine: true,
  });

/** For the chair and coordinators once an action has been overdue too long. */
export const renderEscalationCard = (
  view: ActionNoticeView & { daysFromDue: number },
): AdaptiveCard =>
  noticeCard(view, {
    canManage: true,
    intro: `Escalation: ${actionTitle(view.action)} is ${days(view.daysFromDue)} overdue (owners ${ownerInitials(view.action.owners)}). Chase it, change its date or close it.`,
  });

/** For the chair and coordinators: an owner asks for more time. */
export const renderProposalNoticeCard = (view: ActionNoticeView): AdaptiveCard =>
  noticeCard(view, {
    canManage: true,
    intro:
      view.action.due === undefined
        ? `An owner proposes a date for ${actionTitle(view.action)}, which has none yet: accept it, or keep it due at the next meeting.`
        : `An owner asks for more time on ${actionTitle(view.action)}: accept the new date or keep it.`,
  });

/** For the owner who proposed a date: what the chair decided. */
export const renderProposalDecidedCard = (
  view: ActionNoticeView & { accepted: boolean; date: string },
): AdaptiveCard =>
  noticeCard(view, {
    canManage: view.canManage,
    intro: view.accepted
      ? `Your new date was accepted: ${actionTitle(view.action)} is now due ${formatLongDate(view.date)}.`
      : `Your proposed date (${formatLongDate(view.date)}) was not accepted: the due date stands.`,
  });

/** For the coordinators: an owner says an action is not theirs. */
export const renderNotMineCard = (view: ActionNoticeView & { ownerName: string }): AdaptiveCard =>
  noticeCard(view, {
    canManage: true,
    intro: `${view.ownerName} says ${actionTitle(view.action)} is not theirs. Reassign it with "assign ${view.action.number} ‹initials›".`,
  });

const unreachableLines = (people: readonly UnreachablePerson[]) =>
  people.slice(0, 20).map((p) => [p.name, reachReasonText(p.reason)] as const);

/**
 * The coordinators' weekly digest: what is overdue, what has no due date yet (due at a next meeting
 * not set), and whom reminders could not reach.
 */
export const renderDigestCard = (view: {
  boardName: string;
  overdue: readonly Action[];
  undated: readonly Action[];
  unreachable: readonly UnreachablePerson[];
  /** The overdue actions' owners, and when and how Quorate last reached each. */
  owners?: readonly { name: string; lastReached?: LastReached }[];
  timeZone?: string;
  today: string;
  nextMeeting?: string;
}): AdaptiveCard => {
  const log = renderActionLogCard({
    title: `Overdue actions — week of ${formatLongDate(view.today)}`,
    boardName: view.boardName,
    actions: view.overdue,
    today: view.today,
    ...optional(view.nextMeeting),
  });
  return card(
    [
      ...log.body,
      ...(view.undated.length === 0
        ? []
        : [
            text('No due date yet', { weight: 'Bolder', separator: true }),
            subtle(
              'Due at the next meeting, which has not been set. Set it with "next meeting ‹date›", or give each a date with "due ‹number› ‹date›".',
            ),
            facts(
              view.undated
                .slice(0, 20)
                .map((a) => [`${a.number}`, `${ownerInitials(a.owners)} to ${a.text}`] as const),
            ),
          ]),
      ...(view.unreachable.length === 0
        ? []
        : [
            text('Could not reach in Teams', { weight: 'Bolder', separator: true }),
            subtle(
              'Their reminders went to the board’s conversation instead. Ask them to open a chat with Quorate.',
            ),
            facts(unreachableLines(view.unreachable)),
          ]),
      ...(view.owners === undefined || view.owners.length === 0
        ? []
        : [
            text('Owners last reached', { weight: 'Bolder', separator: true }),
            facts(
              view.owners
                .slice(0, 30)
                .map(
                  (o) =>
                    [
                      o.name,
                      lastReachedText(o.lastReached, view.timeZone ?? 'Europe/London'),
                    ] as const,
                ),
            ),
          ]),
    ],
    log.actions ?? [],
  );
};

/** A presenter's papers are missing before the paper deadline. */
export const renderPaperChaserCard = (view: {
  boardName: string;
  meetingTitle: string;
  meetingDate: string;
  items: readonly { number: string; title: string }[];
  deadline: string;
}): AdaptiveCard =>
  card([
    ...heading(`Papers due by ${formatLongDate(view.deadline)}`, view.boardName),
    text(
      `You are presenting at ${view.meetingTitle} on ${formatLongDate(view.meetingDate)} and no paper has arrived for:`,
    ),
    facts(view.items.map((i) => [i.number, i.title] as const)),
    subtle(
      `Send it with "paper ‹item› ‹title› ‹link›" in the board’s chat. Papers after the deadline go to the chair to accept.`,
    ),
  ]);

/** The coordinators' view of who has not sent papers. */
export const renderPapersOutstandingCard = (view: {
  boardName: string;
  boardId: string;
  meetingId: string;
  meetingTitle: string;
  meetingDate: string;
  missing: readonly { number: string; title: string; presenters: string }[];
  deadline: string;
}): AdaptiveCard =>
  card(
    [
      ...heading(`Papers not yet sent — deadline ${formatLongDate(view.deadline)}`, view.boardName),
      text(
        `${view.meetingTitle}, ${formatLongDate(view.meetingDate)}. The presenters have been reminded.`,
      ),
      facts(view.missing.map((m) => [m.number, `${m.title} — ${m.presenters}`] as const)),
    ],
    [
      executeAction(
        'Papers',
        Verbs.papersShow,
        meetingRef({ id: view.meetingId, boardId: view.boardId }),
      ),
    ],
  );
