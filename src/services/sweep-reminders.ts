import type { Action } from '../domain/action.js';
import { isOpen, isOverdue, isUndated } from '../domain/action.js';
import type { Board, Member, UnreachablePerson } from '../domain/board.js';
import { canManageBoard, findMemberByAad, managersOf } from '../domain/board.js';
import type { ActionId, TenantId } from '../domain/ids.js';
import { tenantId } from '../domain/ids.js';
import { paperDeadline } from '../domain/paper-deadline.js';
import { nextMeetingDate } from '../domain/next-meeting.js';
import { todayIn } from '../domain/parse-when.js';
import type { Delivery, Reminder } from '../domain/reminder.js';
import { utcToZoned } from '../domain/zoned-time.js';
import type { ReachReason, ReachRoute } from '../domain/reachability.js';
import { noteDelivery } from '../domain/reachability.js';
import type { NoticeMessage, ReminderDeps, SendFailure, Versioned } from './ports.js';
import { digestReminder, followingOwnerReminder } from './schedule-reminders.js';

export type SweepOptions = {
  /** Who claims: one id per process. */
  instanceId: string;
  /** Reminders read per sweep. */
  batchSize?: number;
  /** How long a claim holds before another instance may take the reminder over. */
  leaseMs?: number;
  /** Attempts before a reminder stops retrying and its recipients count as unreachable. */
  maxAttempts?: number;
  /** Waits between attempts when Teams gives none (default 30 s, 2 min, 10 min, 30 min, 1 h). */
  backoffMs?: readonly number[];
};

export type SweepReport = {
  ready: number;
  claimed: number;
  /** Another instance claimed it first, or took it over. */
  lost: number;
  sent: number;
  cancelled: number;
  retried: number;
  failed: number;
  /** Reminders left for a later sweep after an infrastructure error. */
  errors: number;
  /**
   * Sent, but the outcome could not be recorded: the only case in which a later sweep sends the
   * same reminder again (once the claim's lease runs out).
   */
  unrecorded: number;
  deliveries: Record<Delivery['outcome'], number>;
};

type Recipient = {
  key: string;
  name: string;
  aadObjectId?: string;
  /** A member who signs in through another tenant: their personal chat is recorded there. */
  homeTenantId?: TenantId;
  message: NoticeMessage;
};

type Job =
  | { kind: 'cancel'; outcome: string }
  | { kind: 'send'; board: Board; recipients: Recipient[]; followUps: Reminder[] };

type Sent =
  | { done: true; delivery: Delivery; unreachable?: UnreachablePerson }
  | { done: false; retryAfterMs?: number; throttled: boolean; refused?: string };

const DEFAULT_BACKOFF_MS = [30_000, 120_000, 600_000, 1_800_000, 3_600_000];

/** Per-sweep caches: each board, action and meeting list is read once. */
class SweepCache {
  private readonly boards = new Map<string, Promise<Board | undefined>>();
  private readonly actions = new Map<string, Promise<Action | undefined>>();
  private readonly nextMeetings = new Map<string, Promise<string | undefined>>();
  constructor(private readonly deps: ReminderDeps) {}

  /** A board just written by this sweep: later reminders of the sweep see what it recorded. */
  remember(board: Board): void {
    this.boards.set(`${board.tenantId}/${board.id}`, Promise.resolve(board));
  }

  board(r: Reminder): Promise<Board | undefined> {
    const key = `${r.tenantId}/${r.boardId}`;
    let found = this.boards.get(key);
    if (found === undefined) {
      found = this.deps.boards.findById(r.tenantId, r.boardId);
      this.boards.set(key, found);
    }
    return found;
  }

  action(board: Board, id: ActionId): Promise<Action | undefined> {
    let found = this.actions.get(id);
    if (found === undefined) {
      found = this.deps.actions.findById(board.id, id);
      this.actions.set(id, found);
    }
    return found;
  }

