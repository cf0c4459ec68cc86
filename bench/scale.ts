/**
 * `npm run bench -- --smoke`: every row once with small counts, so CI notices a bench that no longer
 * runs (a broken import, a changed route) in about a minute. Its numbers say nothing about speed.
 */
export const SMOKE = process.argv.includes('--smoke');

/** The full run's count, or the smoke run's. */
export const scaled = <T>(full: T, smoke: T): T => (SMOKE ? smoke : full);
