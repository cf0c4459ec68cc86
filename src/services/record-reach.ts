import type { Board, UnreachablePerson } from '../domain/board.js';
import { findMemberByAad } from '../domain/board.js';
import { noteDelivery } from '../domain/reachability.js';
import type { Delivery } from '../domain/reminder.js';
import type { ReminderDeps } from './ports.js';

/** Who one reminder missed and reached, and each member's new delivery. */
export type ReachOutcome = {
  missed: UnreachablePerson[];
  /** Entra ids (lower case) reached in their personal chat. */
  reached: string[];
  delivered: { aadObjectId: string; delivery: Delivery }[];
};

/**
 * Keeps the board's "could not reach" list (adds who was missed, drops who was reached) and each
 * member's reach (last reached, by which route; why their personal chat failed). One conditional
 * write, only when something changed; the written board, or undefined when nothing was written.
 */
export const recordReach = async (
  deps: ReminderDeps,
  board: Board,
  { missed, reached, delivered }: ReachOutcome,
): Promise<Board | undefined> => {
  const known = board.unreachable ?? [];
  const reachOf = (b: Board) =>
    new Map(
      delivered.flatMap(({ aadObjectId, delivery }) => {
        const member = findMemberByAad(b, aadObjectId);
        const next = member === undefined ? undefined : noteDelivery(member.reach, delivery);
        return member === undefined || next === undefined ? [] : [[member.id, next] as const];
      }),
    );
  const needed =
    missed.some((m) => !known.some((k) => k.key === m.key && k.reason === m.reason)) ||
    reached.some((key) => known.some((k) => k.key === key)) ||
    reachOf(board).size > 0;
  if (!needed) return undefined;
  return deps.boards.update(board.tenantId, board.id, (b) => {
    const listed = b.unreachable ?? [];
    const reach = reachOf(b);
    /** The sweep's copy of the board may be stale: another write may already have done this. */
    if (
      reach.size === 0 &&
      missed.every((m) => listed.some((k) => k.key === m.key && k.reason === m.reason)) &&
      !reached.some((key) => listed.some((k) => k.key === key))
    )
      return b;
    const current = listed.filter(
      (k) => !reached.includes(k.key) && !missed.some((m) => m.key === k.key),
    );
    return {
      ...b,
      members: b.members.map((m) => {
        const next = reach.get(m.id);
        return next === undefined ? m : { ...m, reach: next };
      }),
      unreachable: [...missed, ...current].slice(0, 100),
    };
  });
};