  nextMeeting(board: Board, today: string): Promise<string | undefined> {
    let found = this.nextMeetings.get(board.id);
    if (found === undefined) {
      found = this.deps.meetings
        .listForBoard(board.id)
        .then((meetings) => nextMeetingDate(meetings, undefined, today));
      this.nextMeetings.set(board.id, found);
    }
    return found;
  }
}

const homeOf = (member: Member): { homeTenantId?: TenantId } =>
  member.reach?.homeTenantId === undefined
    ? {}
    : { homeTenantId: tenantId(member.reach.homeTenantId) };

const memberRecipient = (
  member: Member,
  role: string,
  message: NoticeMessage,
): Recipient | undefined =>
  member.aadObjectId === undefined
    ? undefined
    : {
        key: `${role}:${member.aadObjectId.toLowerCase()}`,
        name: member.name,
        aadObjectId: member.aadObjectId,
        ...homeOf(member),
        message,
      };

/** The chair and coordinators (else whoever runs the board), who hear escalations and notices. */
const chairAndCoordinators = (board: Board): Member[] => {
  const wanted = board.members.filter((m) => m.role === 'chair' || m.role === 'coordinator');
  return wanted.length > 0 ? wanted : managersOf(board);
};

const coordinators = (board: Board): Member[] => {
  const wanted = board.members.filter((m) => m.role === 'coordinator');
  return wanted.length > 0 ? wanted : chairAndCoordinators(board);
};

const toMembers = (members: Member[], role: string, message: NoticeMessage): Recipient[] =>
  members.flatMap((m) => memberRecipient(m, role, message) ?? []);

