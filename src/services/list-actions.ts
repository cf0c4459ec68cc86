import type { Action } from '../domain/action.js';
import { ACTION_LOG_SHOWN } from '../domain/action.js';
import type { Board, Member } from '../domain/board.js';
import { findMemberByAad, findMemberByInitials } from '../domain/board.js';
import { DomainError } from '../domain/domain-error.js';
import { parseWhen, todayIn } from '../domain/parse-when.js';
import type { FoundMeetings } from './found-meetings.js';
import { findMeetingsOnce } from './found-meetings.js';
import type { ActionPage, Actor, Deps } from './ports.js';

export type ActionFilter =
  | { kind: 'open' | 'overdue' | 'mine' | 'all' }
  | { kind: 'owner'; initials: string }
  | { kind: 'meeting'; date: string };

/** Reads `actions [open|overdue|mine|all|<initials>|meeting <date>]`; open is the default. */
export const parseActionFilter = (text: string): ActionFilter | { problem: string } => {
  const t = text.trim();
  const lower = t.toLowerCase();
  if (t === '' || lower === 'open') return { kind: 'open' };
  if (lower === 'overdue' || lower === 'mine' || lower === 'all') return { kind: lower };
  const meeting = /^meeting\s+(.+)$/i.exec(t);
  if (meeting !== null) return { kind: 'meeting', date: meeting[1] ?? '' };
  if (/^[A-Za-z]{1,6}$/.test(t)) return { kind: 'owner', initials: t.toUpperCase() };
  return {
    problem: `I can list actions that are open, overdue, mine, all, by owner initials or "meeting <date>" — not "${t}".`,
  };
};

/** The first `ACTION_LOG_SHOWN` actions of the list, and how many it has in all. */
export type ActionList = {
  actions: Action[];
  total: number;
  title: string;
  today: string;
  nextMeeting?: string;
};

/** The page a filter shows, read by an indexed query; `meeting` waits for the meetings. */
const readPage = (
  deps: Deps,
  input: {
    board: Board;
    filter: ActionFilter;
    me: Member | undefined;
    aadObjectId: string;
    today: string;
  },
): Promise<ActionPage> | undefined => {
  const { board, filter, me } = input;
  switch (filter.kind) {
    case 'open':
      return deps.actions.listOpen(board.id, { limit: ACTION_LOG_SHOWN });
    case 'overdue':
      return deps.actions.listOverdue(board.id, input.today, ACTION_LOG_SHOWN);
    case 'mine':
      return deps.actions.listOwnedBy(
        board.id,
        { ...(me !== undefined && { memberId: me.id }), aadObjectId: input.aadObjectId },
        { limit: ACTION_LOG_SHOWN, openOnly: true },
      );
    case 'all':
      return deps.actions.listFirst(board.id, ACTION_LOG_SHOWN);
    case 'owner': {
      const member = findMemberByInitials(board, filter.initials);
      return deps.actions.listOwnedBy(
        board.id,
        { ...(member !== undefined && { memberId: member.id }), initials: filter.initials },
        { limit: ACTION_LOG_SHOWN, openOnly: false },
      );
    }
    case 'meeting':
      return undefined;
  }
};

export const listActions = async (
  deps: Deps,
  input: { board: Board; actor: Actor; filter: ActionFilter; found?: FoundMeetings },
): Promise<ActionList> => {
  const { board, filter } = input;
  const today = todayIn(deps.clock.now(), board.rules.timeZone);
  const me = findMemberByAad(board, input.actor.aadObjectId);
  const [page, due] = await Promise.all([
    readPage(deps, { board, filter, me, aadObjectId: input.actor.aadObjectId, today }),
    (input.found ?? findMeetingsOnce(deps, board)).nextMeeting(undefined),
  ]);
  const next = due?.date;
  let found = page;
  let title: string;
  switch (filter.kind) {
    case 'open':
      title = 'Open actions';
      break;
    case 'overdue':
      title = 'Overdue actions';
      break;
    case 'mine':
      title = 'My open actions';
      break;
    case 'all':
      title = 'All actions';
      break;
    case 'owner': {
      const member = findMemberByInitials(board, filter.initials);
      title = `Actions of ${member === undefined ? filter.initials : `${member.name} (${member.initials})`}`;
      break;
    }
    case 'meeting': {
      const when = parseWhen(filter.date, today, board.rules.timeZone);
      if (!when.ok) throw new DomainError('INVALID_INPUT', when.message);
      const [meeting] = await deps.meetings.listBetween(
        board.id,
        { from: when.when.date, to: when.when.date },
        1,
      );
      if (meeting === undefined)
        throw new DomainError('NOT_FOUND', `${board.name} has no meeting on ${when.when.date}.`);
      const actions = await deps.actions.listOfMeeting(board.id, meeting.id);
      found = { actions, total: actions.length };
      title = `Actions from ${meeting.title} (${meeting.date})`;
      break;
    }
  }
  if (found === undefined) throw new Error(`no actions read for "${filter.kind}"`);
  return {
    actions: found.actions,
    total: found.total,
    title,
    today,
    ...(next !== undefined && { nextMeeting: next }),
  };
};
