import type { Board } from '../domain/board.js';
import { DomainError } from '../domain/domain-error.js';
import type { MeetingId } from '../domain/ids.js';
import type { Meeting } from '../domain/meeting.js';
import type { FoundMeetings } from './found-meetings.js';
import { findMeetingsOnce } from './found-meetings.js';
import type { Deps } from './ports.js';

/**
 * The meeting in progress, else the next planned one (DESIGN.md §3): from the meetings the turn
 * found (`found`), or read now.
 */
export const findActiveMeeting = (
  deps: Pick<Deps, 'meetings' | 'clock'>,
  board: Board,
  found: FoundMeetings = findMeetingsOnce(deps, board),
): Promise<Meeting | undefined> => found.activeMeeting();

export const requireActiveMeeting = async (
  deps: Pick<Deps, 'meetings' | 'clock'>,
  board: Board,
  found?: FoundMeetings,
): Promise<Meeting> => {
  const meeting = await findActiveMeeting(deps, board, found);
  if (meeting === undefined) {
    throw new DomainError(
      'NOT_FOUND',
      `${board.name} has no meeting planned. Plan one with "meeting new <title> on <date> [<start>-<end>] [at <venue>]".`,
    );
  }
  return meeting;
};

/**
 * A meeting named by a card: it must belong to the board this conversation is about, whatever the
 * card says (card data is never trusted for scope).
 */
export const requireBoardMeeting = async (
  deps: Pick<Deps, 'meetings'>,
  board: Board,
  meetingId: string,
): Promise<Meeting> => {
  const meeting = await deps.meetings.findById(board.id, meetingId as MeetingId);
  if (meeting === undefined)
    throw new DomainError('NOT_FOUND', `That card is not about a meeting of ${board.name}.`);
  return meeting;
};

/** The meeting a card names (`meetingId`), else the board's active one (a typed command). */
export const requireMeeting = (
  deps: Pick<Deps, 'meetings' | 'clock'>,
  board: Board,
  meetingId: string | undefined,
  found?: FoundMeetings,
): Promise<Meeting> =>
  meetingId === undefined
    ? requireActiveMeeting(deps, board, found)
    : requireBoardMeeting(deps, board, meetingId);
