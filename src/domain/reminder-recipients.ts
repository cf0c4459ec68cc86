import type { Action, Owner } from './action.js';
import { isOpen, isOverdue, isUndated } from './action.js';
import type { Board, Member } from './board.js';
import { canManageBoard, findMemberByAad, managersOf } from './board.js';
import type { TenantId } from './ids.js';
import { tenantId } from './ids.js';
import type { Meeting } from './meeting.js';
import { paperDeadline } from './paper-deadline.js';
import type { NoticeMessage } from './notice-message.js';
import type { Reminder } from './reminder.js';
import type { CalendarDate } from './zoned-time.js';
import { utcToZoned } from './zoned-time.js';

/** One person a reminder goes to, and what it says to them. */
export type ReminderRecipient = {
  /** Unique in the reminder: its deliveries are recorded under it, so a retry skips who has it. */
  key: string;
  name: string;
  aadObjectId?: string;
  /** A member who signs in through another tenant: their personal chat is recorded there. */
  homeTenantId?: TenantId;
  message: NoticeMessage;
};

/** What a reminder still means when it comes up: whom to tell what, or why it no longer applies. */
export type ReminderDecision =
  { kind: 'cancel'; outcome: string } | { kind: 'send'; recipients: ReminderRecipient[] };

/** What the sweep read for one reminder; a field left undefined is gone (or not needed). */
export type ReminderFacts = {
  reminder: Reminder;
  board: Board;
  /** The board-local day it goes out. */
  today: CalendarDate;
  nextMeeting?: CalendarDate;
  /** The action of an action reminder or a notice. */
  action?: Action;
  /** The board's actions, for the digest. */
  actions?: readonly Action[];
  /** The meeting whose papers are chased. */
  meeting?: Meeting;
};

const homeOf = (member: Member): { homeTenantId?: TenantId } =>
  member.reach?.homeTenantId === undefined
    ? {}
    : { homeTenantId: tenantId(member.reach.homeTenantId) };

/** Members Quorate cannot address (no Entra id) are left out: they are on no list to tell. */
const toMembers = (
  members: readonly Member[],
  role: string,
  message: NoticeMessage,
): ReminderRecipient[] =>
  members.flatMap((member) =>
    member.aadObjectId === undefined
      ? []
      : [
          {
            key: `${role}:${member.aadObjectId.toLowerCase()}`,
            name: member.name,
            aadObjectId: member.aadObjectId,
            ...homeOf(member),
            message,
          },
        ],
  );

/** The chair and coordinators (else whoever runs the board), who hear escalations and proposals. */
export const chairAndCoordinators = (board: Board): Member[] => {
  const wanted = board.members.filter((m) => m.role === 'chair' || m.role === 'coordinator');
  return wanted.length > 0 ? wanted : managersOf(board);
};

/** The coordinators (else the chair and coordinators), who get the digest and "not mine". */
export const coordinators = (board: Board): Member[] => {
  const wanted = board.members.filter((m) => m.role === 'coordinator');
  return wanted.length > 0 ? wanted : chairAndCoordinators(board);
};

/**
 * Who is chased for an action a group or agency owns, since a group has no chat of its own: an
 * agency's members on the board (any of them may answer: see `ownsAction`), else — an agency with
 * no member, or a team such as "the Business Unit" — the coordinators, who serve the groups.
 */
export const groupOwnerMembers = (
  board: Board,
  owner: Extract<Owner, { kind: 'agency' | 'group' }>,
): Member[] => {
  const agencyMembers =
    owner.kind === 'agency' ? board.members.filter((m) => m.agencyCode === owner.code) : [];
  return agencyMembers.length > 0 ? agencyMembers : coordinators(board);
};

const memberOf = (board: Board, owner: Owner): Member | undefined =>
  owner.kind === 'member' ? board.members.find((m) => m.id === owner.memberId) : undefined;

const send = (recipients: ReminderRecipient[]): ReminderDecision => ({ kind: 'send', recipients });

const withNext = (facts: ReminderFacts): { nextMeeting?: CalendarDate } =>
  facts.nextMeeting === undefined ? {} : { nextMeeting: facts.nextMeeting };

