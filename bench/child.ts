/** Child processes of `npm run bench`: the embedded Cosmos, and RSS read from /proc. */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { EMBEDDED_COSMOS_KEY } from '../src/dev/embedded-cosmos.js';

export type CosmosProcess = { endpoint: string; key: string; pid: number; close: () => Promise<void> };

const stopped = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

export const startCosmosProcess = async (): Promise<CosmosProcess> => {
  const child = spawn(process.execPath, [new URL('./cosmos-process.mjs', import.meta.url).pathname], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
    child.once('exit', (code) => reject(new Error(`embedded Cosmos exited with ${code}`)));
  });
  return {
    endpoint: `http://127.0.0.1:${port}`,
    key: EMBEDDED_COSMOS_KEY,
    pid: child.pid ?? 0,
    close: () => stopped(child),
  };
};

/** Resident set size of a process in bytes (Linux). */
export const rssOf = async (pid: number): Promise<number> => {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  return Number(kb ?? 0) * 1024;
};

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });

export { stopped };
