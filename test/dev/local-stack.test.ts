import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startLocalStack } from '../../src/dev/local-stack.js';
import { silentLogger } from '../../src/log.js';
import { postActivity } from '../support/http-client.js';
import { groupChat, messageText, person } from '../support/teams-harness.js';

const EM = person(7, 'Elisabeth Major');

describe('npm run dev’s local stack', () => {
  it('keeps boards and members across a restart (saved under the data folder)', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'quorate-data-'));
    const config = loadConfig(
      { PORT: '0', COSMOS_PORT: '0', DATA_DIR: dataDir, PLAYGROUND: 'off' },
      'local',
    );
    const chat = groupChat();
    const ask = (port: number, text: string) =>
      postActivity(port, {
        ...messageText(EM, chat, text),
        id: `a-${Math.random()}`,
        deliveryMode: 'expectReplies',
      });
    try {
      const first = await startLocalStack(config, silentLogger);
      await ask(first.app.port, 'setup Restart Test Board');
      await ask(first.app.port, 'members import\nShakira Gordon (SG) | Training lead | LA');
      await first.stop();

      const second = await startLocalStack(config, silentLogger);
      const members = await ask(second.app.port, 'members');
      await second.stop();
      expect(members.body).toContain('Restart Test Board');
      expect(members.body).toContain('Shakira Gordon');
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('keeps what was saved incrementally after a crash: a change, a deletion and a new board', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'quorate-data-'));
    const config = loadConfig(
      { PORT: '0', COSMOS_PORT: '0', DATA_DIR: dataDir, PLAYGROUND: 'off' },
      'local',
    );
    const north = groupChat();
    const south = groupChat();
    const ask = (port: number, where: typeof north, text: string) =>
      postActivity(port, {
        ...messageText(EM, where, text),
        id: `a-${Math.random()}`,
        deliveryMode: 'expectReplies',
      });
    try {
      const first = await startLocalStack(config, silentLogger);
      await ask(first.app.port, north, 'setup Northfield Executive');
      await ask(first.app.port, south, 'setup Southfield Executive');
      expect((await first.save()).written).toBeGreaterThanOrEqual(2);
      await ask(first.app.port, north, 'agency add EDU Education');
      const boards = first.client.database(config.cosmos.database).container('boards');
      const { resources } = await boards.items
        .query<{ id: string; tenantId: string; name: string }>('SELECT * FROM c')
        .fetchAll();
      const southBoard = resources.find((b) => b.name === 'Southfield Executive')!;
      await boards.item(southBoard.id, southBoard.tenantId).delete();
      const saved = await first.save();
      expect(saved).toMatchObject({ removed: 1, compacted: false });
      expect(saved.written).toBeGreaterThanOrEqual(1);
      // A crash: nothing more is saved, the file is not rewritten.
      await first.app.close();
      first.client.dispose();
      await first.cosmos.close();

      const second = await startLocalStack(config, silentLogger);
      const northMembers = await ask(second.app.port, north, 'members');
      const southMembers = await ask(second.app.port, south, 'members');
      await second.stop();
      expect(northMembers.body).toContain('Northfield Executive');
      expect(northMembers.body).toContain('Education');
      expect(southMembers.body).not.toContain('Southfield Executive');
      expect(southMembers.body).toContain('There is no board here yet');
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
