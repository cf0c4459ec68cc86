/**
 * The bot in PRODUCTION mode in a process of its own, for the memory rows of `npm run bench`: its
 * authentication points at a loopback Bot Framework double started here, its Cosmos is the one
 * named by COSMOS_ENDPOINT / COSMOS_KEY. Prints one JSON line once listening: the port, a signed
 * channel token valid for an hour and the service URL the token names. Stops on SIGTERM.
 */
import { startBotFrameworkDouble, startProductionApp } from '../doubles/bot-framework-double.js';
import { silentLogger } from '../src/log.js';

/** The one tenant the bench's production app serves. */
const BENCH_TENANT = '44444444-4444-4444-8444-444444444444';

export type AppProcessHello = { port: number; token: string; serviceUrl: string; tenant: string };

const main = async (): Promise<void> => {
  const double = await startBotFrameworkDouble();
  const app = await startProductionApp({
    double,
    cosmosEndpoint: process.env.COSMOS_ENDPOINT ?? '',
    cosmosKey: process.env.COSMOS_KEY ?? '',
    database: process.env.COSMOS_DATABASE ?? 'bench-memory',
    allowedTenantIds: [BENCH_TENANT],
    log: silentLogger,
  });
  const hello: AppProcessHello = {
    port: app.port,
    token: double.sign(double.channelClaims(double.serviceUrl)),
    serviceUrl: double.serviceUrl,
    tenant: BENCH_TENANT,
  };
  /** With --expose-gc: a full collection on SIGUSR2, so that RSS is read without garbage. */
  process.on('SIGUSR2', () => (globalThis as { gc?: () => void }).gc?.());
  process.stdout.write(`${JSON.stringify(hello)}\n`);
  process.once('SIGTERM', () => {
    void Promise.all([app.close(), double.close()]).finally(() => process.exit(0));
  });
};

main().catch((error: unknown) => {
  process.stderr.write(
    `bench app process: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
