/**
 * Memory rows of `npm run bench`: the resident set of the production-mode bot in its own process
 * (bench/app-process.ts) at start, after a warm-up, after 100,000 signed `help` turns and after a
 * flood of 20,000 requests bearing unsigned tokens with random tenant ids. Every load is bounded
 * in count and in time; the rows say how many requests were actually made.
 */
import { randomUUID } from 'node:crypto';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import autocannon from 'autocannon';
import type { AppProcessHello } from './app-process.js';
import { rssOf, stopped, tracked } from './child.js';
import type { Row } from './reminders.js';

const TURNS = 100_000;
const TURN_SECONDS = 150;
const WARM_UP = 3_000;
const FLOOD = 20_000;
const FLOOD_SECONDS = 60;

const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const growth = (from: number, to: number): string =>
  `${to >= from ? '+' : ''}${(((to - from) / from) * 100).toFixed(1)} %`;

const unsigned = (claims: Record<string, unknown>): string =>
  `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(
    JSON.stringify(claims),
  ).toString('base64url')}.`;

type Burst = { total: number; seconds: number; statuses: string };

const burst = async (
  port: number,
  options: {
    body: string;
    authorization: () => string;
    connections: number;
    count: number;
    seconds: number;
  },
): Promise<Burst> => {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/api/messages`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: options.body,
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          headers: { ...request.headers, authorization: options.authorization() },
        }),
      },
    ],
    connections: options.connections,
    maxOverallRequests: options.count,
    duration: options.seconds,
    timeout: 10,
  });
  const statuses = Object.entries(result.statusCodeStats ?? {})
    .map(([code, stat]) => `${code}×${stat.count}`)
    .join(', ');
  return {
    total: result.requests.total,
    seconds: result.duration,
    statuses: `${statuses}${result.errors + result.timeouts > 0 ? `, ${result.errors} errors, ${result.timeouts} timeouts` : ''}`,
  };
};

const settle = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export const memoryRows = async (cosmos: { endpoint: string; key: string }): Promise<Row[]> => {
  const child = tracked(
    spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'app-process.ts')], {
      env: {
        ...process.env,
        COSMOS_ENDPOINT: cosmos.endpoint,
        COSMOS_KEY: cosmos.key,
        COSMOS_DATABASE: 'bench-memory',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );
  try {
    const hello = await new Promise<AppProcessHello>((resolve, reject) => {
      let buffered = '';
      child.stdout.on('data', (chunk: Buffer) => {
        buffered += chunk.toString();
        const line = buffered.split('\n')[0];
        if (buffered.includes('\n') && line !== undefined)
          resolve(JSON.parse(line) as AppProcessHello);
      });
      child.once('exit', (code) => reject(new Error(`bench app process exited with ${code}`)));
    });
    const pid = child.pid ?? 0;
    const body = JSON.stringify({
      type: 'message',
      id: 'bench-memory',
      channelId: 'msteams',
      serviceUrl: hello.serviceUrl,
      deliveryMode: 'expectReplies',
      from: { id: '29:bench', aadObjectId: '00000000-0000-4000-8000-000000000001', name: 'Bench' },
      recipient: { id: '28:bot', name: 'Quorate' },
      conversation: {
        id: '19:memory@thread.v2',
        conversationType: 'groupChat',
        tenantId: hello.tenant,
      },
      channelData: { tenant: { id: hello.tenant } },
      text: 'help',
    });
    const signed = (): string => `Bearer ${hello.token}`;
    await settle(1000);
    const atStart = await rssOf(pid);
    const warm = await burst(hello.port, {
      body,
      authorization: signed,
      connections: 10,
      count: WARM_UP,
      seconds: 30,
    });
    await settle(1000);
    const afterWarmUp = await rssOf(pid);
    const turns = await burst(hello.port, {
      body,
      authorization: signed,
      connections: 10,
      count: TURNS,
      seconds: TURN_SECONDS,
    });
    await settle(1000);
    const afterTurns = await rssOf(pid);
    const flood = await burst(hello.port, {
      body,
      authorization: () => {
        const tid = randomUUID();
        const now = Math.floor(Date.now() / 1000);
        return `Bearer ${unsigned({ iss: `https://login.microsoftonline.com/${tid}/v2.0`, tid, aud: 'x', exp: now + 600 })}`;
      },
      connections: 16,
      count: FLOOD,
      seconds: FLOOD_SECONDS,
    });
    await settle(1000);
    const afterFlood = await rssOf(pid);
    return [
      {
        what: 'memory: RSS at start → after warm-up',
        value: `${mb(atStart)} → ${mb(afterWarmUp)} (${growth(atStart, afterWarmUp)})`,
        note: `production mode, own process; warm-up ${warm.total} signed \`help\` turns (${warm.statuses})`,
      },
      {
        what: `memory: after ${turns.total.toLocaleString('en-GB')} signed \`help\` turns`,
        value: `${mb(afterTurns)}: ${growth(afterWarmUp, afterTurns)} on warm, ${growth(atStart, afterTurns)} on start`,
        note: `${turns.seconds} s, ${Math.round(turns.total / Math.max(1, turns.seconds))}/s at 10 connections (${turns.statuses}); bounded at ${TURNS.toLocaleString('en-GB')} turns or ${TURN_SECONDS} s`,
      },
      {
        what: `memory: after a flood of ${flood.total.toLocaleString('en-GB')} unsigned tokens`,
        value: `${mb(afterFlood)}: ${growth(afterTurns, afterFlood)}`,
        note: `random tenant id per token, 16 connections, ${flood.seconds} s (${flood.statuses})`,
      },
    ];
  } finally {
    await stopped(child);
  }
};
