import type { PluginConfig } from '@azure/cosmos';

/**
 * Counts the Cosmos requests a client sends, by kind ("query actions", "read boards", "create
 * audit"): give `plugin` to createTestDeps, run the operation between `reset()` and `kinds()`.
 * It sits after the query-plan skip, so it counts what reaches the server.
 */
export type RequestCounter = {
  plugin: PluginConfig;
  reset(): void;
  total(): number;
  kinds(): Record<string, number>;
  /** Documents the server sent back: those a query returned, plus one per point read. */
  documents(): number;
};

export const countRequests = (): RequestCounter => {
  const seen = new Map<string, number>();
  let documents = 0;
  return {
    plugin: {
      on: 'request',
      plugin: async (context, _node, next) => {
        const container = /\/colls\/([^/]+)/.exec(context.path ?? '')?.[1];
        const isPlan = String(context.headers?.['x-ms-cosmos-is-query-plan-request'] ?? '');
        const operation = isPlan.toLowerCase() === 'true' ? 'plan' : String(context.operationType);
        const resource = String(context.resourceType) === 'docs' ? '' : ` ${context.resourceType}`;
        const kind = `${operation}${resource} ${container ?? ''}`.trim();
        seen.set(kind, (seen.get(kind) ?? 0) + 1);
        const response = await next(context);
        const body = response.result as { Documents?: unknown } | undefined;
        if (Array.isArray(body?.Documents)) documents += body.Documents.length;
        else if (operation === 'read' && resource === '' && body !== undefined) documents += 1;
        return response;
      },
    },
    reset: () => {
      seen.clear();
      documents = 0;
    },
    documents: () => documents,
    total: () => [...seen.values()].reduce((sum, n) => sum + n, 0),
    kinds: () => Object.fromEntries([...seen].sort(([a], [b]) => a.localeCompare(b))),
  };
};
