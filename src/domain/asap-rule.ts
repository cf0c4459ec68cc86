import type { Action } from './action.js';
import { DEFAULT_ASAP_DAYS } from './action-capture.js';
import type { Board } from './board.js';

/** Kept in the history of an action whose date came from "ASAP", "urgently" or "immediately". */
export const DUE_ASAP = 'ASAP';

/** How many days after the meeting (or today) an ASAP action is due: the board's rule, else 7. */
export const asapDaysOf = (board: Pick<Board, 'rules'>): number =>
  board.rules.asapDays ?? DEFAULT_ASAP_DAYS;

/**
 * Whether the action's current date came from "ASAP": the latest event that set its date says so.
 * A date a person sets later (or a proposal accepted) replaces it, and with it the "(ASAP)".
 */
export const isDueAsap = (action: Pick<Action, 'history' | 'due'>): boolean => {
  const setter = [...action.history]
    .reverse()
    .find((e) => e.kind === 'due' || (e.kind === 'created' && e.to !== undefined));
  return setter?.kind === 'created' && setter.text === DUE_ASAP && setter.to === action.due;
};
