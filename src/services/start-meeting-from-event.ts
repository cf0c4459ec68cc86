import type { Board } from '../domain/board.js';
import type { Meeting } from '../domain/meeting.js';
import { endMeetingNow } from '../domain/end-meeting-now.js';
import { startMeetingNow } from '../domain/start-meeting-now.js';
import { utcToZoned } from '../domain/zoned-time.js';
import type { Deps } from './ports.js';
import { recordAudit } from './record-audit.js';
import { closeRegister } from '../domain/close-register.js';

export type TeamsMeetingEvent = {
  /** Teams' meeting id (channelData.meeting.id). */
  teamsMeetingId: string;
  chatId: string;
  title?: string;
  /** UTC instant the event reports. */
  at: Date;
  joinUrl?: string;
  /** From getMeetingInfo, when read: what Graph names the meeting by (its attendance report). */
  organizerAadObjectId?: string;
  graphMeetingId?: string;
};

export type MeetingEventOutcome =
  | { kind: 'started' | 'ended'; meeting: Meeting }
  | { kind: 'no-meeting'; date: string; time: string; title?: string };

const SYSTEM_ACTOR = { aadObjectId: 'teams-meeting-event', name: 'Teams meeting' };

/**
 * A Teams meeting started or ended in the board's chat. The board meeting of that day (or the one
 * already linked to the Teams meeting) starts or ends with it; live events are a hint, so nothing is
 * created without a person: with no board meeting that day the chair is offered one.
 */
export const applyTeamsMeetingEvent = async (
  deps: Deps,
  input: { board: Board; event: TeamsMeetingEvent; kind: 'start' | 'end' },
): Promise<MeetingEventOutcome> => {
  const { board, event } = input;
  const local = utcToZoned(event.at, board.rules.timeZone);
  const open = await deps.meetings.listOpenForTeamsMeeting(board.id, {
    teamsMeetingId: event.teamsMeetingId,
    day: local.date,
  });
  const linked = open.find((m) => m.online?.meetingId === event.teamsMeetingId);
  const sameDay = open.find((m) => m.date === local.date);
  const target = linked ?? sameDay;
  if (target === undefined)
    return {
      kind: 'no-meeting',
      date: local.date,
      time: local.time,
      ...(event.title !== undefined && { title: event.title }),
    };
  const now = deps.clock.now();
  const meeting = await deps.meetings.update(board.id, target, (m) => {
    const changed =
      input.kind === 'start'
        ? startMeetingNow(m, now)
        : m.status === 'closed'
          ? m
          : closeRegister(board, endMeetingNow(m, now), now.toISOString());
    const online = {
      ...m.online,
      chatId: event.chatId,
      meetingId: event.teamsMeetingId,
      ...(event.joinUrl !== undefined && { joinUrl: event.joinUrl }),
      ...(event.organizerAadObjectId !== undefined && {
        organizerAadObjectId: event.organizerAadObjectId,
      }),
      ...(event.graphMeetingId !== undefined && { graphMeetingId: event.graphMeetingId }),
    };
    const sameOnline =
      m.online?.meetingId === online.meetingId &&
      m.online.chatId === online.chatId &&
      m.online.organizerAadObjectId === online.organizerAadObjectId &&
      m.online.graphMeetingId === online.graphMeetingId;
    if (changed === m && sameOnline) return m;
    return { ...changed, online, updatedAt: now.toISOString() };
  });
  await recordAudit(deps, board, SYSTEM_ACTOR, {
    verb: input.kind === 'start' ? 'meeting.start' : 'meeting.end',
    subject: meeting.id,
    outcome: 'done',
  });
  return { kind: input.kind === 'start' ? 'started' : 'ended', meeting };
};
