export type DomainErrorCode =
  'CONCURRENT_UPDATE' | 'NOT_FOUND' | 'FORBIDDEN' | 'INVALID_INPUT' | 'CONFLICT' | 'UNAVAILABLE';

/**
 * A broken domain rule or an expected failure the user must hear about. `userMessage` is safe to
 * show in chat: it never holds stack traces or library text.
 */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly userMessage: string,
  ) {
    super(`${code}: ${userMessage}`);
    this.name = 'DomainError';
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;
