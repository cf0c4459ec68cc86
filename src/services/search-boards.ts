import type { Action } from '../domain/action.js';
import { isOpen, isOverdue, ownerInitials } from '../domain/action.js';
import type { Board } from '../domain/board.js';
import type { Audience } from '../domain/disclosure.js';
import { disclosureView } from '../domain/disclosure.js';
import type { TenantId } from '../domain/ids.js';
import type { Meeting } from '../domain/meeting.js';
import { nextMeetingDate } from '../domain/next-meeting.js';
import { todayIn } from '../domain/parse-when.js';
import type { Deps } from './ports.js';

/** Words of a search that choose what to look for rather than words to find. */
const FILTER_WORDS = [
  'open',
  'overdue',
  'done',
  'completed',
  'closed',
  'actions',
  'meetings',
  'all',
];

export type SearchQuery = {
  /** What was typed, trimmed. */
  raw: string;
  wants: (word: string) => boolean;
  terms: string[];
};

/** Reads a search box: filter words ("open", "overdue", "meetings", …) and the words to find. */
export const readSearchQuery = (raw: string): SearchQuery => {
  const words = raw
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '' && w !== 'true');
  return {
    raw: raw.trim(),
    wants: (w) => words.includes(w),
    terms: words.filter((w) => !FILTER_WORDS.includes(w)),
  };
};

export type BoardSearchHits = {
  board: Board;
  today: string;
  nextMeeting?: string;
  /** Matching actions, as any chat may read them. */
  actions: Action[];
  /** The board's actions, as any chat may read them (for the meetings' summaries). */
  allActions: Action[];
  /** Matching meetings, as any chat may read them (the last five). */
  meetings: Meeting[];
};

const matchesAction = (a: Action, query: SearchQuery, today: string): boolean => {
  const { wants, terms } = query;
  if (wants('overdue') && !isOverdue(a, today)) return false;
  if (wants('open') && !isOpen(a)) return false;
  if ((wants('done') || wants('completed')) && a.status !== 'completed') return false;
  if (wants('closed') && a.status !== 'closed') return false;
  const haystack =
    `${a.number} ${a.text} ${ownerInitials(a.owners)} ${a.owners.map((o) => o.name).join(' ')} ${a.reference ?? ''}`.toLowerCase();
  return terms.every((t) => haystack.includes(t));
};

/**
 * The message extension's search over every board the person belongs to. What it returns can be
 * inserted into any chat, so it is searched and returned as `audience` may read it.
 */
export const searchBoards = async (
  deps: Deps,
  input: { tenantId: TenantId; aadObjectId: string; query: SearchQuery; audience: Audience },
): Promise<BoardSearchHits[]> => {
  const boards = await deps.boards.listForMember(input.tenantId, input.aadObjectId);
  const { query } = input;
  return Promise.all(
    boards.map(async (board) => {
      const today = todayIn(deps.clock.now(), board.rules.timeZone);
      const [stored, storedMeetings] = await Promise.all([
        deps.actions.listForBoard(board.id),
        deps.meetings.listForBoard(board.id),
      ]);
      const see = disclosureView(input.audience, board.rules, storedMeetings);
      const allActions = stored.map(see.action);
      const meetings = storedMeetings.map(see.meeting);
      const next = nextMeetingDate(meetings, undefined, today);
      return {
        board,
        today,
        ...(next !== undefined && { nextMeeting: next }),
        actions: allActions.filter((a) => matchesAction(a, query, today)),
        allActions,
        meetings: meetings
          .filter((m) => query.terms.every((t) => `${m.title} ${m.date}`.toLowerCase().includes(t)))
          .slice(-5),
      };
    }),
  );
};
