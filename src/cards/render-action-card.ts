import type { Action, ActionEvent, Owner } from '../domain/action.js';
import {
  ACTION_LOG_SHOWN,
  isOpen,
  isOverdue,
  latestUpdate,
  ownerInitials,
} from '../domain/action.js';
import { isDueAsap } from '../domain/asap-rule.js';
import { formatLongDate } from '../domain/zoned-time.js';
import type { AdaptiveCard, CardAction, CardElement } from './card-types.js';
import { card, executeAction, facts, heading, notice, subtle, text } from './elements.js';
import { Verbs } from './verbs.js';

export type ActionView = {
  action: Action;
  boardName: string;
  today: string;
  nextMeeting?: string;
  /** An owner, the chair or a coordinator: may update, complete, propose a date. */
  canUpdate: boolean;
  /** The chair or a coordinator: may change dates and decide proposals. */
  canManage: boolean;
  /** Names for Entra ids in the history (who did what). */
  names?: ReadonlyMap<string, string>;
  message?: string;
  /** Why this card arrived unasked (a reminder, an escalation, a notice). */
  intro?: string;
  /** An owner's reminder: offer "Not mine" so the coordinators hear of a wrong owner. */
  offerNotMine?: boolean;
};

const STATUS: Record<Action['status'], string> = {
  open: 'Open',
  ongoing: 'Ongoing',
  completed: 'Completed',
  closed: 'Closed',
  withdrawn: 'Withdrawn',
};

const OWNER_SUFFIX: Record<Owner['kind'], (o: Owner) => string> = {
  member: (o) => `${o.initials} (${o.name})`,
  external: (o) => `${o.name} (not a member)`,
  agency: (o) => `${o.name} (agency)`,
  group: (o) => o.name,
};

export const ownerLine = (owners: readonly Owner[]): string =>
  owners.map((o) => OWNER_SUFFIX[o.kind](o)).join(', ');

/**
 * "Friday 18 December 2026 (next meeting)" for an action due at the next meeting, so people still see
 * why it is due then; "next meeting — no date yet" while that meeting is not set.
 */
export const dueLine = (action: Action, today: string): string => {
  const label =
    action.due === undefined
      ? 'next meeting — no date yet'
      : `${formatLongDate(action.due)}${action.dueMeetingId !== undefined ? ' (next meeting)' : isDueAsap(action) ? ' (ASAP)' : ''}`;
  return isOverdue(action, today) ? `${label} — OVERDUE` : label;
};

/** The date button: an undated action is asked for a date, a dated one for more time. */
const dueButton = (action: Action, canManage: boolean): string => {
  if (action.due === undefined) return canManage ? 'Set date' : 'Propose a date';
  return canManage ? 'Change date' : 'Need more time';
};

export const actionTitle = (action: Action): string =>
  `Action ${action.number}${action.reference === undefined ? '' : ` (${action.reference})`}`;

const who = (names: ReadonlyMap<string, string> | undefined, id: string): string =>
  names?.get(id) ?? 'someone';

export const describeEvent = (e: ActionEvent, names?: ReadonlyMap<string, string>): string => {
  const when = formatLongDate(e.at.slice(0, 10));
  const by = who(names, e.by);
  switch (e.kind) {
    case 'created':
      return `${when} · created by ${by}${e.to === undefined ? '' : `, due ${formatLongDate(e.to)}${e.text === undefined ? '' : ` (${e.text})`}`}`;
    case 'update':
      return `${when} · update from ${by}: ${e.text ?? ''}`;
    case 'status':
      return `${when} · ${by} marked it ${e.to ?? ''}${e.text === undefined ? '' : `: ${e.text}`}`;
    case 'due':
      return `${when} · ${by} ${e.from === undefined ? 'set the due date' : `revised the due date from ${e.from}`} to ${e.to ?? ''}${e.text === undefined ? '' : ` (${e.text})`}`;
    case 'assign':
      return `${when} · ${by} reassigned it from ${e.from ?? ''} to ${e.to ?? ''}`;
    case 'disowned':
      return `${when} · ${by} said it is not theirs`;
    case 'confidential':
      return `${when} · ${by} marked it ${e.to === 'confidential' ? 'confidential' : 'not confidential'}`;
    case 'edit':
      return `${when} · ${by} reworded it`;
    case 'move':
      return `${when} · ${by} moved it from ${e.from ?? 'no item'} to ${e.to ?? ''}`;
    case 'proposal':
      return `${when} · ${by} ${e.text === undefined ? 'proposed a new date:' : 'did not accept the proposed date'} ${e.to ?? ''}`;
  }
};

/**
 * What a card says about the action it shows: its id and its board's, so a click reads that board
 * and that action directly, from any chat (the board is still checked against the clicker).
 */
export const actionRef = (action: Action): { actionId: string; boardId: string } => ({
  actionId: action.id,
  boardId: action.boardId,
});

