import type { Action } from '../domain/action.js';
import { AGENDA_ACTIONS_SHOWN, latestUpdate, ownerInitials } from '../domain/action.js';
import type { Board } from '../domain/board.js';
import type { EntryKind } from '../domain/entry-numbers.js';
import { entryLabel } from '../domain/entry-numbers.js';
import { interestLine, interestsAt } from '../domain/interest.js';
import type { AgendaItem, Entry, Meeting } from '../domain/meeting.js';
import { plannedStarts } from '../domain/planned-starts.js';
import { liveTimingLine, meetingTimingLine } from './live-timing-lines.js';
import { formatLongDate, formatTime } from '../domain/zoned-time.js';
import type { AdaptiveCard, CardAction, CardElement } from './card-types.js';
import {
  card,
  dialogAction,
  executeAction,
  heading,
  messageLine,
  subtle,
  text,
} from './elements.js';
import { entriesWithMenus, entryEditMenu } from './entry-edit-menu.js';
import { meetingRef } from './meeting-ref.js';
import { Verbs } from './verbs.js';
import { unauthorisedMark } from './unauthorised-mark.js';
import { apologiesActionSet } from './render-forecast-cards.js';

export type AgendaView = {
  board: Board;
  meeting: Meeting;
  canManage: boolean;
  previous?: Meeting;
  /** One line at the top saying what just happened. */
  message?: string;
  /** The board's open actions, listed under "minutes of the previous meeting, action log". */
  openActions?: readonly Action[];
  /** How many are open in all, when `openActions` is only the first of them. */
  openActionsTotal?: number;
  /** The time the card is drawn at: with a meeting in progress, items show their live timing. */
  now?: Date;
};

const STATUS: Record<Meeting['status'], string> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  closed: 'Ended',
};

export const meetingWhen = (meeting: Meeting): string => {
  const time =
    meeting.start === undefined
      ? ''
      : ` · ${formatTime(meeting.start)}${meeting.end === undefined ? '' : `–${formatTime(meeting.end)}`}`;
  return `${formatLongDate(meeting.date)}${time}${meeting.venue === undefined ? '' : ` · ${meeting.venue}`}`;
};

const presentersLine = (item: AgendaItem): string =>
  item.presenters.map((p) => p.initials ?? p.name).join(', ');

const paperLines = (item: AgendaItem): CardElement[] =>
  item.papers.map((paper) => {
    const state = !paper.late
      ? ''
      : paper.decision === 'accepted'
        ? ' (late, accepted)'
        : paper.decision === 'rejected'
          ? ' (late, not accepted)'
          : ' (late — awaiting the chair)';
    return text(`📄 [${paper.title}](${paper.link})${state}`, {
      size: 'Small',
      spacing: 'None',
      ...(paper.late && paper.decision !== 'accepted' && { color: 'Warning' }),
    });
  });

