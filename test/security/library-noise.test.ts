import type { ChildProcessByStdio } from 'node:child_process';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BotFrameworkDouble } from '../../doubles/bot-framework-double.js';
import {
  BOT_APP_ID,
  BOT_APP_TENANT,
  FILE_LINK_SECRET,
  startBotFrameworkDouble,
} from '../../doubles/bot-framework-double.js';
import { createBotClient, runPool } from '../support/bot-framework-double.js';
import { TENANT } from '../support/fixtures.js';
import { groupChat, messageText, person } from '../support/teams-harness.js';
import { uniqueDatabaseName } from '../support/test-deps.js';

/**
 * Issue 24 item 2: botbuilder prints to the console when it refuses a token (the public key PEM;
 * for an expired token a stack trace with the install paths). `npm start` runs here in a process
 * of its own, so that what reaches its stderr can be counted honestly: at most one line per
 * refused request, nothing of the library's, and each refusal is one JSON `auth.refused` line on
 * stdout.
 */

const EM = person(7, 'Elisabeth Major');
const PER_CASE = 20;
const SKEW_SECONDS = 5 * 60;
const now = (): number => Math.floor(Date.now() / 1000);

type ServerProcess = {
  child: ChildProcessByStdio<null, Readable, Readable>;
  port: number;
  stdout: () => string;
  stderr: () => string;
  stop: () => Promise<number | null>;
};

const eventsIn = (stdout: string, event: string): Record<string, unknown>[] =>
  stdout
    .split('\n')
    .filter((line) => line.includes(`"event":"${event}"`))
    .map((line) => JSON.parse(line) as Record<string, unknown>);

/** `node --import tsx src/server.ts`, as `npm start` runs it, pointed at the double. */
const startServerProcess = (double: BotFrameworkDouble): Promise<ServerProcess> =>
  new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--import', './test/support/point-at-double.ts', 'src/server.ts'],
      {
        env: {
          PATH: process.env.PATH ?? '',
          QUORATE_MODE: 'production',
          HOST: '127.0.0.1',
          PORT: '0',
          PUBLIC_BASE_URL: 'https://quorate.example.test',
          MICROSOFT_APP_ID: BOT_APP_ID,
          MICROSOFT_APP_TYPE: 'SingleTenant',
          MICROSOFT_APP_TENANT_ID: BOT_APP_TENANT,
          MICROSOFT_APP_PASSWORD: 'not-a-real-secret',
          ALLOWED_TENANT_IDS: TENANT,
          COSMOS_ENDPOINT: inject('cosmosEndpoint'),
          COSMOS_KEY: inject('cosmosKey'),
          COSMOS_DATABASE: uniqueDatabaseName(),
          FILE_LINK_SECRET,
          REMINDERS: 'off',
          QUORATE_TEST_BOT_FRAMEWORK: JSON.stringify(double.endpoints),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    let started = false;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const listening = eventsIn(stdout, 'listening')[0];
      if (!started && listening !== undefined) {
        started = true;
        resolve({
          child,
          port: Number(listening.port),
          stdout: () => stdout,
          stderr: () => stderr,
          stop: () => {
            child.kill('SIGTERM');
            return exited;
          },
        });
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    void exited.then((code) => {
      if (!started) reject(new Error(`server exited (${code}) before listening: ${stderr}`));
    });
  });

let double: BotFrameworkDouble;
let server: ServerProcess;
let client: ReturnType<typeof createBotClient>;

beforeAll(async () => {
  double = await startBotFrameworkDouble();
  server = await startServerProcess(double);
  client = createBotClient(server.port);
}, 60_000);
afterAll(async () => {
  client?.close();
  if (server !== undefined && server.child.exitCode === null) await server.stop();
  await double?.close();
});

const activity = () => ({
  ...messageText(EM, groupChat(), 'help'),
  id: `act-${randomUUID()}`,
  serviceUrl: double.serviceUrl,
  deliveryMode: 'expectReplies',
});

/** The refusals the SDK itself makes (the pre-authentication screen prints nothing of its own). */
const refusedBySdk: [string, () => string][] = [
  [
    'expired beyond the skew (botbuilder prints the stack)',
    () => {
      const exp = now() - SKEW_SECONDS - 60;
      return double.sign(double.channelClaims(double.serviceUrl, { exp, nbf: exp - 3600 }));
    },
  ],
  [
    'a forged signature under a published key id (botbuilder prints the key)',
    () =>
      double.sign(double.channelClaims(double.serviceUrl), {
        key: double.keys.unpublished,
        kid: double.keys.teams.kid,
      }),
  ],
  [
    'HS256 keyed with the published public key',
    () =>
      double.sign(double.channelClaims(double.serviceUrl), {
        alg: 'HS256',
        kid: double.keys.teams.kid,
        hmacSecret: double.keys.teams.publicPem,
      }),
  ],
  [
    'another audience',
    () => double.sign(double.channelClaims(double.serviceUrl, { aud: randomUUID() })),
  ],
  [
    'not yet valid beyond the skew',
    () => {
      const nbf = now() + SKEW_SECONDS + 60;
      return double.sign(double.channelClaims(double.serviceUrl, { nbf, exp: nbf + 3600 }));
    },
  ],
];

describe('npm start in production mode, refusing tokens', () => {
  it(`answers ${refusedBySdk.length * PER_CASE} refused tokens 401, logs each once as auth.refused, and prints at most one stderr line per refusal`, async () => {
    const good = await client.postActivity(
      activity(),
      `Bearer ${double.sign(double.channelClaims(double.serviceUrl))}`,
    );
    expect(good.status).toBe(200);

    const statuses = new Map<number, number>();
    const cases = refusedBySdk.flatMap(([, token]) =>
      Array.from({ length: PER_CASE }, () => token),
    );
    await runPool(cases.length, 8, async (i) => {
      const answer = await client.postActivity(activity(), `Bearer ${cases[i]!()}`);
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
    });
    expect(Object.fromEntries(statuses)).toEqual({ 401: cases.length });
    // Each refusal is logged before its 401 is written; once the process has exited, its pipes hold everything.
    expect(await server.stop()).toBe(0);
    const stdout = server.stdout();
    const stderr = server.stderr();
    const stderrLines = stderr.split('\n').filter((line) => line.trim() !== '');

    expect(stderrLines.length).toBeLessThanOrEqual(cases.length);
    expect(stderr).not.toContain('BEGIN PUBLIC KEY');
    expect(stderr).not.toContain(process.cwd());
    expect(stderrLines.filter((line) => /^\s+at /.test(line))).toEqual([]);

    const lines = stdout.split('\n').filter((line) => line !== '');
    for (const line of lines) expect(() => JSON.parse(line) as unknown).not.toThrow();
    expect(stdout).not.toContain('BEGIN PUBLIC KEY');
    expect(stdout).not.toContain(process.cwd());
    const refusals = eventsIn(stdout, 'auth.refused');
    expect(refusals).toHaveLength(cases.length);
    expect(new Set(refusals.map((r) => r.reason))).toEqual(new Set(['refused']));
    expect(refusals.every((r) => r.level === 'warn' && typeof r.error === 'string')).toBe(true);
    expect(eventsIn(stdout, 'library.console').length).toBeLessThanOrEqual(1);
  }, 60_000);
});
