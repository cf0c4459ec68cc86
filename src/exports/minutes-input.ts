import type { MinutesAmendment } from '../domain/approved-minutes.js';
import type { Action } from '../domain/action.js';
import type { Board } from '../domain/board.js';
import type { Meeting } from '../domain/meeting.js';

export type MinutesInput = {
  board: Board;
  meeting: Meeting;
  /** The two meetings before this one, oldest first, for the attendance columns. */
  earlier: readonly Meeting[];
  /** The actions raised at this meeting. */
  actions: readonly Action[];
  /**
   * Actions raised before this meeting that it reviewed (domain/action-review.ts picks those open
   * when it began); the action-log review. Absent: no review table.
   */
  carried?: readonly Action[];
  /**
   * `restricted`: the full minutes for board members; `public`: confidential items show only their
   * number and "not for publication". The caller passes the meeting and actions already disclosed
   * for that audience (domain/disclosure.ts); this only says which version it is.
   */
  version: 'restricted' | 'public';
  /** Approved minutes: the changes made since approval (who, when, what), listed after the record. */
  amendedSince?: readonly MinutesAmendment[];
};
