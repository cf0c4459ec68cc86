import type {
  IdGenerator,
  Repositories,
  RetentionStore,
  SendRateLimiter,
} from '../services/ports.js';
import { CosmosSendRateLimiter } from './cosmos-send-rate-limiter.js';
import type { CosmosPlugins, CosmosSettings } from './create-cosmos-client.js';
import { createCosmosClient, MAX_THROTTLE_WAIT_SECONDS } from './create-cosmos-client.js';
import { createCosmosDeps } from './create-cosmos-deps.js';

export type CosmosStorageSettings = Omit<CosmosSettings, 'maxThrottleWaitSeconds' | 'plugins'> & {
  database: string;
  /** Proactive sends per tenant per second, across every instance. */
  sendRatePerTenant: number;
};

/** Everything the app keeps in Cosmos, over one client. */
export type CosmosStorage = {
  repositories: Repositories;
  retention: RetentionStore;
  rateLimiter: SendRateLimiter;
  /** Cheap reachability check for /healthz. */
  ping: () => Promise<boolean>;
  /** Writes the query keys onto actions stored before they had them; how many. */
  addActionQueryKeys: () => Promise<number>;
  close: () => void;
};

/**
 * The app's storage: one client with production's request timeout and 429 ceiling, the schema
 * ensured, the repositories, the retention store and the send-rate limiter over it.
 */
export const openCosmosStorage = async (
  settings: CosmosStorageSettings,
  ids: IdGenerator,
  plugins?: CosmosPlugins,
): Promise<CosmosStorage> => {
  const client = createCosmosClient({
    endpoint: settings.endpoint,
    ...(settings.key !== undefined && { key: settings.key }),
    ...(settings.managedIdentityClientId !== undefined && {
      managedIdentityClientId: settings.managedIdentityClientId,
    }),
    requestTimeoutMs: settings.requestTimeoutMs,
    maxThrottleWaitSeconds: MAX_THROTTLE_WAIT_SECONDS,
    ...(plugins !== undefined && { plugins }),
  });
  const { retention, remindersContainer, ping, addActionQueryKeys, ...repositories } =
    await createCosmosDeps(client, settings.database, ids);
  return {
    repositories,
    retention,
    rateLimiter: new CosmosSendRateLimiter(remindersContainer, settings.sendRatePerTenant),
    ping,
    addActionQueryKeys,
    close: () => client.dispose(),
  };
};
