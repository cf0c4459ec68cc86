import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { actionId } from '../../src/domain/ids.js';
import { silentLogger } from '../../src/log.js';
import { scheduleActionReminders } from '../../src/services/schedule-reminders.js';
import type { FakeConnector } from '../../doubles/fake-connector.js';
import { startFakeConnector } from '../../doubles/fake-connector.js';
import { aadOf, haveringBoard, TENANT } from '../support/fixtures.js';
import { startBotFrameworkDouble, startProductionApp } from '../../doubles/bot-framework-double.js';
import { uniqueDatabaseName } from '../support/test-deps.js';

let app: RunningApp;
let connector: FakeConnector;
beforeAll(async () => {
  connector = await startFakeConnector();
  app = await startApp({
    config: loadConfig(
      {
        PORT: '0',
        COSMOS_ENDPOINT: inject('cosmosEndpoint'),
        COSMOS_KEY: inject('cosmosKey'),
        COSMOS_DATABASE: uniqueDatabaseName(),
        REMINDER_SWEEP_SECONDS: '3600',
      },
      'local',
    ),
    log: silentLogger,
  });
});
afterAll(async () => {
  await app.close();
  await connector.close();
});

const post = (path: string) =>
  fetch(`http://127.0.0.1:${app.port}${path}`, { method: 'POST' }).then(async (r) => ({
    status: r.status,
    body: (await r.json()) as { now?: string; swept?: { sent: number }; error?: string },
  }));

describe('POST /dev/clock (local runs only)', () => {
  it('moves the clock forward and sweeps, so a reminder arrives as it would at 09:00', async () => {
    const board = haveringBoard();
    await app.deps.boards.create(board);
    const now = app.deps.clock.now();
    await app.deps.conversations.save({
      tenantId: board.tenantId,
      conversationId: 'a:1personal-3',
      kind: 'personal',
      userAadObjectId: aadOf(3),
      serviceUrl: connector.url,
      reference: {
        channelId: 'msteams',
        serviceUrl: connector.url,
        conversation: { id: 'a:1personal-3' },
        bot: { id: '28:quorate' },
      },
      updatedAt: now.toISOString(),
    });
    const rs = board.members.find((m) => m.initials === 'RS')!;
    const due = new Date(now.getTime() + 10 * 86_400_000).toISOString().slice(0, 10);
    const action = await app.deps.actions.create({
      id: actionId('clock-1'),
      boardId: board.id,
      tenantId: board.tenantId,
      number: 1,
      text: 'Circulate the draft annual report',
      owners: [{ kind: 'member', memberId: rs.id, initials: 'RS', name: rs.name }],
      due,
      status: 'open',
      subjectToRatification: false,
      history: [],
      createdAt: now.toISOString(),
      createdBy: aadOf(1),
      updatedAt: now.toISOString(),
      revision: 1,
    });
    expect(await scheduleActionReminders(app.deps, board, action)).toBeGreaterThan(0);
    expect((await post('/dev/clock?advance=0')).body.swept?.sent).toBe(0);
    const moved = await post(`/dev/clock?to=${due}T12:00:00Z`);
    expect(moved.status).toBe(200);
    expect(moved.body.now?.startsWith(due)).toBe(true);
    expect(connector.delivered.map((d) => d.conversationId)).toEqual(['a:1personal-3']);
    expect(JSON.stringify(connector.delivered[0]?.activity)).toContain(
      'Circulate the draft annual report',
    );
    // Never backwards.
    const back = await post('/dev/clock?to=2020-01-01T00:00:00Z');
    expect(back.body.now?.startsWith(due)).toBe(true);
  });

  it('refuses nonsense with a line saying how', async () => {
    expect(await post('/dev/clock?advance=-5')).toEqual({
      status: 400,
      body: { error: 'advance=<hours>, 0 to 8784' },
    });
    expect((await post('/dev/clock?to=tomorrow')).status).toBe(400);
  });

  it('does not exist in production mode', async () => {
    const double = await startBotFrameworkDouble();
    const prod = await startProductionApp({
      double,
      cosmosEndpoint: inject('cosmosEndpoint'),
      cosmosKey: inject('cosmosKey'),
      database: uniqueDatabaseName(),
      allowedTenantIds: [TENANT],
      log: silentLogger,
    });
    try {
      const r = await fetch(`http://127.0.0.1:${prod.port}/dev/clock?advance=24`, {
        method: 'POST',
      });
      expect(r.status).toBe(404);
    } finally {
      await prod.close();
      await double.close();
    }
  });
});
