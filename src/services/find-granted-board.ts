import type { Board } from '../domain/board.js';
import { findMemberByAad } from '../domain/board.js';
import type { DownloadGrant } from './download-links.js';
import type { Deps } from './ports.js';

/**
 * The board a download grant is for, while its holder is still a member: a link handed out to
 * someone who has since left the board no longer opens.
 */
export const findGrantedBoard = async (
  deps: Pick<Deps, 'boards'>,
  grant: DownloadGrant,
): Promise<Board | undefined> => {
  const board = await deps.boards.findById(grant.tenantId, grant.boardId);
  return board === undefined || findMemberByAad(board, grant.aadObjectId) === undefined
    ? undefined
    : board;
};
