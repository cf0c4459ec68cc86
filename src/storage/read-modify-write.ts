import type { Container, ItemDefinition, SqlQuerySpec } from '@azure/cosmos';
import { DomainError } from '../domain/domain-error.js';
import { cosmosStatus, withContext } from './cosmos-errors.js';

export type StoredDoc = ItemDefinition & { _etag?: string };

const MAX_ATTEMPTS = 6;

/**
 * Reads a document, applies `change` and replaces it only if nobody changed it in between
 * (If-Match on the ETag). On 412 it reloads and applies `change` again, a bounded number of
 * times, then gives up with CONCURRENT_UPDATE. Returning the same object skips the write.
 */
export const readModifyWrite = async <T extends StoredDoc>(
  container: Container,
  id: string,
  partitionKey: string,
  change: (current: T) => T,
  what: string,
): Promise<T> => {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    let current: T | undefined;
    try {
      const read = await container.item(id, partitionKey).read<T>();
      current = read.resource;
    } catch (error) {
      if (cosmosStatus(error) !== 404) throw withContext(`read ${what}`, error);
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

/** Point read; 404 means absent. */
export const readOptional = async <T extends ItemDefinition>(
  container: Container,
  id: string,
  partitionKey: string,
  what: string,
): Promise<T | undefined> => {
  try {
    const { resource } = await container.item(id, partitionKey).read<T>();
    return resource;
  } catch (error) {
    if (cosmosStatus(error) === 404) return undefined;
    throw withContext(`read ${what}`, error);
  }
};

/**
 * Creates a document that must not exist yet. A 409 (the id is taken) is the user's mistake, a
 * `CONFLICT` saying `conflict`; anything else is rethrown with context.
 */
export const createNew = async <T extends ItemDefinition>(
  container: Container,
  doc: T,
  what: string,
  conflict: string,
): Promise<T> => {
  try {
    const { resource } = await container.items.create<T>(doc);
    if (resource === undefined) throw new Error('create returned no document');
    return resource;
  } catch (error) {
    if (cosmosStatus(error) === 409) throw new DomainError('CONFLICT', conflict);
    throw withContext(`create ${what}`, error);
  }
};

/**
 * Every document a query finds, within one partition when `partitionKey` is given (queries name
 * the partition field in their WHERE clause too: the embedded server ignores the option).
 */
export const queryAll = async <T extends ItemDefinition>(
  container: Container,
  query: SqlQuerySpec | string,
  what: string,
  partitionKey?: string,
): Promise<T[]> => {
  try {
    const { resources } = await container.items
      .query<T>(query, partitionKey === undefined ? {} : { partitionKey })
      .fetchAll();
    return resources;
  } catch (error) {
    throw withContext(`query ${what}`, error);
  }
};

const SYSTEM_FIELDS = ['_rid', '_self', '_etag', '_attachments', '_ts'] as const;

/** The document without Cosmos's own fields. */
export const stripSystemFields = <T extends object>(doc: T): T => {
  const copy = { ...doc } as Record<string, unknown>;
  for (const field of SYSTEM_FIELDS) delete copy[field];
  return copy as T;
};

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
  );
  return mapping.fromDoc(doc);
};
