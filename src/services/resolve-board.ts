import type { Board, ConversationKind } from '../domain/board.js';
import type { TenantId } from '../domain/ids.js';
import type { Deps } from './ports.js';

export type BoardResolution =
  { kind: 'board'; board: Board } | { kind: 'none' } | { kind: 'choose'; boards: Board[] };

/**
 * Which board a message is about: in a channel or group chat, the board set up there; in a
 * personal chat, the board the person belongs to (or a choice when there are several).
 */
export const resolveBoard = async (
  deps: Pick<Deps, 'boards'>,
  input: {
    tenantId: TenantId;
    conversationId: string;
    kind: ConversationKind;
    actorAadObjectId: string;
  },
): Promise<BoardResolution> => {
  const bound = await deps.boards.findByConversation(input.tenantId, input.conversationId);
  if (bound !== undefined) return { kind: 'board', board: bound };
  if (input.kind !== 'personal') return { kind: 'none' };
  const boards = await deps.boards.listForMember(input.tenantId, input.actorAadObjectId);
  const [only] = boards;
  if (boards.length === 1 && only !== undefined) return { kind: 'board', board: only };
  return boards.length === 0 ? { kind: 'none' } : { kind: 'choose', boards };
};
