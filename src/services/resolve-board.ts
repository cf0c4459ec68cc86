import type { Board, ConversationKind } from '../domain/board.js';
import { findMemberByAad } from '../domain/board.js';
import type { TenantId } from '../domain/ids.js';
import { boardId } from '../domain/ids.js';
import { boardIdFor } from './board-id-for.js';
import type { Deps } from './ports.js';

export type BoardResolution =
  { kind: 'board'; board: Board } | { kind: 'none' } | { kind: 'choose'; boards: Board[] };

/**
 * Remembers on the member that they sign in through another tenant (shared channel, external
 * access): reminders then look for their personal chat there too, and `members` says why Teams
 * may not let Quorate message them first. Written once, when it changes.
 */
const noteHomeTenant = async (
  deps: Pick<Deps, 'boards'>,
  board: Board,
  aadObjectId: string,
  homeTenantId: TenantId,
): Promise<Board> => {
  const member = findMemberByAad(board, aadObjectId);
  if (member === undefined) return board;
  if (member.reach?.account === 'external' && member.reach.homeTenantId === homeTenantId)
    return board;
  return deps.boards.update(board.tenantId, board.id, (b) => ({
    ...b,
    members: b.members.map((m) =>
      m.id === member.id ? { ...m, reach: { ...m.reach, account: 'external', homeTenantId } } : m,
    ),
  }));
};

/**
 * Which board a message is about: in a channel or group chat, the board set up there; in a
 * personal chat, the board the person belongs to (or a choice when there are several).
 *
 * A board belongs to its host tenant, but a guest from another organisation can write from their
 * own tenant (a shared channel, or signed in through their home tenant): the activity's tenant
 * then has no board for them. Only then, boards of other tenants that hold the sender's Entra id
 * as a guest member are looked at — never a board the sender is not a guest member of.
 */
/** A delegate of one of the board's agencies who is not a member (the forecast card asks them). */
const isDelegate = (board: Board, aadObjectId: string): boolean =>
  (board.delegates ?? []).some((d) => d.aadObjectId?.toLowerCase() === aadObjectId.toLowerCase());

/**
 * The board a clicked card names, if the clicker may act on it there: it is read in the activity's
 * tenant (never one the card names), and it is this conversation's board or the clicker is one of
 * its members (or its delegates, whom the quorum forecast asks to attend): what a search of the
 * clicker's boards would have allowed. One point read.
 */
const claimedBoard = async (
  deps: Pick<Deps, 'boards'>,
  input: { tenantId: TenantId; conversationId: string; actorAadObjectId: string },
  claimedBoardId: string,
): Promise<Board | undefined> => {
  const board = await deps.boards.findById(input.tenantId, boardId(claimedBoardId));
  if (board === undefined || board.tenantId !== input.tenantId) return undefined;
  return board.conversation.id === input.conversationId ||
    findMemberByAad(board, input.actorAadObjectId) !== undefined ||
    isDelegate(board, input.actorAadObjectId)
    ? board
    : undefined;
};

/**
 * `claimedBoardId` is the board id a clicked card carries (cards/verbs.ts `CardBoardData`): card
 * data, so only a hint. When that board exists in the activity's tenant and the clicker may use it
 * there, it is the turn's board, found by one point read whatever the chat and however many boards
 * the clicker is on; otherwise (a card posted before cards carried it, a board of another tenant,
 * a board the clicker is not on) the board is found as for any message, so the answer is the one
 * the click would have had without it.
 */
export const resolveBoard = async (
  deps: Pick<Deps, 'boards'>,
  input: {
    tenantId: TenantId;
    conversationId: string;
    kind: ConversationKind;
    actorAadObjectId: string;
    claimedBoardId?: string;
  },
): Promise<BoardResolution> => {
  /** This conversation's own board is the next read anyway: no second read of the same id. */
  if (
    input.claimedBoardId !== undefined &&
    input.claimedBoardId !== boardIdFor(input.tenantId, input.conversationId)
  ) {
    const claimed = await claimedBoard(deps, input, input.claimedBoardId);
    if (claimed !== undefined) return { kind: 'board', board: claimed };
  }
  const bound = await deps.boards.findByConversation(input.tenantId, input.conversationId);
  if (bound !== undefined) return { kind: 'board', board: bound };
  /**
   * Only members Quorate knows to come from elsewhere (a guest in the roster, or seen before from
   * another tenant) may: a home account of the board's tenant writing from another tenant is not
   * something Teams does, so it finds no board.
   */
  const elsewhere = async (conversationId?: string): Promise<Board[]> =>
    (await deps.boards.listForMemberInAnyTenant(input.actorAadObjectId, conversationId)).filter(
      (b) => {
        const account = findMemberByAad(b, input.actorAadObjectId)?.reach?.account;
        return b.tenantId !== input.tenantId && (account === 'guest' || account === 'external');
      },
    );
  if (input.kind !== 'personal') {
    const [shared] = await elsewhere(input.conversationId);
    return shared === undefined
      ? { kind: 'none' }
      : {
          kind: 'board',
          board: await noteHomeTenant(deps, shared, input.actorAadObjectId, input.tenantId),
        };
  }
  let boards = await deps.boards.listForMember(input.tenantId, input.actorAadObjectId);
  if (boards.length === 0) boards = await elsewhere();
  const [only] = boards;
  if (boards.length === 1 && only !== undefined)
    return {
      kind: 'board',
      board:
        only.tenantId === input.tenantId
          ? only
          : await noteHomeTenant(deps, only, input.actorAadObjectId, input.tenantId),
    };
  return boards.length === 0 ? { kind: 'none' } : { kind: 'choose', boards };
};
