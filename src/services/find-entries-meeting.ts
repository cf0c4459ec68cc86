import type { Board } from '../domain/board.js';
import type { Meeting } from '../domain/meeting.js';
import { todayIn } from '../domain/parse-when.js';
import { requireActiveMeeting } from './find-active-meeting.js';
import type { FoundMeetings } from './found-meetings.js';
import { findMeetingsOnce } from './found-meetings.js';
import type { Deps } from './ports.js';

/**
 * The meeting whose notes and decisions `notes` lists and `note edit …` corrects: the one in
 * progress; else the last one held today (a minute-taker tidies the notes just after the chair
 * ends the meeting); else the meeting commands act on (the next planned). A card names its own.
 */
export const findEntriesMeeting = async (
  deps: Pick<Deps, 'meetings' | 'clock'>,
  board: Board,
  found: FoundMeetings = findMeetingsOnce(deps, board),
): Promise<Meeting> => {
  const inProgress = await found.meeting();
  if (inProgress !== undefined) return inProgress;
  const today = todayIn(deps.clock.now(), board.rules.timeZone);
  const heldToday = (await deps.meetings.listOnDay(board.id, today)).filter(
    (m) => m.status === 'closed',
  );
  return heldToday.at(-1) ?? requireActiveMeeting(deps, board, found);
};