/**
 * Each owner, in their own words: a member by their Entra id as the board knows it, an outside
 * owner by the id captured with the action, else by name only (delivered to the board's chat).
 */
const toOwners = (facts: ReminderFacts, action: Action): ReminderRecipient[] =>
  dedupe(action.owners.flatMap((o) => toOwner(facts, action, o)));

/** Keys are unique in a reminder: a member who owns it and is in an owning agency hears once. */
const dedupe = (recipients: ReminderRecipient[]): ReminderRecipient[] =>
  recipients.filter((r, i) => recipients.findIndex((s) => s.key === r.key) === i);

const toOwner = (facts: ReminderFacts, action: Action, owner: Owner): ReminderRecipient[] => {
  if (owner.kind === 'agency' || owner.kind === 'group')
    return groupOwnerMembers(facts.board, owner).flatMap((m) =>
      m.aadObjectId === undefined ? [] : toOwner(facts, action, memberOwnerOf(m)),
    );
  return [ownerRecipient(facts, action, owner)];
};

const memberOwnerOf = (m: Member): Owner => ({
  kind: 'member',
  memberId: m.id,
  initials: m.initials,
  name: m.name,
});

const ownerRecipient = (facts: ReminderFacts, action: Action, owner: Owner): ReminderRecipient => {
  const { board, reminder, today } = facts;
  const member = memberOf(board, owner);
  const aad = member?.aadObjectId ?? owner.aadObjectId;
  return {
    key: aad === undefined ? `name:${owner.name}` : `owner:${aad.toLowerCase()}`,
    name: owner.name,
    ...(aad !== undefined && { aadObjectId: aad }),
    ...(member !== undefined && homeOf(member)),
    message: {
      kind: 'action-reminder',
      board,
      action,
      reminder,
      today,
      ...withNext(facts),
      canManage: canManageBoard(board, aad),
      ...(member?.reach?.lastReached !== undefined && { lastReached: member.reach.lastReached }),
    },
  };
};

/** Owner reminders and escalations: cancelled once the action is closed, done or re-dated. */
const forAction = (facts: ReminderFacts): ReminderDecision => {
  const { action, reminder, board, today } = facts;
  if (action === undefined) return { kind: 'cancel', outcome: 'action-gone' };
  if (!isOpen(action)) return { kind: 'cancel', outcome: `action-${action.status}` };
  if (action.due !== reminder.plannedFor)
    return { kind: 'cancel', outcome: reminder.kind === 'ask-date' ? 'dated' : 'due-changed' };
  if (reminder.kind !== 'escalation') return send(toOwners(facts, action));
  const message: NoticeMessage = { kind: 'escalation', board, action, reminder, today };
  return send(toMembers(chairAndCoordinators(board), 'escalation', message));
};

/** The weekly digest: overdue and undated actions and who could not be reached; nothing, no digest. */
const forDigest = (facts: ReminderFacts): ReminderDecision => {
  const { board, today } = facts;
  const actions = facts.actions ?? [];
  const overdue = actions.filter((a) => isOverdue(a, today));
  const undated = actions.filter(isUndated);
  const unreachable = board.unreachable ?? [];
  const owners = new Map<string, Extract<NoticeMessage, { kind: 'digest' }>['owners'][number]>();
  for (const owner of overdue.flatMap((a) => a.owners)) {
    const member = memberOf(board, owner);
    const last = member?.reach?.lastReached;
    owners.set(member?.id ?? `name:${owner.name}`, {
      name: member === undefined ? owner.name : `${member.name} (${member.initials})`,
      ...(last !== undefined && { lastReached: last }),
    });
  }
  if (overdue.length === 0 && undated.length === 0 && unreachable.length === 0) return send([]);
  const message: NoticeMessage = {
    kind: 'digest',
    board,
    overdue,
    undated,
    unreachable,
    owners: [...owners.values()],
    today,
    ...withNext(facts),
  };
  return send(toMembers(coordinators(board), 'digest', message));
};

