import type { Action } from '../domain/action.js';
import type { Board } from '../domain/board.js';
import { DomainError } from '../domain/domain-error.js';
import type { Meeting } from '../domain/meeting.js';
import { linkNextMeeting } from '../domain/link-next-meeting.js';
import { movedMeeting } from '../domain/meeting.js';
import { parseWhen, todayIn } from '../domain/parse-when.js';
import type { CalendarDate } from '../domain/zoned-time.js';
import { dateActionsFromMeeting } from './date-actions-from-meeting.js';
import type { Actor, Deps } from './ports.js';
import { recordAudit } from './record-audit.js';
import { requireManager } from './require-manager.js';
import { scheduleMeetingReminders } from './schedule-reminders.js';

export type RescheduleResult = {
  meeting: Meeting;
  from: CalendarDate;
  /** Actions due at the meeting that moved with it. */
  redated: Action[];
};

/**
 * `meeting move <date> [<start>[-<end>]]`: the board's next planned meeting moves ("the December
 * meeting is now on 8 January"). The meeting that named it as its next meeting says the new date;
 * its papers are chased against the new deadline; actions due at it take the new date and are
 * chased for it, while dates a person set stay.
 */
export const rescheduleMeeting = async (
  deps: Deps,
  input: { board: Board; actor: Actor; spec: string },
): Promise<RescheduleResult> => {
  const { board, actor } = input;
  await requireManager(deps, board, actor, 'meeting.move', 'move meetings');
  const now = deps.clock.now();
  const today = todayIn(now, board.rules.timeZone);
  const target = await deps.meetings.findNextPlanned(board.id, { day: today });
  if (target === undefined)
    throw new DomainError(
      'NOT_FOUND',
      `${board.name} has no meeting planned to move. Plan one with "meeting new <title> on <date>".`,
    );
  const parsed = parseWhen(input.spec, today, board.rules.timeZone);
  if (!parsed.ok) throw new DomainError('INVALID_INPUT', parsed.message);
  if (parsed.rest !== '')
    throw new DomainError(
      'INVALID_INPUT',
      `I did not understand "${parsed.rest}". Try "meeting move 8 January 2027 2-3pm".`,
    );
  if (parsed.when.date < today)
    throw new DomainError('INVALID_INPUT', 'A meeting can move to today or a later day only.');
  const moved = movedMeeting(target, parsed.when, now);
  const clash = (await deps.meetings.listOnDay(board.id, moved.date)).find(
    (m) => m.id !== target.id && m.startsAt === moved.startsAt,
  );
  if (clash !== undefined)
    throw new DomainError(
      'CONFLICT',
      `${board.name} already has "${clash.title}" at that time. Use "agenda" to see it.`,
    );
  const meeting = await deps.meetings.update(board.id, target, (m) =>
    m.status === 'planned' ? movedMeeting(m, parsed.when, now) : m,
  );
  if (meeting.status !== 'planned')
    throw new DomainError('CONFLICT', `"${meeting.title}" has started: it can no longer move.`);
  for (const before of await deps.meetings.listNamingAsNext(board.id, meeting.id)) {
    await deps.meetings.update(board.id, before, (m) =>
      m.nextMeeting?.meetingId !== meeting.id ? m : linkNextMeeting(m, meeting, now),
    );
  }
  await recordAudit(deps, board, actor, {
    verb: 'meeting.move',
    subject: meeting.id,
    outcome: 'done',
    before: { date: target.date },
    after: { date: meeting.date },
  });
  await scheduleMeetingReminders(deps, board, meeting);
  const redated = await dateActionsFromMeeting(deps, {
    board,
    actor,
    meeting: { meetingId: meeting.id, date: meeting.date },
  });
  return { meeting, from: target.date, redated };
};
