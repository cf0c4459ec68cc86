/**
 * Start-up row of `npm run bench`: the local-mode entry (`npm run dev` without the playground:
 * embedded Cosmos restored from an empty data folder, schema created, bot listening) spawned as a
 * process, timed from spawn to the first `/healthz` 200. Three runs, each stopped with SIGTERM.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { freePort, stopped, tracked } from './child.js';
import type { Row } from './reminders.js';
import { scaled } from './scale.js';

const RUNS = scaled(2, 1);
const GIVE_UP_MS = 30_000;

const healthy = async (port: number): Promise<boolean> => {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/healthz`);
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    return false;
  }
};

const startOnce = async (): Promise<number> => {
  const dataDir = await mkdtemp(join(tmpdir(), 'quorate-bench-'));
  const port = await freePort();
  const cosmosPort = await freePort();
  const started = performance.now();
  const child = tracked(
    spawn(process.execPath, ['--import', 'tsx', join(__dirname, '..', 'src', 'dev', 'dev.ts')], {
      env: {
        ...process.env,
        QUORATE_MODE: 'local',
        PORT: String(port),
        HOST: '127.0.0.1',
        COSMOS_PORT: String(cosmosPort),
        DATA_DIR: dataDir,
        PLAYGROUND: 'off',
      },
      stdio: 'ignore',
    }),
  );
  try {
    while (performance.now() - started < GIVE_UP_MS) {
      if (child.exitCode !== null) throw new Error(`local entry exited with ${child.exitCode}`);
      if (await healthy(port)) return performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`no /healthz 200 within ${GIVE_UP_MS} ms`);
  } finally {
    await stopped(child);
    await rm(dataDir, { recursive: true, force: true });
  }
};

/** The floor: the same runtime loading the SDKs the bot loads, and exiting. */
const DEPENDENCIES = [
  'botbuilder',
  '@microsoft/teams-ai',
  '@azure/cosmos',
  '@azure/identity',
  '@vercel/cosmosdb-server',
  'docx',
  'chrono-node',
  'zod',
];

const loadDependencies = async (): Promise<number> => {
  const started = performance.now();
  const child = tracked(
    spawn(
      process.execPath,
      ['--import', 'tsx', '-e', DEPENDENCIES.map((d) => `require(${JSON.stringify(d)});`).join('')],
      { cwd: join(__dirname, '..'), stdio: 'ignore' },
    ),
  );
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`loading the dependencies exited with ${code}`);
  return performance.now() - started;
};

export const startUpRows = async (): Promise<Row[]> => {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) samples.push(await startOnce());
  const floor = await loadDependencies();
  const best = Math.min(...samples);
  return [
    {
      what: 'start-up: spawn → /healthz 200 (local, embedded Cosmos)',
      value: `best ${Math.round(best)} ms of ${samples.map((s) => Math.round(s)).join(', ')} = ${(best / floor).toFixed(1)}× floor ${Math.round(floor)} ms`,
      note: '`node --import tsx src/dev/dev.ts`, PLAYGROUND=off, empty data folder; floor = the same runtime requiring botbuilder, teams-ai, cosmos, identity, cosmosdb-server, docx, chrono, zod and exiting',
    },
  ];
};
