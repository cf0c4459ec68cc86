import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CosmosClient, JSONObject } from '@azure/cosmos';
import { afterEach, describe, expect, it } from 'vitest';
import type { Doc, Documents } from '../../src/dev/cosmos-snapshot.js';
import {
  docKey,
  journalOf,
  restoreSnapshot,
  saveSnapshot,
  writeSnapshotFile,
} from '../../src/dev/cosmos-snapshot.js';
import type { EmbeddedCosmos } from '../../src/dev/embedded-cosmos.js';
import { startEmbeddedCosmos } from '../../src/dev/embedded-cosmos.js';
import { LocalSnapshot } from '../../src/dev/local-snapshot.js';
import type { WriteLog } from '../../src/dev/cosmos-write-log.js';
import { watchDocumentWrites } from '../../src/dev/cosmos-write-log.js';
import { createCosmosClient } from '../../src/storage/create-cosmos-client.js';
import { CONTAINERS, ensureSchema } from '../../src/storage/cosmos-schema.js';
import { countRequests } from '../support/count-requests.js';
import type { RequestCounter } from '../support/count-requests.js';

const DB = 'quorate';
const opened: { cosmos: EmbeddedCosmos; client: CosmosClient }[] = [];
let writes: WriteLog;
const dirs: string[] = [];

