import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { CosmosClient } from '@azure/cosmos';
import { CONTAINERS } from '../storage/cosmos-schema.js';
import { stripSystemFields } from '../storage/cosmos-documents.js';

type Snapshot = { savedAt: string; containers: Record<string, Record<string, unknown>[]> };

/** Writes every document of the database to `file` (atomically: temp file, then rename). */
export const saveSnapshot = async (
  client: CosmosClient,
  databaseId: string,
  file: string,
): Promise<number> => {
  const database = client.database(databaseId);
  const containers: Snapshot['containers'] = {};
  let count = 0;
  for (const name of Object.values(CONTAINERS)) {
    const { resources } = await database
      .container(name)
      .items.readAll<Record<string, unknown> & { id: string }>()
      .fetchAll();
    containers[name] = resources.map((doc) => stripSystemFields(doc));
    count += resources.length;
  }
  await mkdir(dirname(file), { recursive: true });
  const temp = `${file}.tmp`;
  await writeFile(
    temp,
    JSON.stringify({ savedAt: new Date().toISOString(), containers } satisfies Snapshot),
  );
  await rename(temp, file);
  return count;
};

/** Loads a snapshot written by `saveSnapshot` into an (already created) schema. */
export const restoreSnapshot = async (
  client: CosmosClient,
  databaseId: string,
  file: string,
): Promise<number> => {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return 0;
  }
  const snapshot = JSON.parse(text) as Snapshot;
  const database = client.database(databaseId);
  let count = 0;
  for (const [name, docs] of Object.entries(snapshot.containers)) {
    if (!(Object.values(CONTAINERS) as string[]).includes(name)) continue;
    const container = database.container(name);
    for (const doc of docs) {
      await container.items.upsert(doc);
      count += 1;
    }
  }
  return count;
};