/** One action as its owner or the chair sees it, with buttons to answer in place. */
export const renderActionCard = (view: ActionView): AdaptiveCard => {
  const { action } = view;
  const data = { ...actionRef(action), revision: action.revision };
  const update = latestUpdate(action);
  const overdue = isOverdue(action, view.today);
  const body: CardElement[] = [
    ...heading(actionTitle(action), view.boardName),
    ...(view.message === undefined ? [] : [notice(view.message, 'accent')]),
    ...(view.intro === undefined ? [] : [notice(view.intro, 'warning')]),
    text(action.text, { size: 'Medium' }),
    facts([
      ['Owners', ownerLine(action.owners)],
      ['Due', dueLine(action, view.today)],
      [
        'Status',
        `${STATUS[action.status]}${action.closedReason === undefined ? '' : ` — ${action.closedReason}`}`,
      ],
      ...(update === undefined
        ? []
        : ([
            ['Latest', `${update.text ?? ''} (${formatLongDate(update.at.slice(0, 10))})`],
          ] as const)),
    ]),
    ...(overdue ? [notice('This action is overdue.', 'attention')] : []),
    ...(action.subjectToRatification
      ? [subtle('Recorded while the meeting was not quorate: subject to ratification.')]
      : []),
  ];
  if (action.proposedDue !== undefined) {
    body.push(
      text(
        `New date proposed: ${formatLongDate(action.proposedDue.date)} (waiting for the chair)`,
        { weight: 'Bolder', color: 'Warning' },
      ),
    );
    if (view.canManage) {
      body.push({
        type: 'ActionSet',
        actions: [
          executeAction('Accept new date', Verbs.actionAcceptDate, data),
          executeAction('Keep the date', Verbs.actionRejectDate, data),
        ],
      });
    }
  }
  const actions: CardAction[] = [];
  if (isOpen(action) && view.canUpdate) {
    body.push(
      {
        type: 'Input.Text',
        id: 'updateText',
        label: 'Update',
        placeholder: 'What has happened?',
        isMultiline: true,
        maxLength: 4000,
      },
      {
        type: 'Input.Date',
        id: 'newDate',
        label: view.canManage
          ? action.due === undefined
            ? 'Due date'
            : 'New due date'
          : action.due === undefined
            ? 'Propose a date'
            : 'Propose a new date',
      },
    );
    actions.push(
      executeAction('Add update', Verbs.actionUpdate, data),
      executeAction('Mark done', Verbs.actionDone, data),
      executeAction(dueButton(action, view.canManage), Verbs.actionDue, data),
    );
  }
  if (isOpen(action) && view.offerNotMine === true)
    actions.push(executeAction('Not mine', Verbs.actionNotMine, data));
  actions.push(executeAction('History', Verbs.actionHistory, actionRef(action)));
  return {
    ...card(body, actions),
    refresh: {
      action: {
        type: 'Action.Execute',
        title: 'Refresh',
        verb: Verbs.actionRefresh,
        data: { ...actionRef(action), verb: Verbs.actionRefresh },
      },
    },
  };
};

/** Every update, status change, date revision and reassignment, with who and when. */
export const renderActionHistoryCard = (view: ActionView): AdaptiveCard =>
  card(
    [
      ...heading(`${actionTitle(view.action)} — history`, view.boardName),
      text(view.action.text, { isSubtle: true }),
      ...view.action.history.map((e) =>
        text(describeEvent(e, view.names), { size: 'Small', spacing: 'Small' }),
      ),
    ],
    [executeAction('Back to the action', Verbs.actionRefresh, actionRef(view.action))],
  );

/** The action log: one compact block per action, readable on a phone. */
export const renderActionLogCard = (view: {
  title: string;
  boardName: string;
  /** The first of the list (at most `ACTION_LOG_SHOWN` are listed). */
  actions: readonly Action[];
  /** How many the list has in all, when `actions` is only its start. */
  total?: number;
  today: string;
  nextMeeting?: string;
  /** A signed link to the whole log as CSV. */
  csvUrl?: string;
  /** A log of several boards names each action's board. */
  boardOf?: (action: Action) => string;
}): AdaptiveCard => {
  const total = Math.max(view.total ?? 0, view.actions.length);
  return card(
    [
      ...heading(view.title, `${view.boardName} · ${total} action${total === 1 ? '' : 's'}`),
      ...(view.actions.length === 0
        ? [subtle('None.')]
        : view.actions.slice(0, ACTION_LOG_SHOWN).map((a) => {
            const update = latestUpdate(a);
            return {
              type: 'Container',
              separator: true,
              spacing: 'Small',
              selectAction: {
                type: 'Action.Execute',
                title: 'Open',
                verb: Verbs.actionRefresh,
                data: { ...actionRef(a), verb: Verbs.actionRefresh },
              },
              items: [
                text(`**${a.number}** ${a.text}`, { spacing: 'None' }),
                subtle(
                  `${view.boardOf === undefined ? '' : `${view.boardOf(a)} · `}${ownerInitials(a.owners)} · due ${dueLine(a, view.today)} · ${STATUS[a.status]}${a.reference === undefined ? '' : ` · ${a.reference}`}`,
                ),
                ...(update === undefined
                  ? []
                  : [text(`**${update.text ?? ''}**`, { size: 'Small', spacing: 'None' })]),
              ],
            } satisfies CardElement;
          })),
      ...(total > ACTION_LOG_SHOWN
        ? [
            subtle(
              `…and ${total - ACTION_LOG_SHOWN} more. Narrow the list: "actions overdue", "actions <initials>".`,
            ),
          ]
        : []),
    ],
    view.csvUrl === undefined
      ? []
      : [{ type: 'Action.OpenUrl', title: 'Download the log (CSV)', url: view.csvUrl }],
  );
};
