/** Child processes of `npm run bench`: the embedded Cosmos, and RSS read from /proc. */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { EMBEDDED_COSMOS_KEY } from '../src/dev/embedded-cosmos.js';

export type CosmosProcess = {
  endpoint: string;
  key: string;
  pid: number;
  close: () => Promise<void>;
};

const running = new Set<ChildProcess>();
/** A bench that stops early (watchdog, failure) leaves no child behind. */
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** Kills `child` when this process exits, should it still be running. */
export const tracked = <T extends ChildProcess>(child: T): T => {
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
};

const stopped = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

export const startCosmosProcess = async (): Promise<CosmosProcess> => {
  const child = tracked(
    spawn(process.execPath, [join(__dirname, 'cosmos-process.mjs')], {
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );
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
