import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const runServer = (
  env: Record<string, string>,
): Promise<{ code: number | null; stderr: string; ms: number }> =>
  new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, ms: Date.now() - started });
    });
  });

describe('npm start in production mode', () => {
  it('exits non-zero within 5 s with one line naming the missing variable', async () => {
    const result = await runServer({ MICROSOFT_APP_TYPE: 'SingleTenant' });
    expect(result.code).not.toBe(0);
    expect(result.ms).toBeLessThan(5000);
    expect(result.stderr.trim().split('\n')).toEqual([
      'quorate: configuration error: MICROSOFT_APP_ID is required in production mode',
    ]);
  });
});
