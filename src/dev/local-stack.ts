import { join } from 'node:path';
import type { CosmosClient } from '@azure/cosmos';
import { startApp } from '../app.js';
import type { RunningApp } from '../app.js';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import { createCosmosClient } from '../storage/create-cosmos-client.js';
import { ensureSchema } from '../storage/cosmos-schema.js';
import { restoreSnapshot, saveSnapshot } from './cosmos-snapshot.js';
import type { EmbeddedCosmos } from './embedded-cosmos.js';
import { startEmbeddedCosmos } from './embedded-cosmos.js';

export type LocalStack = {
  app: RunningApp;
  cosmos: EmbeddedCosmos;
  client: CosmosClient;
  /** Saves the embedded database to the data folder now. */
  save: () => Promise<number>;
  stop: () => Promise<void>;
};

const SAVE_EVERY_MS = 30_000;

/**
 * Embedded Cosmos (restored from `<dataDir>/cosmos.json`) plus the bot, saved every 30 s and on
 * stop, so a restart of `npm run dev` loses nothing.
 */
export const startLocalStack = async (config: Config, log: Logger): Promise<LocalStack> => {
  const cosmos = await startEmbeddedCosmos(config.local.cosmosPort);
  const file = join(config.local.dataDir, 'cosmos.json');
  const client = createCosmosClient({
    endpoint: cosmos.endpoint,
    key: cosmos.key,
    requestTimeoutMs: 10_000,
    maxThrottleWaitSeconds: 3,
  });
  await ensureSchema(client, config.cosmos.database);
  const restored = await restoreSnapshot(client, config.cosmos.database, file);
  log.info('cosmos.restored', { documents: restored });
  const app = await startApp({
    config: { ...config, cosmos: { ...config.cosmos, endpoint: cosmos.endpoint, key: cosmos.key } },
    log,
  });
  let saving: Promise<number> = Promise.resolve(0);
  const save = (): Promise<number> => {
    saving = saving.then(
      () => saveSnapshot(client, config.cosmos.database, file),
      () => saveSnapshot(client, config.cosmos.database, file),
    );
    return saving;
  };
  const timer = setInterval(() => {
    save().catch(() => log.warn('cosmos.save_failed'));
  }, SAVE_EVERY_MS);
  timer.unref();
  return {
    app,
    cosmos,
    client,
    save,
    stop: async () => {
      clearInterval(timer);
      await app.close();
      const saved = await save();
      log.info('cosmos.saved', { documents: saved });
      client.dispose();
      await cosmos.close();
    },
  };
};
