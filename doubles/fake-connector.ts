import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A status (with headers), or `drop`: the connection is destroyed before any answer. */
export type ConnectorAnswer =
  | { status: number; headers?: Record<string, string>; drop?: undefined }
  | { drop: true; status?: undefined };

export type ReceivedActivity = {
  conversationId: string;
  activity: Record<string, unknown>;
  at: number;
};

export type FakeConnector = {
  /** The serviceUrl to store in conversation references. */
  url: string;
  /** Activities answered 2xx, in arrival order. */
  delivered: ReceivedActivity[];
  /** Activities updated in place (PUT …/activities/<id>: a card replaced for everyone), answered 200. */
  updated: (ReceivedActivity & { activityId: string })[];
  /** Every request, whatever it was answered (status 0: the connection was dropped). */
  requests: { conversationId: string; status: number; at: number }[];
  /** Decides the answer to each request; 200 unless set. */
  answer: (conversationId: string, attempt: number) => ConnectorAnswer;
  /**
   * What `GET /v1/meetings/<id>` (Teams' getMeetingInfo) answers, by Teams meeting id; 404 for
   * any other.
   */
  meetings: Map<string, Record<string, unknown>>;
  close: () => Promise<void>;
};

/**
 * Teams' Bot Connector as far as proactive sends need it, on 127.0.0.1: POST
 * /v3/conversations/<id>/activities, answered as `answer` says (201, 403, 404, 429 with or without
 * Retry-After, 5xx, or a dropped connection), counting what arrived.
 */
export const startFakeConnector = async (): Promise<FakeConnector> => {
  const attempts = new Map<string, number>();
  const connector: FakeConnector = {
    url: '',
    delivered: [],
    updated: [],
    requests: [],
    answer: () => ({ status: 200 }),
    meetings: new Map(),
    close: () => Promise.resolve(),
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const meeting = /^\/v1\/meetings\/([^/?]+)/.exec(req.url ?? '');
      if (req.method === 'GET' && meeting !== null) {
        const info = connector.meetings.get(decodeURIComponent(meeting[1] ?? ''));
        res.writeHead(info === undefined ? 404 : 200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(info ?? { error: { code: 'NotFound', message: 'fake connector' } }));
        return;
      }
      const update = /^\/v3\/conversations\/([^/]+)\/activities\/([^/?]+)/.exec(req.url ?? '');
      if (req.method === 'PUT' && update !== null) {
        const activityId = decodeURIComponent(update[2] ?? '');
        let activity: Record<string, unknown> = {};
        try {
          activity = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
        } catch {
          activity = {};
        }
        connector.updated.push({
          conversationId: decodeURIComponent(update[1] ?? ''),
          activityId,
          activity,
          at: Date.now(),
        });
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ id: activityId }));
        return;
      }
      const match = /^\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
      if (req.method !== 'POST' || match === null) {
        res.writeHead(404).end();
        return;
      }
      const conversationId = decodeURIComponent(match[1] ?? '');
      const attempt = (attempts.get(conversationId) ?? 0) + 1;
      attempts.set(conversationId, attempt);
      const answer = connector.answer(conversationId, attempt);
      if (answer.drop === true) {
        connector.requests.push({ conversationId, status: 0, at: Date.now() });
        req.socket.destroy();
        return;
      }
      const { status, headers } = answer;
      connector.requests.push({ conversationId, status, at: Date.now() });
      if (status >= 200 && status < 300) {
        let activity: Record<string, unknown> = {};
        try {
          activity = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
        } catch {
          activity = {};
        }
        connector.delivered.push({ conversationId, activity, at: Date.now() });
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify({ id: `m-${connector.delivered.length}` }));
        return;
      }
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify({ error: { code: 'Fake', message: 'fake connector' } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  connector.url = `http://127.0.0.1:${port}/`;
  connector.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return connector;
};

/**
 * A loopback service URL nothing listens on (a port taken and released): every send to it is
 * refused at connect (ECONNREFUSED), as when a stored reference names a host that is gone.
 */
export const refusingServiceUrl = async (): Promise<string> => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/`;
};
