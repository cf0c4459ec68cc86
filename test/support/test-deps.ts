import { randomUUID } from 'node:crypto';
import type { CosmosClient, Database, PluginConfig } from '@azure/cosmos';
import { DEFAULT_COSMOS_REQUEST_TIMEOUT_MS } from '../../src/config.js';
import { inject } from 'vitest';
import type { Clock, Deps, IdGenerator, RetentionStore } from '../../src/services/ports.js';
import type { CosmosSettings } from '../../src/storage/create-cosmos-client.js';
import {
  createCosmosClient,
  MAX_THROTTLE_WAIT_SECONDS,
} from '../../src/storage/create-cosmos-client.js';
import { createCosmosDeps } from '../../src/storage/create-cosmos-deps.js';
import { ensureSchema } from '../../src/storage/cosmos-schema.js';

export class FakeClock implements Clock {
  constructor(private current: Date = new Date('2026-11-23T09:00:00Z')) {}
  now(): Date {
    return new Date(this.current);
  }
  set(iso: string): void {
    this.current = new Date(iso);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export const sequentialIds = (prefix = 'id'): IdGenerator => {
  let n = 0;
  return { next: () => `${prefix}-${(n += 1)}-${randomUUID().slice(0, 8)}` };
};

export const testCosmosClient = (settings: Partial<CosmosSettings> = {}): CosmosClient =>
  createCosmosClient({
    endpoint: inject('cosmosEndpoint'),
    key: inject('cosmosKey'),
    requestTimeoutMs: 10_000,
    maxThrottleWaitSeconds: 3,
    ...settings,
  });

export const uniqueDatabaseName = (): string => `test-${randomUUID().slice(0, 12)}`;

export type TestDeps = Deps & {
  clock: FakeClock;
  retention: RetentionStore;
  client: CosmosClient;
  database: Database;
  databaseId: string;
};

/** Real repositories over the embedded Cosmos server, in a database of this test's own. */
export const createTestDeps = async (settings: Partial<CosmosSettings> = {}): Promise<TestDeps> => {
  const client = testCosmosClient(settings);
  const databaseId = uniqueDatabaseName();
  const ids = sequentialIds();
  const cosmos = await createCosmosDeps(client, databaseId, ids);
  const database = await ensureSchema(client, databaseId);
  return {
    boards: cosmos.boards,
    meetings: cosmos.meetings,
    actions: cosmos.actions,
    conversations: cosmos.conversations,
    audit: cosmos.audit,
    reminders: cosmos.reminders,
    crossBoard: cosmos.crossBoard,
    approvedMinutes: cosmos.approvedMinutes,
    retention: cosmos.retention,
    clock: new FakeClock(),
    ids,
    client,
    database,
    databaseId,
  };
};

/** Test deps with production's Cosmos settings (request timeout, 429 waits) and a fault plugin. */
export const createFaultyDeps = (faults: { plugin: PluginConfig }): Promise<TestDeps> =>
  createTestDeps({
    requestTimeoutMs: DEFAULT_COSMOS_REQUEST_TIMEOUT_MS,
    maxThrottleWaitSeconds: MAX_THROTTLE_WAIT_SECONDS,
    plugins: [faults.plugin],
  });
