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
  /** How long a client may take to send its request headers (default 15 s; tests use less). */
  headersTimeoutMs?: number;
};

const DEFAULT_HEADERS_TIMEOUT_MS = 15_000;
const REQUEST_TIMEOUT_MS = 30_000;

export type HttpServer = {
  server: Server;
  listen: (port: number, host: string) => Promise<number>;
  /** Stops accepting, waits for requests in flight (up to `graceMs`), then closes. */
  close: (graceMs?: number) => Promise<void>;
};

class BodyTooLarge extends Error {}

/** Node's own answers to these (the rest are 400): headers too slow, headers too large. */
const CLIENT_ERROR_STATUS: Record<string, string> = {
  ERR_HTTP_REQUEST_TIMEOUT: '408 Request Timeout',
  HPE_HEADER_OVERFLOW: '431 Request Header Fields Too Large',
};

const send = (
  res: ServerResponse,
  status: number,
  body?: unknown,
  headers: Record<string, string> = {},
): void => {
  if (res.headersSent) return;
  if (body === undefined) {
    res.writeHead(status, headers).end();
    return;
  }
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res
    .writeHead(status, {
      ...headers,
      'content-type':
        typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
    })
    .end(text);
};

/**
 * 413 and the end of the connection: Node would otherwise read and throw away the rest of the
 * body to keep the connection alive, so a slow sender of 10 MB could hold a socket for as long as
 * it liked. With `Connection: close` Node closes the socket once the answer is written.
 */
const refuseTooLarge = (req: IncomingMessage, res: ServerResponse): void => {
  req.pause();
  send(res, 413, 'Payload too large', { connection: 'close' });
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
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.off('data', onData);
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
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
        if (error instanceof BodyTooLarge) return refuseTooLarge(req, res);
        return send(res, 400, 'Bad request');
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

  const headersTimeout = options.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS;
  const server = createServer(
    {
      headersTimeout,
      requestTimeout: Math.max(REQUEST_TIMEOUT_MS, headersTimeout),
      // Node checks both timeouts only this often (30 s by default, which would double the wait).
      connectionsCheckingInterval: Math.min(1000, Math.max(50, headersTimeout / 4)),
    },
    (req, res) => {
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
    },
  );
  server.on('clientError', (error: Error & { code?: string }, socket) => {
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    const status = CLIENT_ERROR_STATUS[error.code ?? ''] ?? '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`, () => socket.destroy());
  });

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
