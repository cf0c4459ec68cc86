import type { Board } from '../domain/board.js';
import type { Meeting } from '../domain/meeting.js';
import { endMeetingNow } from '../domain/end-meeting-now.js';
import { startMeetingNow } from '../domain/start-meeting-now.js';
import { requireActiveMeeting, requireBoardMeeting } from './find-active-meeting.js';
import { closeRegister } from '../domain/close-register.js';
import type { FoundMeetings } from './found-meetings.js';
import type { Actor, Deps } from './ports.js';
import { recordAudit } from './record-audit.js';
import { requireManager } from './require-manager.js';

/** `meeting start` / `meeting end`, or the Teams meeting's own start and end events. */
export const changeMeetingStatus = async (
  deps: Deps,
  input: {
    board: Board;
    actor: Actor;
    to: 'in-progress' | 'closed';
    meetingId?: string;
    found?: FoundMeetings;
  },
): Promise<{ meeting: Meeting; changed: boolean }> => {
  const { board } = input;
  await requireManager(
    deps,
    board,
    input.actor,
    input.to === 'closed' ? 'meeting.end' : 'meeting.start',
    input.to === 'closed' ? 'end meetings' : 'start meetings',
  );
  const target =
    input.meetingId === undefined
      ? await requireActiveMeeting(deps, board, input.found)
      : await requireBoardMeeting(deps, board, input.meetingId);
  const now = deps.clock.now();
  const meeting = await deps.meetings.update(board.id, target, (m) => {
    const next =
      input.to === 'closed'
        ? m.status === 'closed'
          ? m
          : closeRegister(board, endMeetingNow(m, now), now.toISOString())
        : startMeetingNow(m, now);
    return next === m ? m : { ...next, updatedAt: now.toISOString() };
  });
  const changed = meeting.revision !== target.revision || meeting.status !== target.status;
  if (changed)
    await recordAudit(deps, board, input.actor, {
      verb: input.to === 'closed' ? 'meeting.end' : 'meeting.start',
      subject: meeting.id,
      outcome: 'done',
    });
  return { meeting, changed };
};
