import type { Action } from '../domain/action.js';
import type { Board } from '../domain/board.js';
import { disclosureMeetingIds } from '../domain/disclosure-meeting-ids.js';
import type { Meeting } from '../domain/meeting.js';
import type { Deps } from './ports.js';

/**
 * The meetings `disclosureView` needs for these actions (see `disclosureMeetingIds`): those in
 * `known` (already read this turn) and the rest by id, in one request; none when no action needs
 * one.
 */
export const findDisclosureMeetings = async (
  deps: Pick<Deps, 'meetings'>,
  board: Board,
  actions: readonly Action[],
  known: readonly (Meeting | undefined)[] = [],
): Promise<Meeting[]> => {
  const ids = disclosureMeetingIds(actions);
  const have = known.filter((m): m is Meeting => m !== undefined && ids.includes(m.id));
  const missing = ids.filter((id) => !have.some((m) => m.id === id));
  return [...have, ...(await deps.meetings.listByIds(board.id, missing))];
};
