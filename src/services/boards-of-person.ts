import type { Board } from '../domain/board.js';
import type { TenantId } from '../domain/ids.js';
import type { Deps } from './ports.js';

/**
 * The boards a person may work on from here: the conversation's board first (when there is one),
 * then the other boards they belong to in this tenant.
 */
export const boardsOfPerson = async (
  deps: Pick<Deps, 'boards'>,
  input: { tenantId: TenantId; aadObjectId: string; current?: Board },
): Promise<Board[]> => {
  const mine = await deps.boards.listForMember(input.tenantId, input.aadObjectId);
  const current = input.current;
  return current === undefined ? mine : [current, ...mine.filter((b) => b.id !== current.id)];
};