const previousMinutesLines = (view: AgendaView): CardElement[] => {
  const lines: CardElement[] = [];
  if (view.previous !== undefined) {
    lines.push(
      subtle(
        `Minutes of ${formatLongDate(view.previous.date)}: ${view.previous.minutesStatus === 'approved' ? 'approved' : 'draft'}`,
      ),
    );
  }
  const outcome = view.meeting.previousMinutes;
  if (outcome !== undefined) {
    const said =
      outcome.outcome === 'approved'
        ? 'Agreed as an accurate record.'
        : outcome.outcome === 'approved-with-amendments'
          ? `Agreed with amendments: ${outcome.text ?? ''}`
          : `Not approved${outcome.text === undefined ? '.' : `: ${outcome.text}`}`;
    lines.push(text(`**${said}**`, { size: 'Small', spacing: 'None' }));
  }
  const open = view.openActions ?? [];
  const total = Math.max(view.openActionsTotal ?? 0, open.length);
  if (open.length > 0) {
    lines.push(
      text(`Action log: ${total} open`, {
        size: 'Small',
        weight: 'Bolder',
        spacing: 'Small',
      }),
    );
    for (const action of open.slice(0, AGENDA_ACTIONS_SHOWN)) {
      const update = latestUpdate(action);
      const line = text(
        `${action.number}. ${ownerInitials(action.owners)} — ${action.text}${update === undefined ? '' : ` **${update.text ?? ''}**`}`,
        {
          size: 'Small',
          spacing: 'None',
        },
      );
      lines.push(
        view.canManage && view.meeting.status !== 'closed'
          ? {
              type: 'ColumnSet',
              spacing: 'Small',
              columns: [
                { type: 'Column', width: 'stretch', items: [line] },
                {
                  type: 'Column',
                  width: 'auto',
                  items: [
                    {
                      type: 'ActionSet',
                      actions: [
                        executeAction('Done', Verbs.agendaActionDone, {
                          ...meetingRef(view.meeting),
                          actionId: action.id,
                          revision: action.revision,
                        }),
                      ],
                    },
                  ],
                },
              ],
            }
          : line,
      );
    }
    if (total > AGENDA_ACTIONS_SHOWN)
      lines.push(subtle(`…and ${total - AGENDA_ACTIONS_SHOWN} more: type "actions".`));
  }
  return lines;
};

/** "N3 " before a note, "D2 " before a decision: the number `note edit 3` names. */
const numbered = (kind: EntryKind, entry: Entry): string =>
  entry.number === undefined ? '' : `${entryLabel(kind, entry.number)} `;

/** Chairs and coordinators correct an entry in place until the minutes are approved. */
const editMenu = (
  view: AgendaView,
  menus: ReadonlySet<string>,
  entry: { kind: EntryKind; entry: Entry; itemId: string },
): CardElement[] =>
  menus.has(entry.entry.id) && entry.entry.number !== undefined
    ? [
        entryEditMenu(
          view.meeting,
          entry.kind,
          { ...entry.entry, number: entry.entry.number },
          entry.itemId,
        ),
      ]
    : [];

/** Live timing is shown while the meeting is in progress, on a card drawn with the time. */
const liveView = (view: AgendaView): boolean =>
  view.now !== undefined && view.meeting.status === 'in-progress';

const itemBlock = (
  view: AgendaView,
  item: AgendaItem,
  start: string | undefined,
  menus: ReadonlySet<string>,
): CardElement => {
  const isCurrent = view.meeting.currentItemId === item.id;
  const live = liveTimingLine(view.meeting, item, view.now);
  const meta = [
    presentersLine(item),
    start === undefined ? '' : `${liveView(view) ? 'planned ' : ''}${formatTime(start)}`,
    `${item.minutes} min`,
    item.confidential ? 'confidential' : '',
  ]
    .filter((s) => s !== '')
    .join(' · ');
  /** The meeting arrives as its readers may see it (domain/disclosure.ts). */
  const entries: CardElement[] = [
    ...(item.standing === 'previous-minutes' ? previousMinutesLines(view) : []),
    ...paperLines(item),
    ...interestsAt(view.meeting, item.id).map((i) =>
      text(interestLine(i), { size: 'Small', spacing: 'None', color: 'Attention' }),
    ),
    ...item.notes.flatMap((n) => [
      text(`• ${numbered('note', n)}${n.text}`, { size: 'Small', spacing: 'None' }),
      ...editMenu(view, menus, { kind: 'note', entry: n, itemId: item.id }),
    ]),
    ...item.decisions.flatMap((d) => [
      text(
        `**${numbered('decision', d)}Agreed:** ${d.text}${d.subjectToRatification ? ' _(subject to ratification)_' : ''}${unauthorisedMark(view.board, d)}`,
        { size: 'Small', spacing: 'Small', color: 'Good' },
      ),
      ...editMenu(view, menus, { kind: 'decision', entry: d, itemId: item.id }),
    ]),
  ];
  return {
    type: 'Container',
    spacing: 'Small',
    ...(isCurrent && { style: 'emphasis' }),
    items: [
      {
        type: 'ColumnSet',
        columns: [
          {
            type: 'Column',
            width: 'auto',
            items: [text(`**${item.number}**`, { spacing: 'None' })],
            minHeight: '0px',
          },
          {
            type: 'Column',
            width: 'stretch',
            items: [
              text(`${isCurrent ? '▶ ' : ''}${item.title}`, {
                weight: isCurrent ? 'Bolder' : 'Default',
                spacing: 'None',
              }),
              ...(meta === '' ? [] : [subtle(meta)]),
              ...(live === undefined ? [] : [live]),
            ],
          },
        ],
      },
      ...entries,
    ],
  };
};

