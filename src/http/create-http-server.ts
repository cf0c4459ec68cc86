import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { Logger } from '../log.js';
import { errorKind } from '../log.js';

export const MAX_BODY_BYTES = 256 * 1024;

export type BotEndpoint = (
  authHeader: string,
  body: Record<string, unknown>,
) => Promise<{ status: number; body?: unknown }>;

export type HttpServerOptions = {
  bot: BotEndpoint;
  health: () => Promise<boolean>;
  log: Logger;
  /** Extra GET routes (signed downloads, dev controls), matched by path prefix. */
  routes?: {
    prefix: string;
    handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  }[];
};

export type HttpServer = {
  server: Server;
  listen: (port: number, host: string) => Promise<number>;
  /** Stops accepting, waits for requests in flight (up to `graceMs`), then closes. */
  close: (graceMs?: number) => Promise<void>;
};

class BodyTooLarge extends Error {}

const send = (res: ServerResponse, status: number, body?: unknown): void => {
  if (res.headersSent) return;
  if (body === undefined) {
    res.writeHead(status).end();
    return;
  }
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res
    .writeHead(status, {
      'content-type':
        typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
    })
    .end(text);
};

const readBody = (req: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? '0');
    if (declared > MAX_BODY_BYTES) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new BodyTooLarge());
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

const parseActivityBody = (raw: Buffer): Record<string, unknown> | undefined => {
  let value: unknown;
  try {
    value = JSON.parse(raw.toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' && type !== '' ? (value as Record<string, unknown>) : undefined;
};

/**
 * The bot's HTTP server on node:http. Bad bodies (not JSON, not an object, no `type`, over
 * 256 KB) get a fixed short answer; no error here can take the process down.
 */
export const createHttpServer = (options: HttpServerOptions): HttpServer => {
  let inFlight = 0;
  let closing = false;
  const idle: (() => void)[] = [];

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === '/api/messages') {
      if (req.method !== 'POST') return send(res, 405, 'Method not allowed');
      if (closing) return send(res, 503, 'Shutting down');
      let raw: Buffer;
      try {
        raw = await readBody(req);
      } catch (error) {
        return send(
          res,
          error instanceof BodyTooLarge ? 413 : 400,
          error instanceof BodyTooLarge ? 'Payload too large' : 'Bad request',
        );
      }
      const body = parseActivityBody(raw);
      if (body === undefined) return send(res, 400, 'Bad request');
      const auth = req.headers.authorization ?? '';
      const result = await options.bot(auth, body);
      return send(res, result.status, result.body);
    }
    if (path === '/healthz' && req.method === 'GET') {
      const ok = await options.health().catch(() => false);
      return send(res, ok ? 200 : 503, { status: ok ? 'ok' : 'unavailable' });
    }
    const route = options.routes?.find((r) => path.startsWith(r.prefix));
    if (route !== undefined) return route.handle(req, res);
    return send(res, 404, 'Not found');
  };

  const server = createServer((req, res) => {
    inFlight += 1;
    handle(req, res)
      .catch((error: unknown) => {
        options.log.error('http.failed', { error: errorKind(error) });
        send(res, 500, 'Internal error');
      })
      .finally(() => {
        inFlight -= 1;
        if (inFlight === 0) idle.splice(0).forEach((resolve) => resolve());
      });
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 15_000;

  return {
    server,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const address = server.address();
          resolve(typeof address === 'object' && address !== null ? address.port : port);
        });
      }),
    close: async (graceMs = 10_000) => {
      closing = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (inFlight > 0) {
        await Promise.race([
          new Promise<void>((resolve) => idle.push(resolve)),
          new Promise((r) => setTimeout(r, graceMs)),
        ]);
      }
      server.closeAllConnections();
      await closed;
    },
  };
};
