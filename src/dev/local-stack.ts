import { join } from 'node:path';
import type { CosmosClient } from '@azure/cosmos';
import { startApp } from '../app.js';
import type { RunningApp } from '../app.js';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import { createCosmosClient } from '../storage/create-cosmos-client.js';
import { ensureSchema } from '../storage/cosmos-schema.js';
import type { SaveStats } from './local-snapshot.js';
import { LocalSnapshot } from './local-snapshot.js';
import { watchDocumentWrites } from './cosmos-write-log.js';
import type { EmbeddedCosmos } from './embedded-cosmos.js';
import { startEmbeddedCosmos } from './embedded-cosmos.js';

export type LocalStack = {
  app: RunningApp;
  cosmos: EmbeddedCosmos;
  client: CosmosClient;
  /** Saves what changed in the embedded database to the data folder now. */
  save: () => Promise<SaveStats>;
  stop: () => Promise<void>;
};

const SAVE_EVERY_MS = 30_000;

/**
 * Embedded Cosmos (restored from `<dataDir>/cosmos.json` and its journal) plus the bot. What
 * changed is saved every 30 s and on stop (local-snapshot.ts), so a restart of `npm run dev` loses
 * nothing and a large store does not stall it; on stop the file is rewritten whole.
 */
export const startLocalStack = async (config: Config, log: Logger): Promise<LocalStack> => {
  const cosmos = await startEmbeddedCosmos(config.local.cosmosPort);
  const writes = watchDocumentWrites(cosmos.server);
  const file = join(config.local.dataDir, 'cosmos.json');
  const client = createCosmosClient({
    endpoint: cosmos.endpoint,
    key: cosmos.key,
    requestTimeoutMs: 10_000,
    maxThrottleWaitSeconds: 3,
  });
  await ensureSchema(client, config.cosmos.database);
  const snapshot = await LocalSnapshot.open(client, config.cosmos.database, file, writes);
  log.info('cosmos.restored', { documents: snapshot.size });
  const app = await startApp({
    config: { ...config, cosmos: { ...config.cosmos, endpoint: cosmos.endpoint, key: cosmos.key } },
    log,
  });
  let saving: Promise<unknown> = Promise.resolve();
  /** One save at a time, each after the one before, whether that one worked or not. */
  const save = (options: { compact?: boolean } = {}): Promise<SaveStats> => {
    const next = saving.then(
      () => snapshot.save(options),
      () => snapshot.save(options),
    );
    saving = next;
    return next;
  };
  const timer = setInterval(() => {
    save().catch(() => log.warn('cosmos.save_failed'));
  }, SAVE_EVERY_MS);
  timer.unref();
  return {
    app,
    cosmos,
    client,
    save: () => save(),
    stop: async () => {
      clearInterval(timer);
      await app.close();
      const saved = await save({ compact: true });
      log.info('cosmos.saved', {
        documents: saved.documents,
        changed: saved.written + saved.removed,
      });
      client.dispose();
      await cosmos.close();
    },
  };
};