afterEach(async () => {
  for (const { cosmos, client } of opened.splice(0)) {
    client.dispose();
    await cosmos.close();
  }
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A fresh embedded server, as `npm run dev` starts one: empty until something is restored. */
const server = async (counter?: RequestCounter): Promise<CosmosClient> => {
  const cosmos = await startEmbeddedCosmos(0);
  writes = watchDocumentWrites(cosmos.server);
  const client = createCosmosClient({
    endpoint: cosmos.endpoint,
    key: cosmos.key,
    requestTimeoutMs: 30_000,
    maxThrottleWaitSeconds: 3,
    ...(counter !== undefined && { plugins: [counter.plugin] }),
  });
  opened.push({ cosmos, client });
  await ensureSchema(client, DB);
  return client;
};

/** Stops a server without saving: what a crash or a killed terminal leaves. */
const crash = async (): Promise<void> => {
  const last = opened.pop();
  last?.client.dispose();
  await last?.cosmos.close();
};

const dataFile = async (): Promise<string> => {
  const dir = await mkdtemp(join(tmpdir(), 'quorate-snapshot-'));
  dirs.push(dir);
  return join(dir, 'cosmos.json');
};

/** Every document of a container, without system fields, by id. */
const contents = async (client: CosmosClient, name: string): Promise<Record<string, unknown>> => {
  const { resources } = await client
    .database(DB)
    .container(name)
    .items.query<Doc>('SELECT * FROM c')
    .fetchAll();
  return Object.fromEntries(
    resources.map(({ _etag, _rid, _self, _ts, _attachments, ...doc }) => [doc.id, doc]),
  );
};

const board = (id: string, name: string): Doc => ({ id, tenantId: 't1', type: 'board', name });
const action = (id: string, boardId: string, text: string): Doc => ({
  id,
  boardId,
  type: 'action',
  text,
});

describe('local persistence saves only what changed', () => {
  it('restores creates, updates and deletes after a crash (journal) and after a clean stop (whole file)', async () => {
    const file = await dataFile();
    let client = await server();
    let snapshot = await LocalSnapshot.open(client, DB, file, writes);
    const boards = client.database(DB).container(CONTAINERS.boards);
    const actions = client.database(DB).container(CONTAINERS.actions);
    await boards.items.create(board('b1', 'Northfield Executive'));
    await boards.items.create(board('b2', 'Southfield Executive'));
    for (const id of ['a1', 'a2', 'a3']) await actions.items.create(action(id, 'b1', `do ${id}`));
    expect(await snapshot.save()).toMatchObject({ read: 5, written: 5, removed: 0 });

    await boards.items.upsert(board('b1', 'Northfield Partnership Executive'));
    await actions.item('a2', 'b1').delete();
    await actions.items.create(action('a4', 'b1', 'do a4'));
    // Same id in another partition: a different document.
    await actions.items.create(action('a1', 'b2', 'another board’s a1'));
    // Four documents written (one deleted): four point reads.
    expect(await snapshot.save()).toMatchObject({ read: 4, written: 3, removed: 1 });
    expect(await snapshot.save()).toMatchObject({ read: 0, written: 0, removed: 0 });
    await crash();

    client = await server();
    snapshot = await LocalSnapshot.open(client, DB, file, writes);
    expect(await contents(client, CONTAINERS.boards)).toEqual({
      b1: board('b1', 'Northfield Partnership Executive'),
      b2: board('b2', 'Southfield Executive'),
    });
    const restored = await client
      .database(DB)
      .container(CONTAINERS.actions)
      .items.query<Doc>('SELECT VALUE [c.boardId, c.id, c.text] FROM c ORDER BY c.text')
      .fetchAll();
    expect(restored.resources).toEqual([
      ['b2', 'a1', 'another board’s a1'],
      ['b1', 'a1', 'do a1'],
      ['b1', 'a3', 'do a3'],
      ['b1', 'a4', 'do a4'],
    ]);

    await client.database(DB).container(CONTAINERS.boards).item('b2', 't1').delete();
    expect(await snapshot.save({ compact: true })).toMatchObject({
      removed: 1,
      compacted: true,
      documents: 5,
    });
    await expect(access(journalOf(file))).rejects.toThrow();
    await crash();

    // The seed's path (restoreSnapshot) reads the same file.
    client = await server();
    expect(await restoreSnapshot(client, DB, file)).toBe(5);
    expect(Object.keys(await contents(client, CONTAINERS.boards))).toEqual(['b1']);
  });

  it(
    'after one change to a 20,000-document store, a save reads that one document (and a deletion one)',
    { timeout: 180_000 },
    async () => {
      const file = await dataFile();
      const seeded: Documents = new Map(
        Object.values(CONTAINERS).map((name) => [name, new Map<string, Doc>()]),
      );
      const stored = seeded.get(CONTAINERS.actions)!;
      for (let i = 0; i < 20_000; i += 1) {
        const doc = action(`a${i}`, `board-${i % 4}`, `Action ${i}`);
        stored.set(docKey(CONTAINERS.actions, doc), doc);
      }
      await writeSnapshotFile(file, seeded);
      const counter = countRequests();
      const client = await server(counter);
      const snapshot = await LocalSnapshot.open(client, DB, file, writes);
      expect(snapshot.size).toBe(20_000);
      const actions = client.database(DB).container(CONTAINERS.actions);

      counter.reset();
      expect(await snapshot.save()).toMatchObject({ read: 0, written: 0 });
      expect(counter.total()).toBe(0);

      await actions.items.upsert(action('a7', 'board-3', 'Action 7, updated'));
      counter.reset();
      expect(await snapshot.save()).toMatchObject({
        documents: 20_000,
        read: 1,
        written: 1,
        removed: 0,
      });
      expect(counter.kinds()).toEqual({ 'read actions': 1 });

      await actions.item('a8', 'board-0').delete();
      counter.reset();
      expect(await snapshot.save()).toMatchObject({ read: 1, written: 0, removed: 1 });
      expect(counter.kinds()).toEqual({ 'read actions': 1 });

      // Bulk writes are followed too.
      await actions.items.bulk([
        {
          operationType: 'Upsert',
          resourceBody: action('a9', 'board-1', 'Action 9, bulk') as JSONObject,
        },
        { operationType: 'Delete', id: 'a10', partitionKey: 'board-2' },
      ]);
      counter.reset();
      expect(await snapshot.save()).toMatchObject({ read: 2, written: 1, removed: 1 });
      expect(snapshot.size).toBe(19_998);

      // Before: a save read every document, each time.
      counter.reset();
      expect(await saveSnapshot(client, DB, file)).toBe(19_998);
      console.info(
        `20,000 documents, one changed: incremental save read 1 document; ` +
          `full save read 19,998 documents in ${JSON.stringify(counter.kinds())}`,
      );
    },
  );
});
