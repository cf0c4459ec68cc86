import type { Action } from '../domain/action.js';
import type { Board } from '../domain/board.js';
import type { ActionId } from '../domain/ids.js';
import type { Reminder } from '../domain/reminder.js';
import type { ReminderDeps } from './ports.js';

/** Per-sweep reads: each board, action and next meeting date is read once. */
export class SweepCache {
  private readonly boards = new Map<string, Promise<Board | undefined>>();
  private readonly actions = new Map<string, Promise<Action | undefined>>();
  private readonly nextMeetings = new Map<string, Promise<string | undefined>>();
  constructor(private readonly deps: ReminderDeps) {}

  /** A board just written by this sweep: later reminders of the sweep see what it recorded. */
  remember(board: Board): void {
    this.boards.set(`${board.tenantId}/${board.id}`, Promise.resolve(board));
  }

  board(r: Reminder): Promise<Board | undefined> {
    const key = `${r.tenantId}/${r.boardId}`;
    let found = this.boards.get(key);
    if (found === undefined) {
      found = this.deps.boards.findById(r.tenantId, r.boardId);
      this.boards.set(key, found);
    }
    return found;
  }

  action(board: Board, id: ActionId): Promise<Action | undefined> {
    let found = this.actions.get(id);
    if (found === undefined) {
      found = this.deps.actions.findById(board.id, id);
      this.actions.set(id, found);
    }
    return found;
  }

  nextMeeting(board: Board, today: string): Promise<string | undefined> {
    let found = this.nextMeetings.get(board.id);
    if (found === undefined) {
      found = this.deps.meetings
        .findNextPlanned(board.id, { day: today })
        .then((meeting) => meeting?.date);
      this.nextMeetings.set(board.id, found);
    }
    return found;
  }
}
