import type { Board } from '../domain/board.js';
import { DomainError } from '../domain/domain-error.js';
import { meetingId } from '../domain/ids.js';
import type { Meeting } from '../domain/meeting.js';
import { movedMeeting, startsAtOf } from '../domain/meeting.js';
import { linkNextMeeting } from '../domain/link-next-meeting.js';
import { newMeeting } from '../domain/new-meeting.js';
import { parseWhen } from '../domain/parse-when.js';
import { requireActiveMeeting } from './find-active-meeting.js';
import type { FoundMeetings } from './found-meetings.js';
import { findMeetingsOnce } from './found-meetings.js';
import type { Actor, Deps } from './ports.js';
import { dateActionsFromMeeting } from './date-actions-from-meeting.js';
import { recordAudit } from './record-audit.js';
import { scheduleMeetingReminders } from './schedule-reminders.js';
import { requireManager } from './require-manager.js';

/**
 * `next meeting <date> [<start>-<end>]`: plans the following meeting (same title and venue) and
 * records its date on the current one (or, once it has ended with nothing planned, on the one just
 * held), as minutes end: "Next meeting 10th August 2-3pm". Said again with another date, it moves
 * that meeting (while it is still planned). Actions due at the next meeting take its date, and move
 * with it; dates a person set stay.
 */
export const scheduleNextMeeting = async (
  deps: Deps,
  input: { board: Board; actor: Actor; spec: string; found?: FoundMeetings },
): Promise<{ current: Meeting; next: Meeting }> => {
  const { board } = input;
  await requireManager(deps, board, input.actor, 'meeting.next', 'set the next meeting');
  const found = input.found ?? findMeetingsOnce(deps, board);
  /** Just after a meeting ends, with nothing planned yet, it is the meeting that was just held. */
  const current =
    (await found.activeMeeting()) ??
    (await deps.meetings.findLatestHeld(board.id)) ??
    (await requireActiveMeeting(deps, board, found));
  const parsed = parseWhen(input.spec, current.date, board.rules.timeZone);
  if (!parsed.ok) throw new DomainError('INVALID_INPUT', parsed.message);
  if (parsed.rest !== '')
    throw new DomainError(
      'INVALID_INPUT',
      `I did not understand "${parsed.rest}". Try "next meeting 10 August 2-3pm".`,
    );
  const { when } = parsed;
  if (startsAtOf(when.date, when.start, board.rules.timeZone) <= current.startsAt) {
    throw new DomainError(
      'INVALID_INPUT',
      `The next meeting must come after this one (${current.date}).`,
    );
  }
  const now = deps.clock.now();
  const existing = (await deps.meetings.listOnDay(board.id, when.date)).find(
    (m) => m.id !== current.id,
  );
  /** The next meeting set before, still to happen: a new date moves it rather than adding one. */
  const before =
    current.nextMeeting === undefined || current.nextMeeting.meetingId === current.id
      ? undefined
      : await deps.meetings.findById(board.id, current.nextMeeting.meetingId);
  const movable = existing === undefined && before?.status === 'planned' ? before : undefined;
  const start = when.start ?? current.start;
  const end = when.end ?? (when.start === undefined ? current.end : undefined);
  const next =
    existing ??
    (movable !== undefined
      ? await deps.meetings.update(board.id, movable, (m) => movedMeeting(m, when, now))
      : await deps.meetings.create(
          newMeeting({
            id: meetingId(deps.ids.next()),
            boardId: board.id,
            tenantId: board.tenantId,
            title: current.title,
            date: when.date,
            ...(start !== undefined && { start }),
            ...(end !== undefined && { end }),
            timeZone: board.rules.timeZone,
            ...(board.rules.interestsItem === true && { interestsItem: true }),
            ...(current.venue !== undefined && { venue: current.venue }),
            previousMeetingId: current.id,
            now,
            newId: () => deps.ids.next(),
          }),
        ));
  const updated = await deps.meetings.update(board.id, current, (m) =>
    linkNextMeeting(m, next, now),
  );
  await recordAudit(deps, board, input.actor, {
    verb: 'meeting.next',
    subject: current.id,
    outcome: 'done',
    after: { next: next.id, ...(movable !== undefined && { movedFrom: movable.date }) },
  });
  if (existing === undefined) await scheduleMeetingReminders(deps, board, next);
  const replaces = before !== undefined && before.id !== next.id ? before.id : undefined;
  await dateActionsFromMeeting(deps, {
    board,
    actor: input.actor,
    meeting: { meetingId: next.id, date: next.date },
    ...(replaces !== undefined && { replaces }),
  });
  return { current: updated, next };
};
