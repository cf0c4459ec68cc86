import type { ContainerDefinition, CosmosClient, Database } from '@azure/cosmos';

export const CONTAINERS = {
  boards: 'boards',
  meetings: 'meetings',
  actions: 'actions',
  reminders: 'reminders',
  conversations: 'conversations',
  audit: 'audit',
} as const;

export type ContainerName = keyof typeof CONTAINERS;

/** Partition keys and indexing (DESIGN.md §2). Composite indexes back every two-field ORDER BY. */
export const CONTAINER_DEFINITIONS: Record<ContainerName, ContainerDefinition> = {
  boards: { id: CONTAINERS.boards, partitionKey: { paths: ['/tenantId'] } },
  meetings: {
    id: CONTAINERS.meetings,
    partitionKey: { paths: ['/boardId'] },
    indexingPolicy: {
      compositeIndexes: [
        [
          { path: '/type', order: 'ascending' },
          { path: '/startsAt', order: 'ascending' },
        ],
      ],
    },
  },
  actions: {
    id: CONTAINERS.actions,
    partitionKey: { paths: ['/boardId'] },
    indexingPolicy: {
      compositeIndexes: [
        [
          { path: '/type', order: 'ascending' },
          { path: '/number', order: 'ascending' },
        ],
      ],
    },
  },
  reminders: { id: CONTAINERS.reminders, partitionKey: { paths: ['/dueDay'] } },
  conversations: { id: CONTAINERS.conversations, partitionKey: { paths: ['/tenantId'] } },
  audit: { id: CONTAINERS.audit, partitionKey: { paths: ['/boardId'] } },
};

/** Creates the database and containers if missing; safe to run on every start. */
export const ensureSchema = async (client: CosmosClient, databaseId: string): Promise<Database> => {
  const { database } = await client.databases.createIfNotExists({ id: databaseId });
  for (const definition of Object.values(CONTAINER_DEFINITIONS)) {
    await database.containers.createIfNotExists(definition);
  }
  return database;
};
