import type { ParseResult } from './command.js';
import { parsed, parseFailure } from './command.js';
import { usageOf } from './command-catalogue.js';

/** `quorum`, `quorum forecast`, `quorum rule <expression>`, `quorum ruling quorate|not quorate: <reason>`. */
export const parseQuorumCommand = (text: string, firstLine: string): ParseResult => {
  const second = (firstLine.split(/\s+/)[1] ?? '').toLowerCase();
  if (second === '') return parsed({ kind: 'quorum' });
  if (second === 'forecast' && firstLine.trim().split(/\s+/).length === 2)
    return parsed({ kind: 'quorumForecast' });
  if (second === 'rule') {
    const rule = text.slice(text.toLowerCase().indexOf('rule') + 4).trim();
    if (rule === '') return parseFailure('Write the rule after "quorum rule".', usageOf('quorum'));
    return parsed({ kind: 'quorumRule', rule });
  }
  if (second === 'ruling') {
    const match = /^quorum\s+ruling\s+(not\s+quorate|quorate)\b\s*:?\s*(.*)$/i.exec(firstLine);
    if (match === null || (match[2] ?? '').trim() === '')
      return parseFailure('Say "quorate" or "not quorate" and why.', usageOf('quorum'));
    return parsed({
      kind: 'quorumRuling',
      quorate: !/^not/i.test(match[1] ?? ''),
      reason: (match[2] ?? '').trim(),
    });
  }
  return parseFailure(`"${firstLine}" is not a quorum command.`, usageOf('quorum'));
};
