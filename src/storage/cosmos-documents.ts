import type { Container, ItemDefinition, SqlQuerySpec } from '@azure/cosmos';
import { DomainError } from '../domain/domain-error.js';
import { cosmosStatus, withContext } from './cosmos-errors.js';

/* The single-document primitives every repository uses: each rethrows with context (ids only). */

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

/** The one number a `SELECT VALUE COUNT(1)` query answers, within one partition. */
export const countAll = async (
  container: Container,
  query: SqlQuerySpec,
  what: string,
  partitionKey: string,
): Promise<number> => {
  try {
    const { resources } = await container.items.query<number>(query, { partitionKey }).fetchAll();
    return resources[0] ?? 0;
  } catch (error) {
    throw withContext(`count ${what}`, error);
  }
};

const SYSTEM_FIELDS = ['_rid', '_self', '_etag', '_attachments', '_ts'] as const;

/** The document without Cosmos's own fields. */
export const stripSystemFields = <T extends object>(doc: T): T => {
  const copy = { ...doc } as Record<string, unknown>;
  for (const field of SYSTEM_FIELDS) delete copy[field];
  return copy as T;
};
