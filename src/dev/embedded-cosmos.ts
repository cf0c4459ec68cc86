import type { Server } from 'node:http';
import { createHttpServer } from '@vercel/cosmosdb-server';

/** Any base64 string is accepted by the embedded server; this is the well-known emulator key. */
export const EMBEDDED_COSMOS_KEY =
  'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==';

export type EmbeddedCosmos = {
  endpoint: string;
  key: string;
  port: number;
  /** The HTTP server itself, for watching what is written (cosmos-write-log.ts). */
  server: Server;
  close: () => Promise<void>;
};

/**
 * A Cosmos-compatible server in this process, on loopback, over plain HTTP. It keeps data in
 * memory only: local runs save and restore it through the SDK (cosmos-snapshot.ts).
 */
export const startEmbeddedCosmos = async (
  port = 0,
  host = '127.0.0.1',
): Promise<EmbeddedCosmos> => {
  const server: Server = createHttpServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address !== null ? address.port : port;
  return {
    endpoint: `http://${host}:${actualPort}`,
    key: EMBEDDED_COSMOS_KEY,
    port: actualPort,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
