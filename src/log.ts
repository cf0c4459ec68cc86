/** Structured log lines. Fields carry ids and codes only, never names, notes or tokens. */
export type LogFields = Record<string, string | number | boolean | undefined>;

export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

const write = (level: string, event: string, fields: LogFields = {}): void => {
  process.stdout.write(
    `${JSON.stringify({ at: new Date().toISOString(), level, event, ...fields })}\n`,
  );
};

export const createConsoleLogger = (): Logger => ({
  info: (event, fields) => write('info', event, fields),
  warn: (event, fields) => write('warn', event, fields),
  error: (event, fields) => write('error', event, fields),
});

export const silentLogger: Logger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

/** An error's class and code for logs, never its message (messages can echo user content). */
export const errorKind = (error: unknown): string => {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return `${error.name}${typeof code === 'string' || typeof code === 'number' ? `:${code}` : ''}`;
  }
  return typeof error;
};

const CONSOLE_METHODS = [
  'debug',
  'dir',
  'dirxml',
  'error',
  'info',
  'log',
  'table',
  'trace',
  'warn',
] as const;

/**
 * Production only: takes the console away from the libraries. botbuilder prints the signing key,
 * or a stack trace with the install paths, each time it refuses a token, so any caller could
 * multiply the log volume at will. Our own lines never use the console (they are written to
 * stdout above), so nothing of ours is hidden. Library calls are counted, never printed: at most
 * one `library.console` line per `everyMs` says how many there were since the last one.
 * Returns a function that gives the console back.
 */
export const captureLibraryConsole = (
  log: Logger,
  everyMs = 60_000,
  now: () => number = Date.now,
): (() => void) => {
  let calls = 0;
  let reportedAt = Number.NEGATIVE_INFINITY;
  const count = (method: string): void => {
    calls += 1;
    const at = now();
    if (at - reportedAt < everyMs) return;
    reportedAt = at;
    log.warn('library.console', { method, calls });
    calls = 0;
  };
  const saved = Object.fromEntries(
    ['assert', ...CONSOLE_METHODS].map((method) => [method, Reflect.get(console, method)]),
  );
  Object.assign(
    console,
    Object.fromEntries(CONSOLE_METHODS.map((method) => [method, () => count(method)])),
    {
      assert: (condition?: unknown) => {
        if (!condition) count('assert');
      },
    },
  );
  return () => {
    Object.assign(console, saved);
  };
};