/** Decides what a reminder still means now: whom to tell what, or why it no longer applies. */
const prepare = async (
  deps: ReminderDeps,
  cache: SweepCache,
  reminder: Reminder,
  now: Date,
): Promise<Job> => {
  const board = await cache.board(reminder);
  if (board === undefined) return { kind: 'cancel', outcome: 'board-gone' };
  const today = todayIn(now, board.rules.timeZone);
  const nextMeeting = await cache.nextMeeting(board, today);
  const withNext = nextMeeting === undefined ? {} : { nextMeeting };
  switch (reminder.kind) {
    case 'ask-date':
    case 'before':
    case 'due':
    case 'overdue':
    case 'escalation': {
      const action =
        reminder.actionId === undefined ? undefined : await cache.action(board, reminder.actionId);
      if (action === undefined) return { kind: 'cancel', outcome: 'action-gone' };
      if (!isOpen(action)) return { kind: 'cancel', outcome: `action-${action.status}` };
      if (action.due !== reminder.plannedFor)
        return { kind: 'cancel', outcome: reminder.kind === 'ask-date' ? 'dated' : 'due-changed' };
      if (reminder.kind === 'escalation') {
        const message: NoticeMessage = { kind: 'escalation', board, action, reminder, today };
        return {
          kind: 'send',
          board,
          recipients: toMembers(chairAndCoordinators(board), 'escalation', message),
          followUps: [],
        };
      }
      const recipients = action.owners.map((owner): Recipient => {
        const member =
          owner.kind === 'member' ? board.members.find((m) => m.id === owner.memberId) : undefined;
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
            ...withNext,
            canManage: canManageBoard(board, aad),
            ...(member?.reach?.lastReached !== undefined && {
              lastReached: member.reach.lastReached,
            }),
          },
        };
      });
      const following =
        reminder.kind === 'ask-date'
          ? undefined
          : followingOwnerReminder(board, action, reminder, now);
      return {
        kind: 'send',
        board,
        recipients,
        followUps: following === undefined ? [] : [following],
      };
    }
    case 'digest': {
      const actions = await deps.actions.listForBoard(board.id);
      const overdue = actions.filter((a) => isOverdue(a, today));
      const undated = actions.filter(isUndated);
      const unreachable = board.unreachable ?? [];
      const following = digestReminder(board, reminder.localDate, now);
      const owners = new Map<
        string,
        { name: string; lastReached?: { at: string; route: ReachRoute } }
      >();
      for (const owner of overdue.flatMap((a) => a.owners)) {
        const member =
          owner.kind === 'member' ? board.members.find((m) => m.id === owner.memberId) : undefined;
        const last = member?.reach?.lastReached;
        owners.set(member?.id ?? `name:${owner.name}`, {
          name: member === undefined ? owner.name : `${member.name} (${member.initials})`,
          ...(last !== undefined && { lastReached: last }),
        });
      }
      const message: NoticeMessage = {
        kind: 'digest',
        board,
        overdue,
        undated,
        unreachable,
        owners: [...owners.values()],
        today,
        ...withNext,
      };
      return {
        kind: 'send',
        board,
        recipients:
          overdue.length === 0 && undated.length === 0 && unreachable.length === 0
            ? []
            : toMembers(coordinators(board), 'digest', message),
        followUps: following === undefined ? [] : [following],
      };
    }
    case 'papers': {
      const meeting =
        reminder.meetingId === undefined
          ? undefined
          : await deps.meetings.findById(board.id, reminder.meetingId);
      if (meeting === undefined) return { kind: 'cancel', outcome: 'meeting-gone' };
      if (meeting.status !== 'planned' || meeting.date !== reminder.plannedFor)
        return { kind: 'cancel', outcome: 'meeting-changed' };
      const missing = meeting.agenda.filter(
        (i) => i.standing === undefined && i.presenters.length > 0 && i.papers.length === 0,
      );
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
      const presenters = [...byPresenter.values()].flatMap(
        ({ member, items }) =>
          memberRecipient(member, 'presenter', {
            kind: 'papers-presenter',
            board,
            meeting,
            items: items.map((i) => ({ number: i.number, title: i.title })),
            deadline,
          }) ?? [],
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
      return {
        kind: 'send',
        board,
        recipients:
          missing.length === 0
            ? []
            : [...presenters, ...toMembers(coordinators(board), 'papers', summary)],
        followUps: [],
      };
    }
    case 'notice': {
      const notice = reminder.notice;
      const action =
        reminder.actionId === undefined ? undefined : await cache.action(board, reminder.actionId);
      if (notice === undefined || action === undefined)
        return { kind: 'cancel', outcome: 'action-gone' };
      if (notice.kind === 'proposal') {
        if (action.proposedDue?.date !== notice.date)
          return { kind: 'cancel', outcome: 'already-decided' };
        const message: NoticeMessage = { kind: 'proposal', board, action, today, ...withNext };
        return {
          kind: 'send',
          board,
          recipients: toMembers(chairAndCoordinators(board), 'proposal', message),
          followUps: [],
        };
      }
      if (notice.kind === 'proposal-decided') {
        const to = notice.to === undefined ? undefined : findMemberByAad(board, notice.to);
        const message: NoticeMessage = {
          kind: 'proposal-decided',
          board,
          action,
          accepted: notice.accepted === true,
          date: notice.date ?? '',
          today,
          ...withNext,
        };
        return {
          kind: 'send',
          board,
          recipients: to === undefined ? [] : toMembers([to], 'decided', message),
          followUps: [],
        };
      }
      const owner = findMemberByAad(board, notice.by);
      const message: NoticeMessage = {
        kind: 'not-mine',
        board,
        action,
        ownerName: owner === undefined ? 'An owner' : `${owner.name} (${owner.initials})`,
        today,
      };
      return {
        kind: 'send',
        board,
        recipients: toMembers(coordinators(board), 'not-mine', message),
        followUps: [],
      };
    }
  }
};

const unreachableEntry = (r: Recipient, reason: string, at: string): UnreachablePerson => ({
  key: r.aadObjectId?.toLowerCase() ?? r.key,
  name: r.name,
  reason,
  at,
});

