import type { Action, ActionStatus } from '../domain/action.js';
import { isOpen, isOverdue, ownerInitials } from '../domain/action.js';
import type { Board } from '../domain/board.js';
import type { Audience } from '../domain/disclosure.js';
import { disclosureView, NOT_FOR_PUBLICATION, REDACTED_TEXT } from '../domain/disclosure.js';
import type { TenantId } from '../domain/ids.js';
import type { Meeting } from '../domain/meeting.js';
import { todayIn } from '../domain/parse-when.js';
import type { CrossBoardActionFilter, Deps } from './ports.js';

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
  /** Matching actions, as `audience` may read them, by number (boards with the latest change first). */
  actions: Action[];
  /** Matching meetings, as `audience` may read them, latest first ("meetings" searches only). */
  meetings: Meeting[];
  /** The actions raised in those meetings, as `audience` may read them (for their summaries). */
  meetingActions: Action[];
};

/** At most this many of each are read: no more than the 25 cards Teams lists can show. */
export const SEARCH_LIMITS = { actions: 25, meetings: 10, meetingActions: 200 } as const;

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

const matchesMeeting = (m: Meeting, query: SearchQuery): boolean =>
  query.terms.every((t) => `${m.title} ${m.date}`.toLowerCase().includes(t));

const OPEN: readonly ActionStatus[] = ['open', 'ongoing'];
const REDACTED_WORDS = [REDACTED_TEXT, NOT_FOR_PUBLICATION].map((w) => w.toLowerCase());

/**
 * What the database can narrow the search to: never less than `matchesAction` keeps once the
 * actions are disclosed, which decides in the end. Words that occur in the redacted wording (a
 * redacted action shows it), or hold a "/" (owners' initials are joined with one), are left to it.
 */
const storedFilterOf = (
  query: SearchQuery,
  latestToday: string,
  audience: Audience,
): CrossBoardActionFilter | undefined => {
  const { wants } = query;
  const allowed = (['open', 'ongoing', 'completed', 'closed'] as const).filter(
    (s) =>
      (!wants('open') || OPEN.includes(s)) &&
      (!wants('overdue') || OPEN.includes(s)) &&
      (!(wants('done') || wants('completed')) || s === 'completed') &&
      (!wants('closed') || s === 'closed'),
  );
  if (allowed.length === 0) return undefined;
  return {
    ...(allowed.length < 4 && { statuses: allowed }),
    ...(wants('overdue') && { dueBefore: latestToday }),
    terms: query.terms.filter(
      (t) => !t.includes('/') && !REDACTED_WORDS.some((w) => w.includes(t)),
    ),
    /** An insert or the public version never shows a confidential action's words. */
    termsInConfidentialText: audience.kind !== 'insert' && audience.kind !== 'public',
  };
};

/** An action whose confidentiality follows its agenda item: its meeting says whether it is. */
const followsItem = (a: Action): boolean => a.confidential === undefined && a.itemId !== undefined;

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

/**
 * The message extension's search over every board the person belongs to. What it returns can be
 * inserted into any chat, so it is searched and returned as `audience` may read it.
 *
 * It costs the same whatever the number of boards: one query for the person's boards, then one
 * query across those boards' partitions for the actions (or, for "meetings", the meetings), and at
 * most one more: the meetings whose agenda items decide whether found actions are confidential
 * (or the actions of the meetings found, for their summaries). Every read is bounded.
 */
export const searchBoards = async (
  deps: Deps,
  input: { tenantId: TenantId; aadObjectId: string; query: SearchQuery; audience: Audience },
): Promise<BoardSearchHits[]> => {
  const { tenantId, query, audience } = input;
  const boards = await deps.boards.listForMember(tenantId, input.aadObjectId);
  const boardIds = boards.map((b) => b.id);
  const now = deps.clock.now();
  const todayOf = new Map(boards.map((b) => [b.id, todayIn(now, b.rules.timeZone)]));
  const latestToday = [...todayOf.values()].sort().at(-1) ?? '';
  let actions: Action[] = [];
  let meetings: Meeting[] = [];
  let meetingActions: Action[] = [];
  if (!query.wants('meetings')) {
    const filter = storedFilterOf(query, latestToday, audience);
    actions =
      filter === undefined
        ? []
        : await deps.crossBoard.findActions({
            tenantId,
            boardIds,
            filter,
            limit: SEARCH_LIMITS.actions,
            order: 'recent',
          });
    const needed = unique(actions.filter(followsItem).flatMap((a) => a.meetingId ?? []));
    if (needed.length > 0)
      meetings = await deps.crossBoard.findMeetings({
        tenantId,
        boardIds,
        match: { ids: needed },
        limit: needed.length,
      });
  } else if (!query.wants('actions')) {
    meetings = await deps.crossBoard.findMeetings({
      tenantId,
      boardIds,
      match: { terms: query.terms },
      limit: SEARCH_LIMITS.meetings,
    });
    const held = meetings.filter((m) => m.status !== 'planned').map((m) => m.id);
    if (held.length > 0)
      meetingActions = await deps.crossBoard.findActions({
        tenantId,
        boardIds,
        filter: { meetingIds: held },
        limit: SEARCH_LIMITS.meetingActions,
        order: 'oldest',
      });
  }
  const shownMeetings = query.wants('meetings') ? meetings : [];
  const latestChange = (board: Board): number => {
    const at = actions.findIndex((a) => a.boardId === board.id);
    return at === -1 ? actions.length : at;
  };
  return [...boards]
    .sort((a, b) => latestChange(a) - latestChange(b))
    .map((board) => {
      const today = todayOf.get(board.id) ?? latestToday;
      const ofBoard = <T extends { boardId: string }>(list: readonly T[]) =>
        list.filter((x) => x.boardId === board.id);
      const see = disclosureView(audience, board.rules, ofBoard(meetings));
      return {
        board,
        today,
        actions: ofBoard(actions)
          .map(see.action)
          .filter((a) => matchesAction(a, query, today))
          .sort((a, b) => a.number - b.number),
        meetings: ofBoard(shownMeetings)
          .map(see.meeting)
          .filter((m) => matchesMeeting(m, query)),
        meetingActions: ofBoard(meetingActions).map(see.action),
      };
    })
    .filter((hits) => hits.actions.length + hits.meetings.length > 0);
};
