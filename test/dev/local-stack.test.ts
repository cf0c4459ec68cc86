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
});
