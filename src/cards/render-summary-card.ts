import { interestLine, interestsOf } from '../domain/interest.js';
import type { Action } from '../domain/action.js';
import { ownerInitials } from '../domain/action.js';
import { codeFor, recordFor } from '../domain/attendance.js';
import type { Board } from '../domain/board.js';
import { CONFIDENTIAL_TITLE, REDACTED_TEXT } from '../domain/disclosure.js';
import type { Meeting } from '../domain/meeting.js';
import type { QuorumResult } from '../domain/quorum.js';
import { formatLongDate, formatTime } from '../domain/zoned-time.js';
import { entryLabel } from '../domain/entry-numbers.js';
import type { AdaptiveCard, CardAction, CardElement } from './card-types.js';
import { card, executeAction, heading, messageLine, section, subtle, text } from './elements.js';
import { quorumNotice } from './quorum-notice.js';
import { meetingWhen } from './render-agenda-card.js';
import { meetingRef } from './meeting-ref.js';
import { Verbs } from './verbs.js';
import { unauthorisedMark } from './unauthorised-mark.js';

export type SummaryView = {
  board: Board;
  meeting: Meeting;
  quorum: QuorumResult;
  actions: readonly Action[];
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

const STATUS_NOTE: Record<Action['status'], string> = {
  open: '',
  ongoing: '',
  completed: ' — **completed**',
  closed: ' — closed',
  withdrawn: ' — withdrawn',
};

/** The meeting summary: attendance with codes and deputies, quorum, decisions, actions, next meeting. */
export const renderSummaryCard = (view: SummaryView): AdaptiveCard => {
  const { board, meeting } = view;
  const attendance = board.members.map((m) => {
    const code = codeFor(meeting.attendance, m, meeting.date) ?? '—';
    const deputy = recordFor(meeting.attendance, m.id)?.deputy;
    return text(
      `${m.initials} **${code}**${deputy === undefined ? '' : ` (${deputy.name} for ${m.initials})`}`,
      { size: 'Small', spacing: 'None' },
    );
  });
  const decisions: CardElement[] = meeting.agenda.flatMap((item) =>
    item.decisions.length === 0
      ? item.confidential && item.title === CONFIDENTIAL_TITLE && item.notes.length > 0
        ? [text(`**${item.number}** ${REDACTED_TEXT}`, { size: 'Small', spacing: 'Small' })]
        : []
      : [
          /** Standing items are numbered by their label ("Minutes"): the title alone reads well. */
          text(
            item.standing === undefined ? `**${item.number} ${item.title}**` : `**${item.title}**`,
            { size: 'Small', spacing: 'Small' },
          ),
          ...item.decisions.map((d) =>
            text(
              `${d.number === undefined ? '' : `${entryLabel('decision', d.number)} `}Agreed: ${d.text}${d.subjectToRatification ? ' _(subject to ratification)_' : ''}${unauthorisedMark(board, d)}`,
              { size: 'Small', spacing: 'None' },
            ),
          ),
        ],
  );
  /** The meeting arrives disclosed: interests at items this audience may not read are gone. */
  const items = new Map(meeting.agenda.map((i) => [i.id, i]));
  const interests = interestsOf(meeting).map((i) => {
    const item = items.get(i.itemId);
    return text(`${item === undefined ? '' : `**${item.number}** `}${interestLine(i)}`, {
      size: 'Small',
      spacing: 'None',
    });
  });
  const actions = view.actions.map((a) =>
    text(
      `**${a.number}** ${a.reference === undefined ? '' : `(${a.reference}) `}${ownerInitials(a.owners)} to ${a.text}${a.due === undefined ? '' : ` — by ${formatLongDate(a.due)}`}${STATUS_NOTE[a.status]}`,
      { size: 'Small', spacing: 'Small' },
    ),
  );
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
      quorumNotice(view.quorum),
      section('Attendance', attendance),
      ...(interests.length === 0 ? [] : [section('Declarations of interest', interests)]),
      section('Decisions', decisions.length === 0 ? [subtle('None recorded.')] : decisions),
      section('Actions', actions.length === 0 ? [subtle('None recorded.')] : actions),
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
