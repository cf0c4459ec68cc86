import type { Action, ActionEvent } from './action.js';
import { isOpen } from './action.js';
import type { Meeting } from './meeting.js';
import type { MeetingWindow } from './meeting-window.js';

/** A carried action as a meeting reviewed it: what was said or changed about it there. */
export type CarriedAction = {
  action: Action;
  /** Updates, status changes, revised dates and reassignments given in the meeting's window. */
  events: ActionEvent[];
};

export type ActionLogReview = {
  /** Raised at this meeting, by number (a withdrawn one too: the record says so). */
  raised: Action[];
  /** Raised earlier and still open, or changed at this meeting, by number. */
  carried: CarriedAction[];
};

const REVIEWED: readonly ActionEvent['kind'][] = ['update', 'status', 'due', 'assign'];

/**
 * Splits the actions a meeting's record lists (as `listReviewedAt` reads them) into those raised at
 * it and the action-log review: every action raised before the meeting that is still open, or
 * that was updated, completed, closed, re-dated or reassigned during it ("Action No 15 (23.10.19
 * ref 4.1) … Ongoing – revised date March 2020"). A withdrawn action is never carried.
 */
export const actionLogReview = (
  meeting: Pick<Meeting, 'id'>,
  actions: readonly Action[],
  window: MeetingWindow,
): ActionLogReview => {
  const byNumber = [...actions].sort((a, b) => a.number - b.number);
  const raised = byNumber.filter((a) => a.meetingId === meeting.id);
  const carried = byNumber
    .filter(
      (a) => a.status !== 'withdrawn' && a.meetingId !== meeting.id && a.createdAt < window.from,
    )
    .map((action) => ({
      action,
      events: action.history.filter(
        (e) => REVIEWED.includes(e.kind) && e.at >= window.from && e.at < window.to,
      ),
    }))
    .filter((c) => isOpen(c.action) || c.events.length > 0);
  return { raised, carried };
};