/**
 * The agenda as the chair runs it: where the meeting is, each item's timing, papers, notes and
 * decisions; buttons for the chair and coordinators. Universal Actions refresh it for everyone.
 */
export const renderAgendaCard = (view: AgendaView): AdaptiveCard => {
  const { meeting } = view;
  const starts = plannedStarts(meeting);
  const current = meeting.agenda.find((i) => i.id === meeting.currentItemId);
  const status = `${STATUS[meeting.status]}${current === undefined || meeting.status !== 'in-progress' ? '' : ` · now: ${current.number}`}`;
  const data = meetingRef(meeting);
  const menus =
    view.canManage && meeting.minutesStatus !== 'approved'
      ? entriesWithMenus(meeting)
      : new Set<string>();
  const actions: CardAction[] = [];
  if (view.canManage && meeting.status !== 'closed') {
    if (meeting.status === 'planned')
      actions.push(executeAction('Start meeting', Verbs.meetingStart, data));
    else
      actions.push(
        executeAction('Next item', Verbs.agendaNext, {
          ...data,
          fromItem: meeting.currentItemId ?? '',
        }),
      );
    actions.push(dialogAction('Note or decision', Verbs.entryOpen, data));
    actions.push(dialogAction('Add item', Verbs.itemOpen, data));
    if (meeting.status === 'planned')
      actions.push(dialogAction('Edit agenda', Verbs.editOpen, data));
    if (meeting.previousMeetingId !== undefined && meeting.previousMinutes === undefined) {
      actions.push(dialogAction('Previous minutes', Verbs.minutesOpen, data));
    }
    if (meeting.status === 'in-progress')
      actions.push(executeAction('End meeting', Verbs.meetingEnd, data));
  }
  /** Adaptive Cards allow five top-level actions; chairs get fresh cards from every click anyway. */
  if (actions.length < 5) actions.push(executeAction('Refresh', Verbs.agendaRefresh, data));
  const next = meeting.nextMeeting;
  return {
    ...card(
      [
        ...heading(meeting.title, `${view.board.name}`),
        text(meetingWhen(meeting), { spacing: 'None', size: 'Small' }),
        text(`${status} · minutes ${meeting.minutesStatus}`, {
          spacing: 'Small',
          size: 'Small',
          isSubtle: true,
        }),
        ...meetingTimingLine(meeting, view.now),
        ...messageLine(view.message),
        {
          type: 'Container',
          separator: true,
          spacing: 'Medium',
          items: meeting.agenda.map((item) => itemBlock(view, item, starts.get(item.id), menus)),
        },
        ...(next === undefined
          ? []
          : [
              text(
                `Next meeting: ${formatLongDate(next.date)}${next.start === undefined ? '' : ` ${formatTime(next.start)}${next.end === undefined ? '' : `–${formatTime(next.end)}`}`}`,
                { separator: true, weight: 'Bolder' },
              ),
            ]),
        ...(meeting.status === 'planned' ? [apologiesActionSet(meeting)] : []),
      ],
      actions,
    ),
    refresh: {
      action: {
        type: 'Action.Execute',
        title: 'Refresh',
        verb: Verbs.agendaRefresh,
        data: { ...data, verb: Verbs.agendaRefresh },
      },
    },
  };
};
