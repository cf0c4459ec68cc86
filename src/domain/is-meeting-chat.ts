import type { ConversationKind } from './board.js';

/**
 * A Teams meeting's chat: its people are the meeting's invitees (guests and presenters as well as
 * members). Known from the activity's meeting id, or from the chat's id, which Teams gives
 * `19:meeting_…` (card clicks do not always carry the meeting).
 */
export const isMeetingChat = (kind: ConversationKind, conversationId: string): boolean =>
  kind === 'meeting' || conversationId.startsWith('19:meeting_');
