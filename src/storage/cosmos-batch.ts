import type { Container, JSONObject, OperationInput, OperationResponse } from '@azure/cosmos';
import { cosmosStatus, withContext } from './cosmos-errors.js';
import { stripSystemFields } from './cosmos-documents.js';

/** A write of a transactional batch: create a document, or replace it if its ETag still matches. */
export type BatchWrite =
  | { kind: 'create'; doc: JSONObject & { id: string } }
  | {
      kind: 'replace';
      doc: JSONObject & { id: string };
      ifMatch: string;
      /** The document as it was: what `commitAtomic` puts back if a later write fails. */
      previous?: JSONObject & { id: string };
    };

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

/**
 * Takes back the writes a failed batch kept, last first, each on the ETag it left (a write someone
 * has changed since stays theirs). Only the embedded server keeps them: Azure never does.
 */
const takeBack = async (
  container: Container,
  partitionKey: string,
  writes: readonly BatchWrite[],
  results: readonly OperationResponse[],
  what: string,
): Promise<void> => {
  for (let i = writes.length - 1; i >= 0; i -= 1) {
    const write = writes[i];
    const result = results[i];
    if (write === undefined || result === undefined || result.statusCode >= 400) continue;
    const item = container.item(write.doc.id, partitionKey);
    const accessCondition = { type: 'IfMatch', condition: result.eTag ?? '' };
    try {
      if (write.kind === 'create') await item.delete({ accessCondition });
      else if (write.previous !== undefined)
        await item.replace(stripSystemFields(write.previous), { accessCondition });
      else throw new Error(`no earlier version of ${write.doc.id} to put back`);
    } catch (error) {
      const status = cosmosStatus(error);
      if (status !== 412 && status !== 404) throw withContext(`take back ${what}`, error);
    }
  }
};

/**
 * `commitBatch` with Azure's all-or-nothing answer on both servers: when a write fails, nothing
 * is kept. Against Azure that is the batch itself (one round trip, then the others answer 424).
 * The embedded server runs a batch's writes one by one and keeps those before the failing one:
 * they are taken back here (`takeBack`), before the caller hears of the failure, so a caller never
 * sees an action kept without its audit entry, or a counter moved for an action not stored. A
 * process that dies between the batch and the take-back leaves the earlier writes: on the
 * embedded server only (development), and a retry of the same capture or change completes it.
 */
export const commitAtomic = async (
  container: Container,
  partitionKey: string,
  writes: readonly BatchWrite[],
  what: string,
): Promise<BatchOutcome> => {
  const outcome = await commitBatch(container, partitionKey, writes, what);
  if (outcome.ok) return outcome;
  await takeBack(container, partitionKey, writes, outcome.results, what);
  return {
    ...outcome,
    results: outcome.results.map((r, i) =>
      i === outcome.index || r.statusCode >= 400 ? r : { ...r, statusCode: 424 },
    ),
  };
};