/**
 * One recipient: their personal chat with the bot; where there is none, or Teams refuses it (403
 * blocked, 404 gone) or cannot be reached at all (connection refused or dropped, after the
 * connector's own three retries), the board's conversation with an @mention, and the coordinators'
 * "could not reach" list with the reason. A throttled (429) or failing (5xx) Teams leaves the
 * recipient for a retry on the back-off schedule, honouring Retry-After; a refusal is never retried
 * on the same route.
 */
const deliver = async (
  deps: ReminderDeps,
  board: Board,
  recipient: Recipient,
  now: Date,
  refusedBefore?: string,
): Promise<Sent> => {
  const at = now.toISOString();
  let refused = refusedBefore;
  const transient = (result: Extract<SendFailure, { permanent: false }>): Sent => ({
    done: false,
    ...(refused !== undefined && { refused }),
    throttled: result.code === 'throttled',
    ...(result.retryAfterMs !== undefined && { retryAfterMs: result.retryAfterMs }),
  });
  let reason: ReachReason = (refusedBefore as ReachReason | undefined) ?? 'not-in-teams';
  if (recipient.aadObjectId !== undefined && refusedBefore === undefined) {
    const personal =
      (await deps.conversations.findPersonal(board.tenantId, recipient.aadObjectId)) ??
      (recipient.homeTenantId === undefined
        ? undefined
        : await deps.conversations.findPersonal(recipient.homeTenantId, recipient.aadObjectId));
    if (personal === undefined) {
      reason = recipient.homeTenantId === undefined ? 'no-chat' : 'federated';
    } else {
      await deps.rateLimiter.acquire(board.tenantId);
      const result = await deps.notifier.send(personal.reference, recipient.message);
      if (result.ok) return { done: true, delivery: { outcome: 'personal', at } };
      if (result.permanent) {
        reason = result.code;
        refused = result.code;
      } else if (result.code === 'unreachable') {
        reason = 'unreachable';
      } else {
        return transient(result);
      }
    }
  }
  const unreachable = unreachableEntry(recipient, reason, at);
  let channel;
  try {
    channel = await deps.conversations.find(board.tenantId, board.conversation.id);
    if (channel !== undefined) {
      await deps.rateLimiter.acquire(board.tenantId);
      const result = await deps.notifier.send(channel.reference, recipient.message, {
        name: recipient.name,
        ...(recipient.aadObjectId !== undefined && { aadObjectId: recipient.aadObjectId }),
      });
      if (result.ok)
        return { done: true, delivery: { outcome: 'channel', at, reason }, unreachable };
      if (!result.permanent) return transient(result);
    }
  } catch (error) {
    // Keep a refusal on record, so the retry does not knock on the refused chat again.
    if (refused === undefined) throw error;
    return { done: false, throttled: false, refused };
  }
  return { done: true, delivery: { outcome: 'unreachable', at, reason }, unreachable };
};

/**
 * Keeps the board's "could not reach" list (adds who was missed, drops who was reached) and each
 * member's reach (last reached, by which route; why their personal chat failed). One conditional
 * write, only when something changed.
 */
const recordReach = async (
  deps: ReminderDeps,
  board: Board,
  missed: UnreachablePerson[],
  reached: string[],
  delivered: { aadObjectId: string; delivery: Delivery }[],
): Promise<Board | undefined> => {
  const known = board.unreachable ?? [];
  const reachOf = (b: Board) =>
    new Map(
      delivered.flatMap(({ aadObjectId, delivery }) => {
        const member = findMemberByAad(b, aadObjectId);
        const next = member === undefined ? undefined : noteDelivery(member.reach, delivery);
        return member === undefined || next === undefined ? [] : [[member.id, next] as const];
      }),
    );
  const needed =
    missed.some((m) => !known.some((k) => k.key === m.key && k.reason === m.reason)) ||
    reached.some((key) => known.some((k) => k.key === key)) ||
    reachOf(board).size > 0;
  if (!needed) return undefined;
  return deps.boards.update(board.tenantId, board.id, (b) => {
    const listed = b.unreachable ?? [];
    const reach = reachOf(b);
    /** The sweep's copy of the board may be stale: another write may already have done this. */
    if (
      reach.size === 0 &&
      missed.every((m) => listed.some((k) => k.key === m.key && k.reason === m.reason)) &&
      !reached.some((key) => listed.some((k) => k.key === key))
    )
      return b;
    const current = listed.filter(
      (k) => !reached.includes(k.key) && !missed.some((m) => m.key === k.key),
    );
    return {
      ...b,
      members: b.members.map((m) => {
        const next = reach.get(m.id);
        return next === undefined ? m : { ...m, reach: next };
      }),
      unreachable: [...missed, ...current].slice(0, 100),
    };
  });
};

