import type { Board } from '../domain/board.js';
import { DomainError } from '../domain/domain-error.js';
import { meetingId } from '../domain/ids.js';
import type { Meeting } from '../domain/meeting.js';
import { startsAtOf } from '../domain/meeting.js';
import { newMeeting } from '../domain/new-meeting.js';
import type { MeetingSpec } from '../domain/meeting-spec.js';
import { parseMeetingSpec } from '../domain/meeting-spec.js';
import { todayIn } from '../domain/parse-when.js';
import type { Actor, Deps } from './ports.js';
import { dateActionsFromMeeting } from './date-actions-from-meeting.js';
import { recordAudit } from './record-audit.js';
import { scheduleMeetingReminders } from './schedule-reminders.js';
import { requireManager } from './require-manager.js';

/**
 * `meeting new <title> on <date> [<start>[-<end>]] [at <venue>]`: a planned meeting with the
 * standing items. Undated actions (due at a next meeting not yet known) take the date of the
 * board's next meeting now that there is one.
 */
export const createMeeting = async (
  deps: Deps,
  input: { board: Board; actor: Actor } & ({ spec: string } | { parsed: MeetingSpec }),
): Promise<Meeting> => {
  const { board } = input;
  await requireManager(deps, board, input.actor, 'meeting.create', 'plan meetings');
  let spec: MeetingSpec;
  if ('parsed' in input) {
    spec = input.parsed;
  } else {
    const parsed = parseMeetingSpec(
      input.spec,
      todayIn(deps.clock.now(), board.rules.timeZone),
      board.rules.timeZone,
    );
    if (!parsed.ok) throw new DomainError('INVALID_INPUT', parsed.message);
    spec = parsed.spec;
  }
  const { title, when, venue } = spec;
  const startsAt = startsAtOf(when.date, when.start, board.rules.timeZone);
  const clash = (await deps.meetings.listOnDay(board.id, when.date)).find(
    (m) => m.startsAt === startsAt,
  );
  if (clash !== undefined) {
    throw new DomainError(
      'CONFLICT',
      `${board.name} already has "${clash.title}" at that time. Use "agenda" to see it.`,
    );
  }
  const draft = newMeeting({
    id: meetingId(deps.ids.next()),
    boardId: board.id,
    tenantId: board.tenantId,
    title,
    date: when.date,
    ...(when.start !== undefined && { start: when.start }),
    ...(when.end !== undefined && { end: when.end }),
    timeZone: board.rules.timeZone,
    ...(board.rules.interestsItem === true && { interestsItem: true }),
    ...(venue !== undefined && { venue }),
    now: deps.clock.now(),
    newId: () => deps.ids.next(),
  });
  const previous = await deps.meetings.findLatestBefore(board.id, draft.startsAt);
  const meeting = await deps.meetings.create(
    previous === undefined ? draft : { ...draft, previousMeetingId: previous.id },
  );
  await recordAudit(deps, board, input.actor, {
    verb: 'meeting.create',
    subject: meeting.id,
    outcome: 'done',
  });
  await scheduleMeetingReminders(deps, board, meeting);
  const next = await deps.meetings.findNextPlanned(board.id, {
    day: todayIn(deps.clock.now(), board.rules.timeZone),
  });
  if (next !== undefined)
    await dateActionsFromMeeting(deps, {
      board,
      actor: input.actor,
      meeting: { meetingId: next.id, date: next.date },
    });
  return meeting;
};
