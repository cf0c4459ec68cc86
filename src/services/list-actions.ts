import type { Action } from '../domain/action.js';
import { isOpen, isOverdue, ownsAction } from '../domain/action.js';
import type { Board } from '../domain/board.js';
import { findMemberByAad, findMemberByInitials } from '../domain/board.js';
import { DomainError } from '../domain/domain-error.js';
import { parseWhen, todayIn } from '../domain/parse-when.js';
import type { FoundMeetings } from './found-meetings.js';
import { findMeetingsOnce } from './found-meetings.js';
import type { Actor, Deps } from './ports.js';

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

export type ActionList = { actions: Action[]; title: string; today: string; nextMeeting?: string };

export const listActions = async (
  deps: Deps,
  input: { board: Board; actor: Actor; filter: ActionFilter; found?: FoundMeetings },
): Promise<ActionList> => {
  const { board, filter } = input;
  const today = todayIn(deps.clock.now(), board.rules.timeZone);
  const [all, due] = await Promise.all([
    deps.actions.listForBoard(board.id),
    (input.found ?? findMeetingsOnce(deps, board)).nextMeeting(undefined),
  ]);
  const next = due?.date;
  const me = findMemberByAad(board, input.actor.aadObjectId);
  let actions: Action[];
  let title: string;
  switch (filter.kind) {
    case 'open':
      actions = all.filter(isOpen);
      title = 'Open actions';
      break;
    case 'overdue':
      actions = all.filter((a) => isOverdue(a, today));
      title = 'Overdue actions';
      break;
    case 'mine':
      actions = all.filter((a) => isOpen(a) && ownsAction(a, me, input.actor.aadObjectId));
      title = 'My open actions';
      break;
    case 'all':
      actions = all;
      title = 'All actions';
      break;
    case 'owner': {
      const member = findMemberByInitials(board, filter.initials);
      actions = all.filter((a) =>
        a.owners.some(
          (o) =>
            o.initials.toUpperCase() === filter.initials ||
            (member !== undefined && o.kind === 'member' && o.memberId === member.id),
        ),
      );
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
      actions = all.filter((a) => a.meetingId === meeting.id);
      title = `Actions from ${meeting.title} (${meeting.date})`;
      break;
    }
  }
  return { actions, title, today, ...(next !== undefined && { nextMeeting: next }) };
};
