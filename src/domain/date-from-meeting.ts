import type { Action } from './action.js';
import { isOpen } from './action.js';
import type { MeetingId } from './ids.js';
import type { DueMeeting } from './next-meeting.js';
import type { CalendarDate } from './zoned-time.js';

/** Why a date was set by Quorate rather than by a person: kept in the action's history. */
export const DUE_FROM_MEETING = {
  capture: 'the next meeting',
  set: 'the next meeting was set',
  moved: 'the next meeting moved',
} as const;

/**
 * The due date an action is recorded with: the date given; for "next meeting" (said, or no date
 * at all) the next meeting's date when it is known, remembering which meeting it follows; else
 * nothing yet (undated).
 */
export const dueAtCapture = (
  parts: { due?: CalendarDate; dueAtNextMeeting: boolean },
  next: DueMeeting | undefined,
): Pick<Action, 'due' | 'dueMeetingId'> => {
  if (!parts.dueAtNextMeeting) return parts.due === undefined ? {} : { due: parts.due };
  return next === undefined ? {} : { due: next.date, dueMeetingId: next.meetingId };
};

/**
 * Dates an action due "at the next meeting" once that meeting is known, or again when it moves:
 * an undated action takes `meeting`'s date (unless that meeting is already past: it cannot be the
 * next one); one following `meeting`, or `replaces` (the meeting `meeting` now stands in for),
 * takes its new date. A date a person set is never touched, nor a completed or closed action.
 * The history keeps the date, who caused it and why. The same action back when nothing changes.
 */
export const dateFromMeeting = (
  action: Action,
  input: { meeting: DueMeeting; replaces?: MeetingId; by: string; now: Date; today: CalendarDate },
): Action => {
  if (!isOpen(action)) return action;
  const { meeting } = input;
  const undated = action.due === undefined;
  const follows =
    action.dueMeetingId !== undefined &&
    (action.dueMeetingId === meeting.meetingId || action.dueMeetingId === input.replaces);
  if (undated ? meeting.date < input.today : !follows) return action;
  if (action.due === meeting.date && action.dueMeetingId === meeting.meetingId) return action;
  return {
    ...action,
    due: meeting.date,
    dueMeetingId: meeting.meetingId,
    history: [
      ...action.history,
      {
        at: input.now.toISOString(),
        by: input.by,
        kind: 'due',
        ...(action.due !== undefined && { from: action.due }),
        to: meeting.date,
        text: undated ? DUE_FROM_MEETING.set : DUE_FROM_MEETING.moved,
      },
    ],
  };
};
