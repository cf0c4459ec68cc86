import { request } from 'node:http';

export type HttpAnswer = { status: number; body: string };

/** A raw HTTP request on loopback (no retries, no JSON help: the server must cope with anything). */
export const rawRequest = (
  port: number,
  options: {
    method?: string;
    path?: string;
    body?: string | Buffer;
    headers?: Record<string, string>;
  },
): Promise<HttpAnswer> =>
  new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        agent: false,
        method: options.method ?? 'POST',
        path: options.path ?? '/api/messages',
        headers: { 'content-type': 'application/json', ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });

export const postActivity = (port: number, activity: unknown): Promise<HttpAnswer> =>
  rawRequest(port, { body: JSON.stringify(activity) });
