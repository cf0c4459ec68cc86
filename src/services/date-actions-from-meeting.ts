import type { Action } from '../domain/action.js';
import { isOpen } from '../domain/action.js';
import { dateFromMeeting } from '../domain/date-from-meeting.js';
import type { Board } from '../domain/board.js';
import type { MeetingId } from '../domain/ids.js';
import type { DueMeeting } from '../domain/next-meeting.js';
import { todayIn } from '../domain/parse-when.js';
import type { Actor, Deps } from './ports.js';
import { recordAudit } from './record-audit.js';
import { scheduleActionReminders } from './schedule-reminders.js';

/**
 * The board's next meeting is known, or has moved: undated actions take its date, actions that
 * followed it (or `replaces`, the meeting it now stands in for) take its new date, and each
 * re-dated action's chase is planned again (reminders planned for the old date cancel themselves
 * when they come up). Dates a person set are left alone. Each action is changed through its own
 * ETag loop, so an update given at the same moment is kept; `actor` is who set or moved the
 * meeting, recorded in the action's history and the audit.
 */
export const dateActionsFromMeeting = async (
  deps: Pick<Deps, 'actions' | 'reminders' | 'audit' | 'clock'>,
  input: { board: Board; actor: Actor; meeting: DueMeeting; replaces?: MeetingId },
): Promise<Action[]> => {
  const { board, actor } = input;
  const now = deps.clock.now();
  const today = todayIn(now, board.rules.timeZone);
  const date = (a: Action): Action =>
    dateFromMeeting(a, {
      meeting: input.meeting,
      ...(input.replaces !== undefined && { replaces: input.replaces }),
      by: actor.aadObjectId,
      now,
      today,
    });
  const following = [
    input.meeting.meetingId,
    ...(input.replaces === undefined ? [] : [input.replaces]),
  ];
  const candidates = (await deps.actions.listUndatedOrFollowing(board.id, following)).filter(
    (a) => isOpen(a) && date(a) !== a,
  );
  const dated: Action[] = [];
  for (const candidate of candidates) {
    let changed = false;
    const action = await deps.actions.update(board.id, candidate.id, (a) => {
      const next = date(a);
      changed = next !== a;
      return changed ? { ...next, updatedAt: now.toISOString() } : a;
    });
    if (!changed) continue;
    await recordAudit(deps, board, actor, {
      verb: 'action.due',
      subject: action.id,
      outcome: 'done',
      after: { status: action.status, due: action.due ?? null },
      key: `${action.id}:r${action.revision}`,
    });
    await scheduleActionReminders(deps, board, action);
    dated.push(action);
  }
  return dated;
};
