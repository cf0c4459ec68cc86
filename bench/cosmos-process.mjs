// The embedded Cosmos server in its own process for `npm run bench`, so that the bot under load
// does not share an event loop with its database. Prints its port on stdout once listening.
import process from 'node:process';
import { createHttpServer } from '@vercel/cosmosdb-server';

const server = createHttpServer();
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${server.address().port}\n`);
});
process.on('SIGTERM', () => process.exit(0));
