import type { Board } from '../domain/board.js';
import { canManageBoard } from '../domain/board.js';
import type { BoardId } from '../domain/ids.js';
import { matchTeamsMeeting } from '../domain/match-teams-meeting.js';
import type { Meeting, OnlineMeeting } from '../domain/meeting.js';
import { todayIn } from '../domain/parse-when.js';
import type { CalendarDate } from '../domain/zoned-time.js';
import { utcToZoned } from '../domain/zoned-time.js';
import type { Actor, Deps } from './ports.js';
import { recordAudit } from './record-audit.js';
import { recordChange } from './record-change.js';

/** What Teams says of the meeting whose chat Quorate is in (any of it may be missing). */
export type TeamsMeetingFacts = {
  chatId: string;
  teamsMeetingId?: string;
  title?: string;
  /** Its scheduled (or actual) start: the day the board meeting is looked for. */
  startsAt?: Date;
  joinUrl?: string;
  organizerAadObjectId?: string;
  graphMeetingId?: string;
};

export type TeamsLinkOutcome =
  | { kind: 'linked'; meeting: Meeting; by: 'date' | 'title' | 'chosen'; already: boolean }
  | { kind: 'no-meeting'; date: CalendarDate }
  | { kind: 'several'; date: CalendarDate; meetings: Meeting[] }
  /** The chat has a board of its own, or is linked to another board. */
  | { kind: 'taken'; boardId: BoardId };

const onlineOf = (facts: TeamsMeetingFacts, before: OnlineMeeting | undefined): OnlineMeeting => ({
  ...before,
  chatId: facts.chatId,
  ...(facts.teamsMeetingId !== undefined && { meetingId: facts.teamsMeetingId }),
  ...(facts.joinUrl !== undefined && { joinUrl: facts.joinUrl }),
  ...(facts.organizerAadObjectId !== undefined && {
    organizerAadObjectId: facts.organizerAadObjectId,
  }),
  ...(facts.graphMeetingId !== undefined && { graphMeetingId: facts.graphMeetingId }),
});

const sorted = (o: OnlineMeeting | undefined): string =>
  JSON.stringify(Object.entries(o ?? {}).sort(([x], [y]) => x.localeCompare(y)));

const sameOnline = (a: OnlineMeeting | undefined, b: OnlineMeeting): boolean =>
  sorted(a) === sorted(b);

/**
 * Links a Teams meeting (its chat) to a board meeting: the chat is bound to the board, so its
 * commands, events and agenda card are the board's, and the board meeting carries the Teams
 * meeting (`online`) its events and attendance report are matched by. The board meeting is the
 * one planned that day (the title decides between several; a meeting start with nobody asking
 * needs the title to match: `requireTitle`). Repeating it changes nothing. Who may link is the
 * caller's check: the chair or a coordinator, or the organiser when they are one.
 */
export const linkTeamsMeeting = async (
  deps: Pick<Deps, 'boards' | 'meetings' | 'clock' | 'audit'>,
  input: {
    board: Board;
    actor: Actor;
    facts: TeamsMeetingFacts;
    requireTitle: boolean;
    /** Set when the actor chose the meeting (undo-able); a meeting start's link is audited only. */
    byPerson: boolean;
    meetingId?: string;
  },
): Promise<TeamsLinkOutcome> => {
  const { board, facts } = input;
  const now = deps.clock.now();
  const date =
    facts.startsAt === undefined
      ? todayIn(now, board.rules.timeZone)
      : utcToZoned(facts.startsAt, board.rules.timeZone).date;
  const sameDay = await deps.meetings.listOnDay(board.id, date);
  const chosen = sameDay.find((m) => m.id === input.meetingId && m.status !== 'closed');
  const match =
    chosen !== undefined
      ? ({ kind: 'one', meeting: chosen, by: 'chosen' } as const)
      : matchTeamsMeeting(sameDay, {
          ...(facts.title !== undefined && { title: facts.title }),
          requireTitle: input.requireTitle,
        });
  if (match.kind === 'none') return { kind: 'no-meeting', date };
  if (match.kind === 'several') return { kind: 'several', date, meetings: match.meetings };
  if (board.conversation.id !== facts.chatId) {
    const bound = await deps.boards.linkConversation({
      tenantId: board.tenantId,
      conversationId: facts.chatId,
      boardId: board.id,
      linkedAt: now.toISOString(),
      linkedBy: input.actor.aadObjectId,
    });
    if (bound.kind === 'taken') return { kind: 'taken', boardId: bound.boardId };
  }
  let before = match.meeting;
  const meeting = await deps.meetings.update(board.id, match.meeting, (m) => {
    before = m;
    const online = onlineOf(facts, m.online);
    return sameOnline(m.online, online) ? m : { ...m, online, updatedAt: now.toISOString() };
  });
  const already = sameOnline(before.online, meeting.online ?? {});
  if (!already) {
    if (input.byPerson)
      await recordChange(deps, board, input.actor, {
        verb: 'meeting.link',
        subject: meeting.id,
        said: `the Teams meeting linked to the meeting of ${meeting.date}`,
        change: { kind: 'meeting', before, after: meeting },
      });
    else
      await recordAudit(deps, board, input.actor, {
        verb: 'meeting.link',
        subject: meeting.id,
        outcome: 'done',
      });
  }
  return { kind: 'linked', meeting, by: match.by, already };
};

/**
 * The boards a Teams meeting start may link to by itself: those its organiser chairs or
 * coordinates, with a planned meeting that day whose title matches. Exactly one is linked;
 * none or several, nothing is (a person then types `meeting link`).
 */
export const findBoardsToLink = async (
  deps: Pick<Deps, 'boards' | 'meetings' | 'clock'>,
  input: { tenantId: Board['tenantId']; organizerAadObjectId: string; facts: TeamsMeetingFacts },
): Promise<{ board: Board; meeting: Meeting }[]> => {
  const boards = (
    await deps.boards.listForMember(input.tenantId, input.organizerAadObjectId)
  ).filter((b) =>
    canManageBoard(b, input.organizerAadObjectId, todayIn(deps.clock.now(), b.rules.timeZone)),
  );
  const found: { board: Board; meeting: Meeting }[] = [];
  for (const board of boards) {
    const at = input.facts.startsAt ?? deps.clock.now();
    const date = utcToZoned(at, board.rules.timeZone).date;
    const match = matchTeamsMeeting(await deps.meetings.listOnDay(board.id, date), {
      ...(input.facts.title !== undefined && { title: input.facts.title }),
      requireTitle: true,
    });
    if (match.kind === 'one') found.push({ board, meeting: match.meeting });
  }
  return found;
};
