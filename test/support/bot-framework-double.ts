import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { inject } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import type { Logger } from '../../src/log.js';
import type { BotFrameworkDouble } from '../../doubles/bot-framework-double.js';
import { startBotFrameworkDouble, startProductionApp } from '../../doubles/bot-framework-double.js';
import { TENANT } from './fixtures.js';

/** The test side of the doubles: an HTTP client for the app, and the production edge per test. */
export type Answer = { status: number; body: string };

/** A keep-alive HTTP client for many requests to one port. */
export const createBotClient = (port: number) => {
  const agent = new Agent({ keepAlive: true, maxSockets: 16 });
  const post = (body: string, authorization?: string): Promise<Answer> =>
    new Promise((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          agent,
          method: 'POST',
          path: '/api/messages',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            ...(authorization !== undefined && { authorization }),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
          );
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  return {
    post,
    postActivity: (activity: object, authorization?: string) =>
      post(JSON.stringify(activity), authorization),
    close: () => agent.destroy(),
  };
};

export type ProductionEdge = {
  double: BotFrameworkDouble;
  app: RunningApp;
  client: ReturnType<typeof createBotClient>;
  close: () => Promise<void>;
};

/**
 * The bot in production mode behind the Bot Framework double, over a database of its own on the
 * test run's Cosmos (or `cosmosEndpoint`, e.g. a counting proxy), with a keep-alive client.
 */
export const startProductionEdge = async (
  log: Logger,
  cosmosEndpoint?: string,
): Promise<ProductionEdge> => {
  const double = await startBotFrameworkDouble();
  const app = await startProductionApp({
    double,
    cosmosEndpoint: cosmosEndpoint ?? inject('cosmosEndpoint'),
    cosmosKey: inject('cosmosKey'),
    database: `test-${randomUUID().slice(0, 12)}`,
    allowedTenantIds: [TENANT],
    log,
  });
  const client = createBotClient(app.port);
  return {
    double,
    app,
    client,
    close: async () => {
      client.close();
      await app.close();
      await double.close();
    },
  };
};

/** Runs `count` tasks, `concurrency` at a time, in index order. */
export const runPool = async (
  count: number,
  concurrency: number,
  task: (index: number) => Promise<void>,
): Promise<void> => {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const index = next;
      next += 1;
      await task(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
};

/** A logger that keeps every event (ids and codes only, as the app logs them). */
export const recordingLogger = () => {
  const events: { level: string; event: string; fields: Record<string, unknown> }[] = [];
  const log: Logger = {
    info: (event, fields = {}) => events.push({ level: 'info', event, fields }),
    warn: (event, fields = {}) => events.push({ level: 'warn', event, fields }),
    error: (event, fields = {}) => events.push({ level: 'error', event, fields }),
  };
  return { log, events, count: (event: string) => events.filter((e) => e.event === event).length };
};