/**
 * A conditional write that survives a lost answer: when Cosmos fails after committing, the
 * document read back carries our token, so the write counts; when it did not commit and nobody
 * else changed the document, the write is tried again. Undefined: another instance changed it.
 */
const writeOnce = async (
  deps: ReminderDeps,
  current: Versioned<Reminder>,
  next: Reminder,
  isOurs: (r: Reminder) => boolean,
): Promise<Versioned<Reminder> | undefined> => {
  let lastError: unknown;
  for (let attempt = 0; attempt < 8; attempt += 1) {
    let failed = false;
    try {
      const written = await deps.reminders.replace(current, next);
      if (written !== undefined) return written;
    } catch (error) {
      failed = true;
      lastError = error;
    }
    let fresh: Versioned<Reminder> | undefined;
    try {
      fresh = await deps.reminders.findById(next.dueDay, next.id);
    } catch (error) {
      lastError = error;
      continue;
    }
    if (fresh !== undefined && isOurs(fresh.value)) return fresh;
    if (!failed || fresh === undefined || fresh.etag !== current.etag) return undefined;
  }
  throw lastError instanceof Error ? lastError : new Error('reminder write failed');
};

/** Plans the next in a series; idempotent, so a failed or unanswered attempt is simply repeated. */
const planFollowUps = async (deps: ReminderDeps, followUps: readonly Reminder[]): Promise<void> => {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await deps.reminders.plan(followUps);
      return;
    } catch (error) {
      if (attempt >= 5) throw error;
    }
  }
};

/** Records what one reminder's sends came to, and plans what follows it. */
const settle = async (
  deps: ReminderDeps,
  job: Extract<Job, { kind: 'send' }>,
  reminder: Reminder,
  unclaimed: Reminder,
  state: {
    deliveries: Record<string, Delivery>;
    refused: Record<string, string>;
    missed: UnreachablePerson[];
    reached: string[];
    pending: number;
    waitMs: number | undefined;
    pausedUntil: number | undefined;
    /** Something went out in this pass, so a failure to record it may repeat it. */
    sentSome: boolean;
    remember: (board: Board) => void;
  },
  record: (next: Reminder) => Promise<boolean>,
  report: SweepReport,
  maxAttempts: number,
  backoffMs: readonly number[],
  now: Date,
): Promise<void> => {
  const { deliveries, missed, reached, waitMs, pausedUntil } = state;
  let { pending } = state;
  if (pausedUntil !== undefined)
    pending = job.recipients.filter((r) => deliveries[r.key] === undefined).length;
  const attempts = reminder.attempts + (pending > 0 ? 1 : 0);
  let next: Reminder;
  if (pending === 0) {
    if (job.followUps.length > 0) await planFollowUps(deps, job.followUps);
    next = { ...unclaimed, status: 'sent', deliveries, updatedAt: now.toISOString() };
  } else if (attempts < maxAttempts) {
    const backoff = backoffMs[Math.min(attempts - 1, backoffMs.length - 1)] ?? 60_000;
    next = {
      ...unclaimed,
      status: 'pending',
      attempts,
      deliveries,
      ...(Object.keys(state.refused).length > 0 && { refused: state.refused }),
      fireAt: new Date(now.getTime() + Math.max(waitMs ?? 0, backoff)).toISOString(),
      updatedAt: now.toISOString(),
    };
  } else {
    for (const recipient of job.recipients) {
      if (deliveries[recipient.key] !== undefined) continue;
      deliveries[recipient.key] = {
        outcome: 'unreachable',
        at: now.toISOString(),
        reason: 'gave-up',
      };
      report.deliveries.unreachable += 1;
      missed.push(unreachableEntry(recipient, 'gave-up', now.toISOString()));
    }
    if (job.followUps.length > 0) await planFollowUps(deps, job.followUps);
    next = {
      ...unclaimed,
      status: 'failed',
      attempts,
      deliveries,
      outcome: 'gave-up',
      updatedAt: now.toISOString(),
    };
  }
  const recorded = await record(next);
  if (!recorded) {
    /** The claim ran out while sending and another instance took the reminder over. */
    report.lost += 1;
    if (state.sentSome) report.unrecorded += 1;
  } else if (next.status === 'sent') report.sent += 1;
  else if (next.status === 'failed') report.failed += 1;
  else report.retried += 1;
  const delivered = job.recipients.flatMap((r) => {
    const delivery = deliveries[r.key];
    return r.aadObjectId === undefined ||
      delivery === undefined ||
      reminder.deliveries[r.key] !== undefined
      ? []
      : [{ aadObjectId: r.aadObjectId, delivery }];
  });
  if (missed.length > 0 || reached.length > 0 || delivered.length > 0) {
    const written = await recordReach(deps, job.board, missed, reached, delivered);
    if (written !== undefined) state.remember(written);
  }
};

