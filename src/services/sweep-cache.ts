import type { Action } from '../domain/action.js';
import type { Board } from '../domain/board.js';
import type { ActionId } from '../domain/ids.js';
import type { Reminder } from '../domain/reminder.js';
import type { ConversationRecord, ConversationStore, ReminderDeps } from './ports.js';

/** Keeps what `read` gives for `key`; a failed read is forgotten, so the next asks again. */
const once = <T>(map: Map<string, Promise<T>>, key: string, read: () => Promise<T>): Promise<T> => {
  let found = map.get(key);
  if (found === undefined) {
    found = read();
    map.set(key, found);
    void found.catch(() => map.delete(key));
  }
  return found;
};

/**
 * Per-sweep reads: each board, action, next meeting date and conversation is read once. A
 * member's personal chat is looked up once however many of their reminders a sweep sends.
 */
export class SweepCache {
  private readonly boards = new Map<string, Promise<Board | undefined>>();
  private readonly actions = new Map<string, Promise<Action | undefined>>();
  private readonly nextMeetings = new Map<string, Promise<string | undefined>>();
  private readonly chats = new Map<string, Promise<ConversationRecord | undefined>>();
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

  /** The conversation store, its lookups kept for the sweep (a save passes straight through). */
  conversations(): ConversationStore {
    const store = this.deps.conversations;
    return {
      save: (record) => store.save(record),
      find: (tenantId, conversationId) =>
        once(this.chats, `c/${tenantId}/${conversationId}`, () =>
          store.find(tenantId, conversationId),
        ),
      findPersonal: (tenantId, aadObjectId) =>
        once(this.chats, `p/${tenantId}/${aadObjectId}`, () =>
          store.findPersonal(tenantId, aadObjectId),
        ),
    };
  }
}
