import { describe, expect, it } from 'vitest';
import { isTransient } from '../../src/teams/invoke-budget.js';

const cosmos = (code: number): Error => Object.assign(new Error(`status ${code}`), { code });
const wrapped = (cause: unknown): Error => new Error('[cosmos update action] failed', { cause });

describe('isTransient', () => {
  it.each<[string, unknown, boolean]>([
    ['429 throttled', cosmos(429), true],
    ['503 unavailable', cosmos(503), true],
    ['408 timeout', cosmos(408), true],
    ['449 retry with', cosmos(449), true],
    ['a 503 wrapped twice', wrapped(wrapped(cosmos(503))), true],
    ['a connection reset', Object.assign(new Error('reset'), { code: 'ECONNRESET' }), true],
    ['a timeout by name', Object.assign(new Error('late'), { name: 'TimeoutError' }), true],
    ['statusCode instead of code', Object.assign(new Error('x'), { statusCode: 502 }), true],
    ['412 precondition (a lost race, not a hiccup)', cosmos(412), false],
    ['404 not found', cosmos(404), false],
    ['409 conflict', wrapped(cosmos(409)), false],
    ['a bug', new TypeError('x is undefined'), false],
    ['a string', 'boom', false],
    ['nothing', undefined, false],
  ])('%s → %s', (_name, error, expected) => {
    expect(isTransient(error)).toBe(expected);
  });

  it('stops at a cause chain that loops', () => {
    const a: Error & { cause?: unknown } = new Error('a');
    a.cause = a;
    expect(isTransient(a)).toBe(false);
  });
});