/** Presenters with papers missing, each about their own items; the coordinators about them all. */
const forPapers = (facts: ReminderFacts): ReminderDecision => {
  const { board, meeting, reminder } = facts;
  if (meeting === undefined) return { kind: 'cancel', outcome: 'meeting-gone' };
  if (meeting.status !== 'planned' || meeting.date !== reminder.plannedFor)
    return { kind: 'cancel', outcome: 'meeting-changed' };
  const missing = meeting.agenda.filter(
    (i) => i.standing === undefined && i.presenters.length > 0 && i.papers.length === 0,
  );
  if (missing.length === 0) return send([]);
  const deadline = utcToZoned(
    paperDeadline(meeting, board.rules.paperDeadlineDays),
    board.rules.timeZone,
  ).date;
  const byPresenter = new Map<string, { member: Member; items: typeof missing }>();
  for (const item of missing) {
    for (const p of item.presenters) {
      const member =
        p.memberId === undefined ? undefined : board.members.find((m) => m.id === p.memberId);
      if (member?.aadObjectId === undefined) continue;
      const entry = byPresenter.get(member.id) ?? { member, items: [] };
      entry.items.push(item);
      byPresenter.set(member.id, entry);
    }
  }
  const presenters = [...byPresenter.values()].flatMap(({ member, items }) =>
    toMembers([member], 'presenter', {
      kind: 'papers-presenter',
      board,
      meeting,
      items: items.map((i) => ({ number: i.number, title: i.title })),
      deadline,
    }),
  );
  const summary: NoticeMessage = {
    kind: 'papers-coordinator',
    board,
    meeting,
    missing: missing.map((i) => ({
      number: i.number,
      title: i.title,
      presenters: i.presenters.map((p) => p.initials ?? p.name).join('/'),
    })),
    deadline,
  };
  return send([...presenters, ...toMembers(coordinators(board), 'papers', summary)]);
};

/**
 * Notices: a proposed date to the chair and coordinators (unless already decided), the decision
 * to whoever proposed it, "not mine" to the coordinators.
 */
const forNotice = (facts: ReminderFacts): ReminderDecision => {
  const { board, action, today } = facts;
  const notice = facts.reminder.notice;
  if (notice === undefined || action === undefined)
    return { kind: 'cancel', outcome: 'action-gone' };
  switch (notice.kind) {
    case 'proposal': {
      if (action.proposedDue?.date !== notice.date)
        return { kind: 'cancel', outcome: 'already-decided' };
      const message: NoticeMessage = { kind: 'proposal', board, action, today, ...withNext(facts) };
      return send(toMembers(chairAndCoordinators(board), 'proposal', message));
    }
    case 'proposal-decided': {
      const proposer = findMemberByAad(board, notice.to);
      return send(
        toMembers(proposer === undefined ? [] : [proposer], 'decided', {
          kind: 'proposal-decided',
          board,
          action,
          accepted: notice.accepted === true,
          date: notice.date ?? '',
          today,
          ...withNext(facts),
        }),
      );
    }
    case 'not-mine': {
      const owner = findMemberByAad(board, notice.by);
      const ownerName = owner === undefined ? 'An owner' : `${owner.name} (${owner.initials})`;
      const message: NoticeMessage = { kind: 'not-mine', board, action, ownerName, today };
      return send(toMembers(coordinators(board), 'not-mine', message));
    }
  }
};

/**
 * Who is told what by a reminder that has come up, from what the sweep read. Pure: the sweep
 * loads the facts, and sends to, and records, exactly these recipients.
 */
export const reminderRecipients = (facts: ReminderFacts): ReminderDecision => {
  switch (facts.reminder.kind) {
    case 'ask-date':
    case 'before':
    case 'due':
    case 'overdue':
    case 'escalation':
      return forAction(facts);
    case 'digest':
      return forDigest(facts);
    case 'papers':
      return forPapers(facts);
    case 'notice':
      return forNotice(facts);
    case 'forecast':
      // Decided by forecastRecipients (domain/forecast-recipients.ts), which planReminderJob calls.
      return { kind: 'cancel', outcome: 'forecast-elsewhere' };
  }
};
