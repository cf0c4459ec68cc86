/** The HTTP status of a Cosmos SDK error, if it is one. */
export const cosmosStatus = (error: unknown): number | undefined => {
  if (typeof error !== 'object' || error === null) return undefined;
  const code =
    (error as { code?: unknown; statusCode?: unknown }).code ??
    (error as { statusCode?: unknown }).statusCode;
  return typeof code === 'number' ? code : undefined;
};

/** Rethrows an infrastructure error with what was being done; ids only, never content. */
export const withContext = (context: string, error: unknown): Error => {
  const status = cosmosStatus(error);
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return new Error(`[cosmos ${context}] ${status ?? ''} ${message}`.replace(/\s+/g, ' ').trim(), {
    cause: error,
  });
};
