import type { Board } from '../domain/board.js';
import { tenantId } from '../domain/ids.js';
import type { PersonalReachResult } from '../domain/reachability.js';
import { personalReachOf } from '../domain/reachability.js';
import type { Deps } from './ports.js';

/**
 * For each member (by id): can Quorate message them in a personal chat, and if not, why — from
 * the personal chats it holds (in the board's tenant, or the member's own for people who sign in
 * through another organisation) and from what Teams last answered. One point read per member.
 */
export const findMemberReach = async (
  deps: Pick<Deps, 'conversations'>,
  board: Board,
): Promise<Map<string, PersonalReachResult>> => {
  const entries = await Promise.all(
    board.members.map(async (member) => {
      const aad = member.aadObjectId;
      const home = member.reach?.homeTenantId;
      const chat =
        aad === undefined
          ? undefined
          : ((await deps.conversations.findPersonal(board.tenantId, aad)) ??
            (home === undefined
              ? undefined
              : await deps.conversations.findPersonal(tenantId(home), aad)));
      return [member.id, personalReachOf(member, chat !== undefined)] as const;
    }),
  );
  return new Map(entries);
};
