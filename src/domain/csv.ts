/** One CSV cell, quoted when it holds a comma, quote or line break. */
export const csvCell = (value: string): string =>
  /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

/** Rows as CSV lines joined by CRLF (no final line break). */
export const csvTable = (rows: readonly (readonly string[])[]): string =>
  rows.map((row) => row.map(csvCell).join(',')).join('\r\n');
