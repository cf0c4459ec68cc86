import { afterEach, describe, expect, it } from 'vitest';
import { captureLibraryConsole } from '../src/log.js';
import { recordingLogger } from './support/bot-framework-double.js';

/** What reaches stderr is counted in test/security/library-noise.test.ts, on a real process. */
describe('captureLibraryConsole (production)', () => {
  let restore: (() => void) | undefined;
  afterEach(() => restore?.());

  it('counts library console calls and reports them at most once per period, without their text', () => {
    const logs = recordingLogger();
    let at = 0;
    restore = captureLibraryConsole(logs.log, 60_000, () => at);
    console.error('Error finding key for token. Available keys: -----BEGIN PUBLIC KEY-----');
    console.log('x');
    console.warn('y');
    console.trace('z');
    console.assert(true, 'not a failure: not counted');
    at = 59_999;
    console.info('still within the minute');
    at = 60_000;
    console.assert(false, 'a failure');
    console.debug('after it');
    expect(logs.events).toEqual([
      { level: 'warn', event: 'library.console', fields: { method: 'error', calls: 1 } },
      { level: 'warn', event: 'library.console', fields: { method: 'assert', calls: 5 } },
    ]);
  });

  it('gives the console back', () => {
    const original = console.error;
    captureLibraryConsole(recordingLogger().log)();
    expect(console.error).toBe(original);
  });
});
