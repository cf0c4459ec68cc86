import type { ParseResult } from './command.js';
import { parsed, parseFailure } from './command.js';
import { usageOf } from './command-catalogue.js';

/**
 * `actions import` and the pasted log on the lines after it. Clients that send on Enter can put
 * rows on one line, separated by ";".
 */
export const parseActionsImport = (firstLine: string, rest: string): ParseResult => {
  const inline = firstLine.split(/\s+/).slice(2).join(' ');
  const rows = rest.trim() === '' && inline.includes('|') ? inline.split(/\s*;\s*/) : [inline];
  const table = [...rows, rest].filter((p) => p.trim() !== '').join('\n');
  if (table.trim() === '')
    return parseFailure(
      'Paste the action log on the lines after "actions import".',
      usageOf('actionsImport'),
    );
  if (table.length > 100_000)
    return parseFailure(
      'That log is too long for one message: import it in parts.',
      usageOf('actionsImport'),
    );
  return parsed({ kind: 'actionsImport', table });
};
