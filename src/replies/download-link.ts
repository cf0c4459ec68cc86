import type { Board } from '../domain/board.js';
import type { DownloadGrant } from '../services/download-links.js';
import { signDownload } from '../services/download-links.js';
import type { ReplyContext } from './reply-context.js';

/**
 * The one way to build a download link: a signed, expiring grant for a file of this board, made
 * for one person (checked again against the board when it is opened).
 */
export const downloadLink = (
  bot: ReplyContext,
  board: Board,
  grant: Omit<DownloadGrant, 'expires' | 'tenantId' | 'boardId'>,
): string =>
  `${bot.links.baseUrl}/files/${signDownload(
    { ...grant, tenantId: board.tenantId, boardId: board.id },
    bot.links.secret,
    bot.deps.clock.now(),
  )}`;
