import type { Container, CosmosClient } from '@azure/cosmos';
import type { IdGenerator, Repositories, RetentionStore } from '../services/ports.js';
import { addActionQueryKeys } from './add-action-query-keys.js';
import { CosmosApprovedMinutesStore } from './cosmos-approved-minutes-store.js';
import { CosmosActionRepository } from './cosmos-action-repository.js';
import { CosmosAuditLog } from './cosmos-audit-log.js';
import { CosmosBoardRepository } from './cosmos-board-repository.js';
import { CosmosConversationStore } from './cosmos-conversation-store.js';
import { CosmosCrossBoardReader } from './cosmos-cross-board-reader.js';
import { CosmosMeetingRepository } from './cosmos-meeting-repository.js';
import { CosmosReminderRepository } from './cosmos-reminder-repository.js';
import { CosmosRetentionStore } from './cosmos-retention-store.js';
import { CONTAINERS, ensureSchema } from './cosmos-schema.js';

export type CosmosDeps = Repositories & {
  retention: RetentionStore;
  /** The reminders container, which also holds the send-rate counters. */
  remindersContainer: Container;
  /** Cheap reachability check for /healthz. */
  ping: () => Promise<boolean>;
  /** Writes the query keys onto actions stored before they had them; how many. */
  addActionQueryKeys: () => Promise<number>;
};

/** Ensures the schema, then builds the repositories over one client. */
export const createCosmosDeps = async (
  client: CosmosClient,
  databaseId: string,
  ids: IdGenerator,
): Promise<CosmosDeps> => {
  const database = await ensureSchema(client, databaseId);
  const reminders = new CosmosReminderRepository(database.container(CONTAINERS.reminders));
  await reminders.warm();
  return {
    boards: new CosmosBoardRepository(database.container(CONTAINERS.boards)),
    meetings: new CosmosMeetingRepository(database.container(CONTAINERS.meetings)),
    actions: new CosmosActionRepository(database.container(CONTAINERS.actions)),
    conversations: new CosmosConversationStore(database.container(CONTAINERS.conversations)),
    audit: new CosmosAuditLog(
      database.container(CONTAINERS.actions),
      ids,
      database.container(CONTAINERS.audit),
    ),
    reminders,
    crossBoard: new CosmosCrossBoardReader({
      actions: database.container(CONTAINERS.actions),
      meetings: database.container(CONTAINERS.meetings),
    }),
    approvedMinutes: new CosmosApprovedMinutesStore(database.container(CONTAINERS.meetings)),
    retention: new CosmosRetentionStore({
      boards: database.container(CONTAINERS.boards),
      meetings: database.container(CONTAINERS.meetings),
      actions: database.container(CONTAINERS.actions),
      audit: database.container(CONTAINERS.audit),
    }),
    remindersContainer: database.container(CONTAINERS.reminders),
    addActionQueryKeys: () => addActionQueryKeys(database.container(CONTAINERS.actions)),
    ping: async () => {
      try {
        await database.read();
        return true;
      } catch {
        return false;
      }
    },
  };
};
