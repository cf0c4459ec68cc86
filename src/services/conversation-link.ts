import type { BoardId, TenantId } from '../domain/ids.js';

/**
 * A conversation bound to a board set up in another one (`meeting link` in a Teams meeting chat):
 * from then on `BoardRepository.findByConversation` answers that board there. Linking it to the
 * same board again is `already`; a conversation with its own board, or linked to another, is
 * `taken` and nothing changes.
 */
export type ConversationLink = {
  tenantId: TenantId;
  conversationId: string;
  boardId: BoardId;
  linkedAt: string;
  /** Entra object id of who linked it (the organiser, when a meeting start linked it). */
  linkedBy: string;
};

export type LinkOutcome = { kind: 'linked' | 'already' } | { kind: 'taken'; boardId: BoardId };