/** Claims, prepares, sends and records one reminder; returns until when its tenant is throttled. */
const processOne = async (
  deps: ReminderDeps,
  cache: SweepCache,
  candidate: Versioned<Reminder>,
  report: SweepReport,
  options: {
    instanceId: string;
    leaseMs: number;
    maxAttempts: number;
    backoffMs: readonly number[];
  },
): Promise<number | undefined> => {
  const now = deps.clock.now();
  const token = deps.ids.next();
  const claimed = await writeOnce(
    deps,
    candidate,
    {
      ...candidate.value,
      status: 'claimed',
      claimedBy: options.instanceId,
      claimToken: token,
      leaseUntil: new Date(now.getTime() + options.leaseMs).toISOString(),
    },
    (r) => r.status === 'claimed' && r.claimToken === token,
  );
  if (claimed === undefined) {
    report.lost += 1;
    return undefined;
  }
  report.claimed += 1;
  const reminder = claimed.value;
  const { claimedBy: _c, leaseUntil: _l, claimToken: _t, ...unclaimed } = reminder;
  const record = async (next: Reminder): Promise<boolean> =>
    (await writeOnce(
      deps,
      claimed,
      { ...next, recordedBy: token },
      (r) => r.recordedBy === token,
    )) !== undefined;
  const job = await prepare(deps, cache, reminder, now);
  if (job.kind === 'cancel') {
    const ok = await record({
      ...unclaimed,
      status: 'cancelled',
      outcome: job.outcome,
      updatedAt: now.toISOString(),
    });
    if (ok) report.cancelled += 1;
    else report.lost += 1;
    return undefined;
  }
  const deliveries = { ...reminder.deliveries };
  const refused = { ...reminder.refused };
  const missed: UnreachablePerson[] = [];
  const reached: string[] = [];
  let waitMs: number | undefined;
  let pending = 0;
  let pausedUntil: number | undefined;
  /** Storage failing mid-way: what was sent so far is still recorded, the rest retried later. */
  let deliveryError: unknown;
  /** Sending stops with a quarter of the claim left, so a slow pass does not outlive its claim. */
  const sendUntil = now.getTime() + (options.leaseMs * 3) / 4;
  for (const recipient of job.recipients) {
    if (deliveries[recipient.key] !== undefined) continue;
    if (deps.clock.now().getTime() > sendUntil) {
      pending = job.recipients.filter((r) => deliveries[r.key] === undefined).length;
      break;
    }
    let sent: Sent;
    try {
      sent = await deliver(deps, job.board, recipient, now, refused[recipient.key]);
    } catch (error) {
      deliveryError = error;
      pending = job.recipients.filter((r) => deliveries[r.key] === undefined).length;
      break;
    }
    if (!sent.done) {
      pending += 1;
      if (sent.refused !== undefined) refused[recipient.key] = sent.refused;
      waitMs = Math.max(waitMs ?? 0, sent.retryAfterMs ?? 0);
      if (sent.throttled) {
        pausedUntil = now.getTime() + (sent.retryAfterMs ?? options.backoffMs[0] ?? 30_000);
        break;
      }
      continue;
    }
    deliveries[recipient.key] = sent.delivery;
    report.deliveries[sent.delivery.outcome] += 1;
    if (sent.unreachable !== undefined) missed.push(sent.unreachable);
    else if (recipient.aadObjectId !== undefined) reached.push(recipient.aadObjectId.toLowerCase());
  }
  const sentSome = Object.keys(deliveries).length > Object.keys(reminder.deliveries).length;
  try {
    await settle(
      deps,
      job,
      reminder,
      unclaimed,
      {
        deliveries,
        refused,
        missed,
        reached,
        pending,
        waitMs,
        pausedUntil,
        sentSome,
        remember: (board) => cache.remember(board),
      },
      record,
      report,
      options.maxAttempts,
      options.backoffMs,
      now,
    );
  } catch (error) {
    if (sentSome) report.unrecorded += 1;
    throw error;
  }
  if (deliveryError !== undefined)
    throw deliveryError instanceof Error ? deliveryError : new Error('reminder delivery failed');
  return pausedUntil;
};

