import type { PluginConfig } from '@azure/cosmos';

const QUERY_PLAN_HEADER = 'x-ms-cosmos-is-query-plan-request';

/**
 * Saves one round trip per query that names its partition.
 *
 * The SDK (4.9 and 4.10 alike, queryIterator.js) sends a query-plan request before every item
 * query, to Azure as much as to the embedded server, but only uses the plan when the gateway
 * refuses to run the query as sent, which it does for cross-partition queries only. A query with a
 * partition key runs whole on that partition (filters, ORDER BY, TOP, aggregates), so its plan is
 * never read. This request plugin answers that plan request without sending it; cross-partition
 * queries still get theirs. Should the gateway ever refuse a single-partition query, the SDK would
 * fall back to the plan and meet this error instead of a silently wrong result.
 */
export const skipPartitionQueryPlan: PluginConfig = {
  on: 'request',
  plugin: (context, _diagnosticNode, next) => {
    const isPlan = String(context.headers?.[QUERY_PLAN_HEADER] ?? '').toLowerCase() === 'true';
    const partitionKey = (context.options as { partitionKey?: unknown } | undefined)?.partitionKey;
    if (isPlan && partitionKey !== undefined)
      return Promise.reject(
        new Error('query plan not fetched: this query names its partition and runs as sent'),
      );
    return next(context);
  },
};
