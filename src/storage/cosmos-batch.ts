import type { Container, JSONObject, OperationInput, OperationResponse } from '@azure/cosmos';
import { withContext } from './cosmos-errors.js';

/** A write of a transactional batch: create a document, or replace it if its ETag still matches. */
export type BatchWrite =
  | { kind: 'create'; doc: JSONObject & { id: string } }
  | { kind: 'replace'; doc: JSONObject & { id: string }; ifMatch: string };

/**
 * Every write applied; or the first that failed, its status (409 taken, 412 changed), and the
 * answers of all, from which a caller sees whether the server kept the writes before it.
 */
export type BatchOutcome =
  | { ok: true; results: OperationResponse[] }
  | { ok: false; index: number; status: number; results: OperationResponse[] };

/** Each write names its partition too: the embedded server reads it there, Azure checks it. */
const toOperation = (write: BatchWrite, partitionKey: string): OperationInput =>
  write.kind === 'create'
    ? { operationType: 'Create', partitionKey, resourceBody: write.doc }
    : {
        operationType: 'Replace',
        partitionKey,
        id: write.doc.id,
        resourceBody: write.doc,
        ifMatch: write.ifMatch,
      };

/**
 * Writes documents of one partition in one round trip. Azure Cosmos DB runs a transactional batch
 * atomically: when one write fails, the others answer 424 and nothing is kept. The embedded server
 * runs the writes one after another and keeps those before the failing one (they answer 2xx), so a
 * caller whose batch can fail after its first write must handle that case too.
 */
export const commitBatch = async (
  container: Container,
  partitionKey: string,
  writes: readonly BatchWrite[],
  what: string,
): Promise<BatchOutcome> => {
  let results: OperationResponse[];
  try {
    const response = await container.items.batch(
      writes.map((w) => toOperation(w, partitionKey)),
      partitionKey,
    );
    results = response.result ?? [];
  } catch (error) {
    throw withContext(`batch ${what}`, error);
  }
  const index = results.findIndex((r) => r.statusCode >= 400 && r.statusCode !== 424);
  if (index < 0 && results.length === writes.length) return { ok: true, results };
  if (index < 0)
    throw new Error(`batch ${what}: ${results.length} answers for ${writes.length} writes`);
  return { ok: false, index, status: results[index]?.statusCode ?? 500, results };
};
