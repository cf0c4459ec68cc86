import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { loadConfig, processEnvironment } from '../config.js';
import { createConsoleLogger } from '../log.js';
import { startLocalStack } from './local-stack.js';

/** `npm run dev`: embedded Cosmos, the bot on 127.0.0.1 and the Agents Playground as Teams client. */
const main = async (): Promise<void> => {
  const env = processEnvironment();
  const config = loadConfig({ ...env, QUORATE_MODE: 'local' }, 'local');
  const log = createConsoleLogger();
  const stack = await startLocalStack(config, log);
  const botUrl = `http://127.0.0.1:${stack.app.port}/api/messages`;
  let playground: ChildProcess | undefined;
  if (config.local.playground) {
    const cli = require.resolve('@microsoft/m365agentsplayground/cli.js');
    playground = spawn(
      process.execPath,
      [
        cli,
        '-e',
        botUrl,
        '-c',
        'msteams',
        '-p',
        String(config.local.playgroundPort),
        '--disable-telemetry',
      ],
      { env: { ...env, TEAMSAPPTESTER_BROWSER: 'none' }, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    playground.on('exit', (code) => {
      if (code !== null && code !== 0) log.warn('playground.exited', { code });
    });
  }
  process.stdout.write(
    [
      '',
      `  Quorate is running (local mode, data in ${config.local.dataDir}/).`,
      `  Bot:        ${botUrl}`,
      config.local.playground
        ? `  Open Teams: http://127.0.0.1:${config.local.playgroundPort}  (Agents Playground; type "help")`
        : '  Playground: off (PLAYGROUND=off)',
      '  Demo data:  npm run dev:seed   ·   Stop: Ctrl-C',
      '',
    ].join('\n') + '\n',
  );
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    playground?.kill('SIGTERM');
    stack
      .stop()
      .then(() => process.exit(0))
      .catch(() => process.exit(1));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
};

main().catch((error: unknown) => {
  process.stderr.write(`quorate dev: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
