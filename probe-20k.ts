import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedCosmos } from './src/dev/embedded-cosmos.js';
import { createCosmosClient } from './src/storage/create-cosmos-client.js';
import { ensureSchema, CONTAINERS } from './src/storage/cosmos-schema.js';
import { docKey, writeSnapshotFile } from './src/dev/cosmos-snapshot.js';
import type { Doc, Documents } from './src/dev/cosmos-snapshot.js';
import { LocalSnapshot } from './src/dev/local-snapshot.js';
const N = Number(process.argv[2] ?? 20000);
const main = async () => {
  const file = join(await mkdtemp(join(tmpdir(), 'p-')), 'cosmos.json');
  const seeded: Documents = new Map(Object.values(CONTAINERS).map((n) => [n, new Map<string, Doc>()]));
  for (let i = 0; i < N; i++) { const d = { id: `a${i}`, boardId: `board-${i % 4}`, text: `A ${i}` }; seeded.get('actions')!.set(docKey('actions', d), d); }
  await writeSnapshotFile(file, seeded);
  const cosmos = await startEmbeddedCosmos(0);
  const client = createCosmosClient({ endpoint: cosmos.endpoint, key: cosmos.key, requestTimeoutMs: 30000, maxThrottleWaitSeconds: 3 });
  await ensureSchema(client, 'q');
  let t = Date.now();
  const snap = await LocalSnapshot.open(client, 'q', file);
  console.log('open', Date.now() - t); t = Date.now();
  console.log(await snap.save(), Date.now() - t); t = Date.now();
  await client.database('q').container('actions').item('a8', 'board-0').delete();
  console.log(await snap.save(), Date.now() - t); t = Date.now();
  console.log(await snap.save({ compact: true }), Date.now() - t);
  client.dispose(); await cosmos.close();
};
void main();
