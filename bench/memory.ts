/**
 * Memory rows of `npm run bench`: the resident set of the production-mode bot in its own process
 * (bench/app-process.ts) at start, after a warm-up, after 100,000 signed `help` turns and after a
 * flood of 20,000 requests bearing unsigned tokens with random tenant ids. Every load is bounded
 * in count and in time; the rows say how many requests were actually made.
 */
import { randomUUID } from 'node:crypto';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import type { AppProcessHello } from './app-process.js';
import { rssOf, stopped, tracked } from './child.js';
import type { Row } from './reminders.js';
import { scaled } from './scale.js';

/** BENCH_MEMORY_SECONDS gives the 100,000 turns longer than the default on a slow machine. */
const TURNS = scaled(100_000, 1_000);
const TURN_SECONDS = scaled(Number(process.env.BENCH_MEMORY_SECONDS ?? 230), 15);
const WARM_UP = scaled(3_000, 200);
const CHUNK = scaled(5_000, 500);
const CHUNK_SECONDS = 10;
const FLOOD = scaled(20_000, 500);
const FLOOD_SECONDS = 45;

/** Bytes per turn, fitted through (turns, RSS) samples. */
const leastSquaresSlope = (points: { turns: number; rss: number }[]): number => {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((a, p) => a + p.turns, 0) / n;
  const my = points.reduce((a, p) => a + p.rss, 0) / n;
  const sxy = points.reduce((a, p) => a + (p.turns - mx) * (p.rss - my), 0);
  const sxx = points.reduce((a, p) => a + (p.turns - mx) ** 2, 0);
  return sxx === 0 ? 0 : sxy / sxx;
};

const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const growth = (from: number, to: number): string =>
  `${to >= from ? '+' : ''}${(((to - from) / from) * 100).toFixed(1)} %`;

const unsigned = (claims: Record<string, unknown>): string =>
  `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(
    JSON.stringify(claims),
  ).toString('base64url')}.`;

type Burst = { total: number; seconds: number; statuses: Map<string, number> };

const describe = (statuses: Map<string, number>): string =>
  [...statuses].map(([code, n]) => `${code}×${n}`).join(', ');

const burst = async (
  port: number,
  options: {
    body: string;
    /** One header for every request, or a new one for each. */
    authorization: string | (() => string);
    connections: number;
    count: number;
    seconds: number;
  },
): Promise<Burst> => {
  const { authorization } = options;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/api/messages`,
    method: 'POST',
    body: options.body,
    ...(typeof authorization === 'string'
      ? { headers: { 'content-type': 'application/json', authorization } }
      : {
          headers: { 'content-type': 'application/json' },
          requests: [
            {
              setupRequest: (request) => ({
                ...request,
                headers: { ...request.headers, authorization: authorization() },
              }),
            },
          ],
        }),
    connections: options.connections,
    maxOverallRequests: options.count,
    duration: options.seconds,
    timeout: 10,
  });
  const statuses = new Map<string, number>();
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {}))
    statuses.set(code, stat?.count ?? 0);
  if (result.errors > 0) statuses.set('errors', result.errors);
  if (result.timeouts > 0) statuses.set('timeouts', result.timeouts);
  return { total: result.requests.total, seconds: result.duration, statuses };
};

const settle = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export const memoryRows = async (cosmos: { endpoint: string; key: string }): Promise<Row[]> => {
  const child = tracked(
    spawn(process.execPath, ['--expose-gc', '--import', 'tsx', join(__dirname, 'app-process.ts')], {
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
    /** RSS after a full collection in the bot's process (it collects on SIGUSR2). */
    const rssAfterGc = async (): Promise<number> => {
      child.kill('SIGUSR2');
      await settle(300);
      return rssOf(pid);
    };
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
    const signed = `Bearer ${hello.token}`;
    const atStart = await rssAfterGc();
    const warm = await burst(hello.port, {
      body,
      authorization: signed,
      connections: 10,
      count: WARM_UP,
      seconds: 20,
    });
    const afterWarmUp = await rssAfterGc();
    /** In chunks, RSS after each: the slope says where 100,000 would land if time runs out. */
    const samples: { turns: number; rss: number }[] = [{ turns: 0, rss: afterWarmUp }];
    const deadline = performance.now() + TURN_SECONDS * 1000;
    let done = 0;
    let spent = 0;
    const codes = new Map<string, number>();
    while (done < TURNS && performance.now() < deadline) {
      const chunk = await burst(hello.port, {
        body,
        authorization: signed,
        connections: 10,
        count: Math.min(CHUNK, TURNS - done),
        seconds: Math.max(
          1,
          Math.min(CHUNK_SECONDS, Math.ceil((deadline - performance.now()) / 1000)),
        ),
      });
      done += chunk.total;
      spent += chunk.seconds;
      for (const [code, n] of chunk.statuses) codes.set(code, (codes.get(code) ?? 0) + n);
      samples.push({ turns: done, rss: await rssAfterGc() });
    }
    const afterTurns = await rssAfterGc();
    const slope = leastSquaresSlope(samples);
    const turns = { total: done, seconds: spent };
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
    const afterFlood = await rssAfterGc();
    return [
      {
        what: 'memory: RSS at start → after warm-up',
        value: `${mb(atStart)} → ${mb(afterWarmUp)} (${growth(atStart, afterWarmUp)})`,
        note: `production mode, own process (tsx), RSS read after a full GC; warm-up ${warm.total} signed \`help\` turns (${describe(warm.statuses)})`,
      },
      {
        what: `memory: after ${turns.total.toLocaleString('en-GB')} signed \`help\` turns`,
        value: `${mb(afterTurns)}: ${growth(afterWarmUp, afterTurns)} on warm-up, ${growth(atStart, afterTurns)} on start`,
        note: `${turns.seconds.toFixed(0)} s, ${Math.round(turns.total / Math.max(1, turns.seconds))}/s at 10 connections (${describe(codes)}); bounded at ${TURNS.toLocaleString('en-GB')} turns or ${TURN_SECONDS} s; RSS after each of ${samples.length - 1} chunks: slope ${((slope * 1000) / 1024).toFixed(0)} KB per 1,000 turns${samples.length >= 4 && turns.total < TURNS ? `, ${growth(afterWarmUp, afterWarmUp + slope * TURNS)} at 100,000 if it held` : ''}`,
      },
      {
        what: `memory: after a flood of ${flood.total.toLocaleString('en-GB')} unsigned tokens`,
        value: `${mb(afterFlood)}: ${growth(afterTurns, afterFlood)}`,
        note: `random tenant id per token, 16 connections, ${flood.seconds} s (${describe(flood.statuses)})`,
      },
    ];
  } finally {
    await stopped(child);
  }
};
