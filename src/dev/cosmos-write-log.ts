import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/** A document some request may have changed: its container, partition key value and id. */
export type Touched = { container: string; pk: unknown; id: string };

export type WriteLog = {
  /** What was touched since the last call (or since the log began), and forgets it. */
  take(): Touched[];
  /** Puts back what a failed save took, to be taken again by the next. */
  putBack(touched: readonly Touched[]): void;
  /** Containers written in a way the log could not follow: to be read whole. */
  takeUnknown(): Set<string>;
};

const DOCS = /^\/dbs\/[^/]+\/colls\/([^/]+)\/docs(?:\/([^/?]+))?\/?(?:\?.*)?$/;

/** The value of an `x-ms-documentdb-partitionkey` header (`["t1"]`), or of a batch operation's. */
const partitionValue = (raw: unknown): unknown => {
  if (typeof raw !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? (parsed as unknown[])[0] : parsed;
  } catch {
    return undefined;
  }
};

const header = (req: IncomingMessage, name: string): string | undefined => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

type BatchOperation = {
  id?: unknown;
  partitionKey?: unknown;
  resourceBody?: { id?: unknown };
};

/**
 * Follows every request that can change a document on the embedded Cosmos server (which has no
 * change feed worth the name and no hooks): create, upsert, replace, patch, delete and bulk, by
 * container, partition key and id, recorded once the server has answered, so that reading the
 * document afterwards sees what the request did. A save then reads just those documents (a
 * point read each) instead of the whole database. Queries and reads are not followed.
 */
export const watchDocumentWrites = (server: Server): WriteLog => {
  let touched = new Map<string, Touched>();
  let unknown = new Set<string>();
  const note = (t: Touched): void => {
    touched.set(JSON.stringify([t.container, t.pk, t.id]), t);
  };
  server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
    const method = req.method ?? 'GET';
    if (method === 'GET' || method === 'HEAD') return;
    const match = DOCS.exec(req.url ?? '');
    if (match === null) return;
    const container = decodeURIComponent(match[1] ?? '');
    const docId = match[2] === undefined ? undefined : decodeURIComponent(match[2]);
    const isQuery =
      header(req, 'x-ms-documentdb-isquery') !== undefined ||
      (header(req, 'content-type') ?? '').includes('query+json');
    if (method === 'POST' && isQuery) return;
    const pk = partitionValue(header(req, 'x-ms-documentdb-partitionkey'));
    const chunks: Buffer[] = [];
    if (method === 'POST') req.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.once('finish', () => {
      if (docId !== undefined) {
        if (pk === undefined) unknown.add(container);
        else note({ container, pk, id: docId });
        return;
      }
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        unknown.add(container);
        return;
      }
      const operations: BatchOperation[] = Array.isArray(body)
        ? (body as BatchOperation[])
        : [{ resourceBody: body as { id?: unknown } }];
      for (const op of operations) {
        const id = op.resourceBody?.id ?? op.id;
        const opPk = op.partitionKey === undefined ? pk : partitionValue(op.partitionKey);
        if (typeof id !== 'string' || opPk === undefined) unknown.add(container);
        else note({ container, pk: opPk, id });
      }
    });
  });
  return {
    take: () => {
      const all = [...touched.values()];
      touched = new Map();
      return all;
    },
    putBack: (again) => again.forEach(note),
    takeUnknown: () => {
      const all = unknown;
      unknown = new Set();
      return all;
    },
  };
};
