import type { Action } from '../domain/action.js';
import { ownsAction } from '../domain/action.js';
import type { Board } from '../domain/board.js';
import { findMemberByAad } from '../domain/board.js';
import { audienceOf, disclosureView } from '../domain/disclosure.js';
import type { BoardId, TenantId } from '../domain/ids.js';
import { todayIn } from '../domain/parse-when.js';
import type { Actor, Deps } from './ports.js';

/** More than the action log card lists (40): it says how many more there are. */
export const MY_ACTIONS_LIMIT = 50;

export type MyActions = {
  /** Open or ongoing actions the person owns, earliest due first (undated last). */
  actions: { board: Board; action: Action }[];
  /** The earliest "today" of the boards' time zones: nothing is called overdue too soon. */
  today: string;
};

const byTenant = (boards: readonly Board[]): Map<TenantId, Board[]> => {
  const groups = new Map<TenantId, Board[]>();
  for (const board of boards)
    groups.set(board.tenantId, [...(groups.get(board.tenantId) ?? []), board]);
  return groups;
};

/**
 * `actions mine` in a personal chat: the person's open actions on every board they belong to, in
 * one query across those boards (one per tenant: a guest's boards can sit in another organisation's
 * tenant), whatever the number of boards. Read privately, so each board's disclosure rule for that
 * person applies (a member reads their actions in full).
 */
export const listMyActions = async (
  deps: Pick<Deps, 'crossBoard' | 'clock'>,
  input: { boards: readonly Board[]; actor: Actor },
): Promise<MyActions> => {
  const aad = input.actor.aadObjectId;
  const boardOf = new Map<BoardId, Board>(input.boards.map((b) => [b.id, b]));
  const found = await Promise.all(
    [...byTenant(input.boards)].map(([tenantId, boards]) =>
      deps.crossBoard.findActions({
        tenantId,
        boardIds: boards.map((b) => b.id),
        filter: {
          statuses: ['open', 'ongoing'],
          owner: {
            aadObjectId: aad,
            members: boards.flatMap((b) => {
              const me = findMemberByAad(b, aad);
              return me === undefined ? [] : [{ boardId: b.id, memberId: me.id }];
            }),
          },
        },
        limit: MY_ACTIONS_LIMIT,
        order: 'oldest',
      }),
    ),
  );
  const now = deps.clock.now();
  const actions = found.flat().flatMap((stored) => {
    const board = boardOf.get(stored.boardId);
    if (board === undefined || !ownsAction(stored, findMemberByAad(board, aad), aad)) return [];
    const audience = audienceOf(board, { inPersonalChat: true, aadObjectId: aad });
    /**
     * A member reads everything. Anyone else (never expected here: the boards were found by their
     * membership) would need the meetings to know whether an action follows a confidential item:
     * without them it is taken to, and redacted.
     */
    const judged =
      audience.kind === 'member'
        ? stored
        : { ...stored, confidential: stored.confidential ?? stored.itemId !== undefined };
    return [{ board, action: disclosureView(audience, board.rules).action(judged) }];
  });
  actions.sort(
    (a, b) =>
      (a.action.due ?? '9999').localeCompare(b.action.due ?? '9999') ||
      a.board.name.localeCompare(b.board.name) ||
      a.action.number - b.action.number,
  );
  const todays = input.boards.map((b) => todayIn(now, b.rules.timeZone)).sort();
  return { actions, today: todays[0] ?? todayIn(now, 'Europe/London') };
};