export const emptySweepReport = (): SweepReport => ({
  ready: 0,
  claimed: 0,
  lost: 0,
  sent: 0,
  cancelled: 0,
  retried: 0,
  failed: 0,
  errors: 0,
  unrecorded: 0,
  deliveries: { personal: 0, channel: 0, unreachable: 0 },
});

/**
 * One pass of the reminder loop: read what is due, and for each reminder claim it with a
 * conditional write, send, then record the outcome (conditional again). Of several instances
 * exactly one sends a reminder; a crash between sending and recording, or a stall there longer
 * than the rest of the claim's lease, can repeat that one send once the lease has expired — the
 * only window for a duplicate, and counted in the report as `unrecorded`.
 */
export const sweepReminders = async (
  deps: ReminderDeps,
  options: SweepOptions,
): Promise<SweepReport> => {
  const batchSize = options.batchSize ?? 200;
  const leaseMs = options.leaseMs ?? 120_000;
  const maxAttempts = options.maxAttempts ?? 6;
  const report = emptySweepReport();
  const ready = await deps.reminders.listReady(deps.clock.now(), batchSize);
  report.ready = ready.length;
  const cache = new SweepCache(deps);
  const byTenant = new Map<string, Versioned<Reminder>[]>();
  for (const r of ready) {
    const list = byTenant.get(r.value.tenantId) ?? [];
    list.push(r);
    byTenant.set(r.value.tenantId, list);
  }
  const runTenant = async (reminders: Versioned<Reminder>[]): Promise<void> => {
    let pausedUntil = 0;
    for (const candidate of reminders) {
      if (deps.clock.now().getTime() < pausedUntil) break;
      try {
        const paused = await processOne(deps, cache, candidate, report, {
          instanceId: options.instanceId,
          leaseMs,
          maxAttempts,
          backoffMs: options.backoffMs ?? DEFAULT_BACKOFF_MS,
        });
        if (paused !== undefined) pausedUntil = paused;
      } catch {
        // Left claimed or pending: another sweep takes it up once its lease runs out.
        report.errors += 1;
      }
    }
  };
  await Promise.all([...byTenant.values()].map(runTenant));
  return report;
};
