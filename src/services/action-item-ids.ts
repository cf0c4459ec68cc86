import type { Board } from '../domain/board.js';
import type { MeetingId } from '../domain/ids.js';
import type { Deps } from './ports.js';

/** Items of this meeting that actions were captured under: their references cite the number. */
export const actionItemIds = async (
  deps: Deps,
  board: Board,
  meetingId: string,
): Promise<string[]> =>
  (await deps.actions.listOfMeeting(board.id, meetingId as MeetingId)).flatMap((a) =>
    a.itemId !== undefined ? [a.itemId] : [],
  );
