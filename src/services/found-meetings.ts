import { activeMeeting } from '../domain/active-meeting.js';
import type { Board } from '../domain/board.js';
import type { Meeting } from '../domain/meeting.js';
import type { DueMeeting } from '../domain/next-meeting.js';
import { findNextMeeting } from '../domain/next-meeting.js';
import { todayIn } from '../domain/parse-when.js';
import type { Deps } from './ports.js';

/**
 * The meetings a turn is about, found once and handed on: a reply gives its use cases the
 * meetings it found rather than letting each read them again. Both come from one query (the
 * meetings in progress and planned from today), made on first use.
 */
export type FoundMeetings = {
  /** The meeting in progress, if any. */
  meeting(): Promise<Meeting | undefined>;
  /** The meeting commands act on: in progress, else the next planned (DESIGN.md §3). */
  activeMeeting(): Promise<Meeting | undefined>;
  /**
   * The meeting an action recorded in `after` (or outside any meeting) is due at: see
   * `findNextMeeting`. Taken from the same read unless `after` is a meeting of an earlier day.
   */
  nextMeeting(after: Meeting | undefined): Promise<DueMeeting | undefined>;
};

/**
 * Reads `board`'s current meetings at most once, on first use. With nothing in progress or
 * planned from today, the active meeting is the earliest one planned in the past (a board
 * importing its history), which costs one more request.
 */
export const findMeetingsOnce = (
  deps: Pick<Deps, 'meetings' | 'clock'>,
  board: Board,
): FoundMeetings => {
  let current: Promise<Meeting[]> | undefined;
  let active: Promise<Meeting | undefined> | undefined;
  const today = (): string => todayIn(deps.clock.now(), board.rules.timeZone);
  const read = (): Promise<Meeting[]> => (current ??= deps.meetings.listCurrent(board.id, today()));
  return {
    meeting: async () => (await read()).find((m) => m.status === 'in-progress'),
    activeMeeting: () =>
      (active ??= read().then(
        (meetings) =>
          activeMeeting(meetings, today()) ?? deps.meetings.findNextPlanned(board.id, 'earliest'),
      )),
    nextMeeting: async (after) => {
      if (after === undefined || after.nextMeeting !== undefined || after.date >= today())
        return findNextMeeting(await read(), after, today());
      const next = await deps.meetings.findNextPlanned(board.id, { after: after.startsAt });
      return next === undefined ? undefined : { meetingId: next.id, date: next.date };
    },
  };
};
