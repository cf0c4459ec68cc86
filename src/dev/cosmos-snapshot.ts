import { randomUUID } from 'node:crypto';
import { appendFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Container, CosmosClient, JSONObject } from '@azure/cosmos';
import { BulkOperationType } from '@azure/cosmos';
import { CONTAINER_DEFINITIONS, CONTAINERS } from '../storage/cosmos-schema.js';
import type { ContainerName } from '../storage/cosmos-schema.js';
import { stripSystemFields } from '../storage/cosmos-documents.js';

export type Doc = Record<string, unknown> & { id: string };

/** Every container's documents by key (partition key value and id). */
export type Documents = Map<string, Map<string, Doc>>;

/**
 * The saved file: every document as of `savedAt`. `generation` names the journal that goes with
 * it (`<file>.journal`, whose first line carries the same generation): the changes saved since.
 * A journal of another generation is left over from before the last full write and is ignored.
 */
type Snapshot = {
  savedAt: string;
  generation?: string;
  containers: Record<string, Record<string, unknown>[]>;
};

/** One line of the journal after its header: a document written, or one deleted. */
export type JournalEntry = { c: string; put: Doc } | { c: string; del: [pk: unknown, id: string] };

const NAMES = Object.values(CONTAINERS) as string[];

export const journalOf = (file: string): string => `${file}.journal`;

/** The field holding the container's partition key value (every partition key is one field). */
export const partitionField = (name: string): string =>
  CONTAINER_DEFINITIONS[name as ContainerName].partitionKey?.paths?.[0]?.slice(1) ?? 'id';

/** A document's identity: the same id may live in two partitions. */
export const keyOf = (pk: unknown, id: string): string => JSON.stringify([pk ?? null, id]);

export const docKey = (name: string, doc: Doc): string => keyOf(doc[partitionField(name)], doc.id);

/** The file's documents with its journal replayed; empty when there is no file. */
export const readSnapshotFile = async (
  file: string,
): Promise<{ documents: Documents; generation?: string; journalEntries: number }> => {
  const documents: Documents = new Map(NAMES.map((name) => [name, new Map<string, Doc>()]));
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return { documents, journalEntries: 0 };
  }
  const snapshot = JSON.parse(text) as Snapshot;
  for (const [name, docs] of Object.entries(snapshot.containers)) {
    const into = documents.get(name);
    if (into === undefined) continue;
    for (const doc of docs as Doc[]) into.set(docKey(name, doc), doc);
  }
  let journalEntries = 0;
  let lines: string[] = [];
  try {
    lines = (await readFile(journalOf(file), 'utf8')).split('\n');
  } catch {
    lines = [];
  }
  const header = parseLine<{ generation?: string }>(lines[0] ?? '');
  if (snapshot.generation !== undefined && header?.generation === snapshot.generation) {
    for (const line of lines.slice(1)) {
      // Only the last line can be cut short (a crash while appending): it is left out.
      const entry = parseLine<JournalEntry>(line);
      const into = entry === undefined ? undefined : documents.get(entry.c);
      if (entry === undefined || into === undefined) continue;
      if ('put' in entry) into.set(docKey(entry.c, entry.put), entry.put);
      else into.delete(keyOf(entry.del[0], entry.del[1]));
      journalEntries += 1;
    }
  }
  return {
    documents,
    ...(snapshot.generation !== undefined && { generation: snapshot.generation }),
    journalEntries,
  };
};

const parseLine = <T>(line: string): T | undefined => {
  if (line.trim() === '') return undefined;
  try {
    return JSON.parse(line) as T;
  } catch {
    return undefined;
  }
};

/**
 * Writes every document to `file` under a new generation (atomically: temp file, then rename),
 * then removes the journal, which the new file already holds. Returns the generation.
 */
export const writeSnapshotFile = async (file: string, documents: Documents): Promise<string> => {
  const generation = randomUUID();
  const containers: Snapshot['containers'] = {};
  for (const [name, docs] of documents) containers[name] = [...docs.values()];
  await mkdir(dirname(file), { recursive: true });
  const temp = `${file}.tmp`;
  await writeFile(
    temp,
    JSON.stringify({
      savedAt: new Date().toISOString(),
      generation,
      containers,
    } satisfies Snapshot),
  );
  await rename(temp, file);
  await rm(journalOf(file), { force: true });
  return generation;
};

/**
 * Adds changes to the journal of `generation`. The first write of a generation starts the journal
 * afresh with its header (replacing any left from an earlier one); later writes append.
 */
export const appendJournal = async (
  file: string,
  generation: string,
  entries: readonly JournalEntry[],
  started: boolean,
): Promise<void> => {
  if (entries.length === 0) return;
  const lines = entries.map((entry) => `${JSON.stringify(entry)}\n`).join('');
  if (started) await appendFile(journalOf(file), lines);
  else await writeFile(journalOf(file), `${JSON.stringify({ generation })}\n${lines}`);
};

/** Upserts documents in bulk, 100 a request (a restore of 100,000 one by one takes minutes). */
export const upsertAll = async (container: Container, docs: Iterable<Doc>): Promise<number> => {
  const all = [...docs];
  let count = 0;
  for (let start = 0; start < all.length; start += 100) {
    const results = await container.items.bulk(
      all.slice(start, start + 100).map((doc) => ({
        operationType: BulkOperationType.Upsert,
        resourceBody: doc as JSONObject,
      })),
    );
    const failed = results.find((result) => result.statusCode >= 400);
    if (failed !== undefined) throw new Error(`restore: bulk upsert answered ${failed.statusCode}`);
    count += results.length;
  }
  return count;
};

/** Loads what `file` (and its journal) hold into an (already created) schema. */
export const restoreSnapshot = async (
  client: CosmosClient,
  databaseId: string,
  file: string,
): Promise<number> => {
  const { documents } = await readSnapshotFile(file);
  const database = client.database(databaseId);
  let count = 0;
  for (const [name, docs] of documents)
    count += await upsertAll(database.container(name), docs.values());
  return count;
};

/** Reads every document of the database and writes them all to `file` (see writeSnapshotFile). */
export const saveSnapshot = async (
  client: CosmosClient,
  databaseId: string,
  file: string,
): Promise<number> => {
  const database = client.database(databaseId);
  const documents: Documents = new Map();
  let count = 0;
  for (const name of NAMES) {
    const { resources } = await database.container(name).items.readAll<Doc>().fetchAll();
    const docs = new Map<string, Doc>();
    for (const doc of resources) {
      const stripped = stripSystemFields(doc);
      docs.set(docKey(name, stripped), stripped);
    }
    documents.set(name, docs);
    count += resources.length;
  }
  await writeSnapshotFile(file, documents);
  return count;
};
