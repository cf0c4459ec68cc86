import { ConfigError, loadConfig, processEnvironment } from './config.js';
import { captureLibraryConsole, createConsoleLogger, errorKind } from './log.js';

/** `npm start`: production unless QUORATE_MODE says otherwise; exits at once on bad config. */
const main = async (): Promise<void> => {
  const log = createConsoleLogger();
  let config;
  try {
    config = loadConfig(processEnvironment(), 'production');
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`quorate: configuration error: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  if (config.cosmos.endpoint === undefined) {
    process.stderr.write(
      'quorate: configuration error: COSMOS_ENDPOINT is not set (for a local run use "npm run dev")\n',
    );
    process.exit(2);
  }
  if (config.mode === 'production') captureLibraryConsole(log);
  process.on('unhandledRejection', (reason) =>
    log.error('unhandled_rejection', { error: errorKind(reason) }),
  );
  const { startApp } = await import('./app.js');
  const running = await startApp({ config, log });
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log.info('stopping', { signal });
    running
      .close()
      .then(() => process.exit(0))
      .catch(() => process.exit(1));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
};

main().catch((error: unknown) => {
  process.stderr.write(`quorate: failed to start: ${errorKind(error)}\n`);
  process.exit(1);
});
