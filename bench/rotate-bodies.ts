/**
 * autocannon's setupRequest, loaded by path in its worker thread: each request carries the next
 * body of the JSON array in the file BENCH_BODIES_FILE names (one body per conversation), so that
 * N connections talk in N conversations.
 */
import { readFileSync } from 'node:fs';

type Request = { body?: string | Buffer };

let bodies: string[] | undefined;
let next = 0;

const rotate = (request: Request): Request => {
  bodies ??= JSON.parse(readFileSync(process.env.BENCH_BODIES_FILE ?? '', 'utf8')) as string[];
  const body = bodies[next % bodies.length];
  next += 1;
  return { ...request, body };
};

export = rotate;
