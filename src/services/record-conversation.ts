import type { ConversationRecord, Deps } from './ports.js';

const REFRESH_AFTER_MS = 6 * 60 * 60 * 1000;

/**
 * Keeps the conversation reference fresh for proactive messages. Every inbound activity calls it;
 * a record that is recent and unchanged is not written again, to spare Cosmos a write per turn.
 */
export const recordConversation = async (
  deps: Pick<Deps, 'conversations' | 'clock'>,
  record: Omit<ConversationRecord, 'updatedAt'>,
  recent: Map<string, { serviceUrl: string; at: number }>,
): Promise<void> => {
  const now = deps.clock.now().getTime();
  const key = `${record.tenantId}|${record.conversationId}|${record.userAadObjectId ?? ''}`;
  const seen = recent.get(key);
  if (
    seen !== undefined &&
    seen.serviceUrl === record.serviceUrl &&
    now - seen.at < REFRESH_AFTER_MS
  )
    return;
  await deps.conversations.save({ ...record, updatedAt: new Date(now).toISOString() });
  recent.set(key, { serviceUrl: record.serviceUrl, at: now });
};
