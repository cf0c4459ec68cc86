import type { PluginConfig } from '@azure/cosmos';
import type { TokenCredential } from '@azure/identity';
import { CosmosClient } from '@azure/cosmos';
import { DefaultAzureCredential } from '@azure/identity';
import { skipPartitionQueryPlan } from './skip-partition-query-plan.js';

export type CosmosSettings = {
  endpoint: string;
  /** Account key; absent in production with managed identity (keyless). */
  key?: string;
  /** Managed identity client id for keyless access. */
  managedIdentityClientId?: string;
  /** Milliseconds per request: Teams waits about 5 s for an invoke, so keep it well under. */
  requestTimeoutMs: number;
  /** Ceiling on time spent waiting out 429s per operation. */
  maxThrottleWaitSeconds: number;
  /** Tests only: request plugins that delay or fail Cosmos calls (fault injection). */
  plugins?: CosmosPlugins;
};

/** At most this long waiting out 429s per operation, so a turn gives up inside the invoke budget. */
export const MAX_THROTTLE_WAIT_SECONDS = 2;

/** The SDK's request plugins (tests and benchmarks count, slow or fail requests with them). */
export type CosmosPlugins = PluginConfig[];

/**
 * The one Cosmos client factory. Queries that name their partition go without the SDK's
 * query-plan request (skip-partition-query-plan.ts). Endpoint discovery is off because the embedded server advertises
 * https locations it does not serve; Azure Cosmos with a single write region needs none either.
 */
export const createCosmosClient = (settings: CosmosSettings): CosmosClient => {
  const credentials: { key: string } | { aadCredentials: TokenCredential } =
    settings.key !== undefined
      ? { key: settings.key }
      : {
          aadCredentials: new DefaultAzureCredential(
            settings.managedIdentityClientId === undefined
              ? {}
              : { managedIdentityClientId: settings.managedIdentityClientId },
          ),
        };
  return new CosmosClient({
    endpoint: settings.endpoint,
    ...credentials,
    /** The plan skip first, so a plugin that counts requests counts only those sent. */
    ...{ plugins: [skipPartitionQueryPlan, ...(settings.plugins ?? [])] },
    connectionPolicy: {
      enableEndpointDiscovery: false,
      requestTimeout: settings.requestTimeoutMs,
      retryOptions: {
        /** A 429 is retried at most twice within the wait ceiling, so a turn fails fast instead. */
        maxRetryAttemptCount: 2,
        fixedRetryIntervalInMilliseconds: 0,
        maxWaitTimeInSeconds: settings.maxThrottleWaitSeconds,
      },
    },
  });
};
