import type { Container, ItemDefinition } from '@azure/cosmos';
import { DomainError } from '../domain/domain-error.js';
import { cosmosStatus, withContext } from './cosmos-errors.js';

export type StoredDoc = ItemDefinition & { _etag?: string };

const MAX_ATTEMPTS = 6;

/**
 * Reads a document, applies `change` and replaces it only if nobody changed it in between
 * (If-Match on the ETag). On 412 it reloads and applies `change` again, a bounded number of
 * times, then gives up with CONCURRENT_UPDATE. Returning the same object skips the write.
 * `known` (the document as read earlier, with its ETag) saves the first read: if it is out of date
 * the replace meets 412 and the loop reads the document as usual.
 */
export const readModifyWrite = async <T extends StoredDoc>(
  container: Container,
  id: string,
  partitionKey: string,
  change: (current: T) => T,
  what: string,
  known?: T,
): Promise<T> => {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    let current: T | undefined = attempt === 1 && known?._etag !== undefined ? known : undefined;
    if (current === undefined) {
      try {
        const read = await container.item(id, partitionKey).read<T>();
        current = read.resource;
      } catch (error) {
        if (cosmosStatus(error) !== 404) throw withContext(`read ${what}`, error);
      }
    }
    if (current === undefined)
      throw new DomainError('NOT_FOUND', `That ${what.split(' ')[0] ?? 'item'} no longer exists.`);
    const next = change(current);
    if (next === current) return current;
    try {
      const { resource } = await container
        .item(id, partitionKey)
        .replace<T>(next, { accessCondition: { type: 'IfMatch', condition: current._etag ?? '' } });
      if (resource === undefined) throw new Error('replace returned no document');
      return resource;
    } catch (error) {
      if (cosmosStatus(error) === 412) continue;
      throw withContext(`replace ${what}`, error);
    }
  }
  throw new DomainError(
    'CONCURRENT_UPDATE',
    'Someone else changed this at the same moment. Please try again.',
  );
};

/** A `revise` for documents whose revision counts their changes (meetings, actions). */
export const bumpRevision = <T extends { revision: number }>(before: T, after: T): T => ({
  ...after,
  revision: before.revision + 1,
});

/**
 * `readModifyWrite` for repositories that map documents to domain values: `change` sees the domain
 * value; returning it unchanged skips the write; `revise` (e.g. bump a revision) runs on real changes.
 */
export const updateMapped = async <T, D extends StoredDoc>(
  container: Container,
  id: string,
  partitionKey: string,
  mapping: { toDoc: (value: T) => D; fromDoc: (doc: D) => T; revise?: (before: T, after: T) => T },
  change: (value: T) => T,
  what: string,
  known?: D,
): Promise<T> => {
  const doc = await readModifyWrite<D>(
    container,
    id,
    partitionKey,
    (current) => {
      const before = mapping.fromDoc(current);
      const after = change(before);
      if (after === before) return current;
      return {
        ...mapping.toDoc(mapping.revise === undefined ? after : mapping.revise(before, after)),
        _etag: current._etag,
      };
    },
    what,
    known,
  );
  return mapping.fromDoc(doc);
};
