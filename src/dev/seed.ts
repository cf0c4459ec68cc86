import { join } from 'node:path';
import { CosmosClient } from '@azure/cosmos';
import { loadConfig, processEnvironment } from '../config.js';
import { createCosmosClient } from '../storage/create-cosmos-client.js';
import { ensureSchema } from '../storage/cosmos-schema.js';
import { CosmosBoardRepository } from '../storage/cosmos-board-repository.js';
import { CONTAINERS } from '../storage/cosmos-schema.js';
import { restoreSnapshot, saveSnapshot } from './cosmos-snapshot.js';
import {
  demoBoard,
  demoMeeting,
  DEMO_BOARD_ID,
  LEGACY_DEMO_BOARD_ID,
  DEMO_MEETING_ID,
  DEMO_TENANT_ID,
} from './demo-board.js';
import { CosmosMeetingRepository } from '../storage/cosmos-meeting-repository.js';
import { EMBEDDED_COSMOS_KEY, startEmbeddedCosmos } from './embedded-cosmos.js';

const reachable = async (endpoint: string): Promise<boolean> => {
  try {
    const probe = new CosmosClient({
      endpoint,
      key: EMBEDDED_COSMOS_KEY,
      connectionPolicy: { enableEndpointDiscovery: false, requestTimeout: 1500 },
    });
    await probe.getDatabaseAccount();
    probe.dispose();
    return true;
  } catch {
    return false;
  }
};

/**
 * `npm run dev:seed`: writes the fictional demo board into the running `npm run dev` (or, when it
 * is not running, into the saved local data). Safe to run twice: the board is replaced.
 */
const main = async (): Promise<void> => {
  const config = loadConfig({ ...processEnvironment(), QUORATE_MODE: 'local' }, 'local');
  const running = `http://127.0.0.1:${config.local.cosmosPort}`;
  const live = await reachable(running);
  const embedded = live ? undefined : await startEmbeddedCosmos(0);
  const endpoint = embedded?.endpoint ?? running;
  const client = createCosmosClient({
    endpoint,
    key: EMBEDDED_COSMOS_KEY,
    requestTimeoutMs: 10_000,
    maxThrottleWaitSeconds: 3,
  });
  const file = join(config.local.dataDir, 'cosmos.json');
  const database = await ensureSchema(client, config.cosmos.database);
  if (!live) await restoreSnapshot(client, config.cosmos.database, file);
  const boards = new CosmosBoardRepository(database.container(CONTAINERS.boards));
  await database
    .container(CONTAINERS.boards)
    .item(LEGACY_DEMO_BOARD_ID, DEMO_TENANT_ID)
    .delete()
    .catch(() => undefined);
  const board = demoBoard(new Date());
  const existing = await boards.findById(DEMO_TENANT_ID, DEMO_BOARD_ID);
  if (existing === undefined) await boards.create(board);
  else await boards.update(DEMO_TENANT_ID, DEMO_BOARD_ID, () => board);
  const meetings = new CosmosMeetingRepository(database.container(CONTAINERS.meetings));
  const meeting = demoMeeting(board, new Date());
  if ((await meetings.findById(DEMO_BOARD_ID, DEMO_MEETING_ID)) === undefined)
    await meetings.create(meeting);
  else await meetings.update(DEMO_BOARD_ID, DEMO_MEETING_ID, () => meeting);
  if (!live) await saveSnapshot(client, config.cosmos.database, file);
  client.dispose();
  await embedded?.close();
  process.stdout.write(
    `Seeded "${board.name}" with ${board.members.length} members (${live ? 'into the running npm run dev' : `into ${file}`}).\n` +
      `Its next meeting is on ${meeting.date} at 2pm. In the playground you are Ruth Collins, its coordinator: type "members" or "agenda".\n`,
  );
};

main().catch((error: unknown) => {
  process.stderr.write(`quorate seed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
