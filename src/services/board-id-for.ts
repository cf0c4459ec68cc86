import { createHash } from 'node:crypto';
import type { BoardId, TenantId } from '../domain/ids.js';
import { boardId } from '../domain/ids.js';

/**
 * A board's id is derived from the conversation it was set up in, so two people running `setup`
 * at once create one board (the second create meets a 409), never two.
 */
export const boardIdFor = (tenant: TenantId, conversationId: string): BoardId =>
  boardId(
    `b-${createHash('sha256').update(`${tenant}\n${conversationId}`).digest('hex').slice(0, 24)}`,
  );
