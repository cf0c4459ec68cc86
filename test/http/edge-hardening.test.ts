import { connect } from 'node:net';
import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpServer } from '../../src/http/create-http-server.js';
import { createHttpServer, MAX_BODY_BYTES } from '../../src/http/create-http-server.js';
import type { ProductionEdge } from '../support/bot-framework-double.js';
import { recordingLogger, startProductionEdge } from '../support/bot-framework-double.js';
import { rawRequest } from '../support/http-client.js';

/**
 * Issue 24: what an outside prober found at the edge of the production server on 127.0.0.1 — a
 * malformed download link, a 10 MB body, headers trickled a byte a second.
 */

const logs = recordingLogger();
let edge: ProductionEdge;
beforeAll(async () => {
  edge = await startProductionEdge(logs.log);
});
afterAll(async () => {
  await edge.close();
});

const errorLines = () => logs.events.filter((e) => e.level === 'error');

type RawExchange = {
  /** Everything the server sent back. */
  received: () => string;
  /** Resolves when the server has closed the connection. */
  closed: Promise<void>;
  isClosed: () => boolean;
  socket: Socket;
};

/** A bare TCP connection to the server, so that the test decides what is sent and when. */
const openRaw = (port: number): Promise<RawExchange> =>
  new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    let received = '';
    let isClosed = false;
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
    // Writing to a connection the server has dropped fails (EPIPE, ECONNRESET): that is the point.
    socket.on('error', () => undefined);
    const closed = new Promise<void>((done) =>
      socket.on('close', () => {
        isClosed = true;
        done();
      }),
    );
    socket.once('connect', () =>
      resolve({ received: () => received, closed, isClosed: () => isClosed, socket }),
    );
    socket.once('error', reject);
  });

/** Writes `total` bytes in 64 KB pieces, waiting for the socket to drain; stops if it closes. */
const sendBody = async (raw: RawExchange, total: number, chunked: boolean): Promise<number> => {
  const piece = Buffer.alloc(64 * 1024, 0x20);
  let sent = 0;
  while (sent < total && !raw.isClosed() && raw.socket.writable) {
    const data = chunked
      ? Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n')])
      : piece;
    const flushed = raw.socket.write(data);
    sent += piece.length;
    if (!flushed) {
      await Promise.race([new Promise((resolve) => raw.socket.once('drain', resolve)), raw.closed]);
    }
  }
  return sent;
};

describe('GET /files/<malformed percent-encoding>', () => {
  it.each(['/files/%ZZ', '/files/%E0%A4%A', '/files/%', '/files/abc%FF.def', '/files/%C0%AF'])(
    '%s: 404 like a forged link, no error-level log line',
    async (path) => {
      const forged = await rawRequest(edge.app.port, { method: 'GET', path: '/files/abc.def' });
      expect(forged.status).toBe(404);
      const answer = await rawRequest(edge.app.port, { method: 'GET', path });
      expect(answer).toEqual(forged);
      expect(errorLines()).toEqual([]);
    },
  );
});

describe('an oversized body on POST /api/messages', () => {
  it.each([
    ['a declared Content-Length of 10 MB', false],
    ['a chunked body that grows past the limit', true],
  ])(
    '%s: 413 with Connection: close, and the connection is closed before the sender is done',
    async (_name, chunked) => {
      const total = 10 * 1024 * 1024;
      const raw = await openRaw(edge.app.port);
      raw.socket.write(
        [
          'POST /api/messages HTTP/1.1',
          'Host: 127.0.0.1',
          'Content-Type: application/json',
          chunked ? 'Transfer-Encoding: chunked' : `Content-Length: ${total}`,
          '',
          '',
        ].join('\r\n'),
      );
      const sent = await sendBody(raw, total, chunked);
      const closedBeforeDone = raw.isClosed() || !raw.socket.writable;
      if (!closedBeforeDone) raw.socket.destroy();
      await raw.closed;
      expect(closedBeforeDone).toBe(true);
      expect(sent).toBeLessThan(total);
      const head = raw.received().split('\r\n\r\n')[0] ?? '';
      expect(head.split('\r\n')[0]).toBe('HTTP/1.1 413 Payload Too Large');
      expect(head.toLowerCase()).toContain('connection: close');
      expect(sent).toBeGreaterThan(0);
      expect(errorLines()).toEqual([]);
    },
  );

  it('a body just under the limit is still read and answered on the same server', async () => {
    const body = JSON.stringify({ type: 'message', text: 'x'.repeat(MAX_BODY_BYTES - 100) });
    const answer = await rawRequest(edge.app.port, { body });
    expect(answer).toEqual({ status: 400, body: 'Bad request' });
    expect((await rawRequest(edge.app.port, { method: 'GET', path: '/healthz' })).status).toBe(200);
  });
});

describe('headers trickled one byte a second', () => {
  const HEADERS_TIMEOUT_MS = 1000;
  let server: HttpServer;
  let port: number;
  beforeAll(async () => {
    server = createHttpServer({
      bot: () => Promise.resolve({ status: 200 }),
      health: () => Promise.resolve(true),
      log: logs.log,
      headersTimeoutMs: HEADERS_TIMEOUT_MS,
    });
    port = await server.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await server.close(0);
  });

  it('drops the slow connection within its header timeout (408) while other requests are served', async () => {
    const raw = await openRaw(port);
    const rest = 'X-Slow: 0123456789\r\n\r\n';
    raw.socket.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    let trickled = 0;
    const others: number[] = [];
    while (trickled < rest.length && !raw.isClosed()) {
      raw.socket.write(rest[trickled]!);
      trickled += 1;
      const [answer] = await Promise.all([
        rawRequest(port, { method: 'GET', path: '/healthz' }),
        new Promise((resolve) => setTimeout(resolve, 1000)),
      ]);
      others.push(answer.status);
    }
    if (!raw.isClosed()) raw.socket.destroy();
    await raw.closed;
    expect(raw.received().split('\r\n')[0]).toBe('HTTP/1.1 408 Request Timeout');
    expect(trickled).toBeLessThan(rest.length);
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((status) => status === 200)).toBe(true);
    expect(errorLines()).toEqual([]);
  }, 30_000);
});
