import type { ActionId, BoardId, MeetingId, TenantId } from './ids.js';
import type { ActionReminderKind } from './reminder-policy.js';
import type { CalendarDate } from './zoned-time.js';

/**
 * Something Quorate tells people without being asked. Scheduled ones come from the reminder
 * policy; `notice`s go out at once (a proposed date for the chair, the answer for the owner, "not
 * mine" for the coordinators) through the same claim-and-send machinery, so they too are sent once.
 * `ask-date` asks the owners of an undated action for a date. `forecast` tells the chair and
 * coordinators, and the delegates of a missing statutory agency, that a meeting is at risk of not
 * being quorate (domain/forecast-reminders.ts).
 */
export type ReminderKind =
  ActionReminderKind | 'ask-date' | 'digest' | 'papers' | 'notice' | 'forecast';

export type NoticeKind = 'proposal' | 'proposal-decided' | 'not-mine';

export type ReminderStatus = 'pending' | 'claimed' | 'sent' | 'cancelled' | 'failed';

/** How one recipient was reached: their personal chat, the board's conversation, or not at all. */
export type DeliveryOutcome = 'personal' | 'channel' | 'unreachable';

export type Delivery = { outcome: DeliveryOutcome; at: string; reason?: string };

export type Reminder = {
  id: string;
  tenantId: TenantId;
  boardId: BoardId;
  kind: ReminderKind;
  /** UTC day of `fireAt` at planning: the partition, so a sweep reads only due days. */
  dueDay: string;
  /** When it may go out; moved forward by retries. */
  fireAt: string;
  /** The board-local day it was planned for. */
  localDate: CalendarDate;
  actionId?: ActionId;
  meetingId?: MeetingId;
  /** The due date (action) or meeting date (papers) it was planned against: a change cancels it. */
  plannedFor?: CalendarDate;
  daysFromDue?: number;
  notice?: {
    kind: NoticeKind;
    /** Entra id of who caused it (proposer, decider, the owner who said "not mine"). */
    by: string;
    /** For `proposal-decided`: the proposer, who is told. */
    to?: string;
    accepted?: boolean;
    date?: CalendarDate;
  };
  status: ReminderStatus;
  attempts: number;
  claimedBy?: string;
  leaseUntil?: string;
  /** Set by a claim; lets the claimant recognise its own write when Cosmos's answer was lost. */
  claimToken?: string;
  /** The claim token of whoever recorded the outcome. */
  recordedBy?: string;
  /** Per recipient key (Entra id, or `name:<name>` for people Quorate cannot address). */
  deliveries: Record<string, Delivery>;
  /** Recipients whose personal chat refused (403, gone): a retry goes straight to the board's chat. */
  refused?: Record<string, string>;
  /** Why it was cancelled or failed: a code, never content. */
  outcome?: string;
  createdAt: string;
  updatedAt: string;
};

/** Deterministic ids: planning the same reminder twice creates one document. */
export const reminderId = (parts: readonly string[]): string =>
  parts.join(':').replace(/[/\\?#]/g, '_');
