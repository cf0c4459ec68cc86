import type { ParseResult } from './command.js';
import { parsed, parseFailure } from './command.js';
import { usageOf } from './command-catalogue.js';

/** "3", "#3", "N3" (a note) or "D3" (a decision), or "last". */
const REF = (kind: 'note' | 'decision'): string => `(?:#|${kind === 'note' ? 'n' : 'd'})?(\\d{1,4})|(last)`;

/**
 * `note edit <n> <text>`, `note remove <n>`, `note move <n> to item <item>`, and the same after
 * `decision`/`agreed`. A sub-command is `edit`, `remove` (or `delete`) or `move` followed by a
 * number or `last`, in the form that command takes; anything else (`note remove the duplicate
 * entry`, `note move 3 staff to the new team`) is not a correction, and `undefined` lets the
 * caller record it as a note or decision. `body` is everything after the command word.
 */
export const parseEntryCorrection = (
  kind: 'note' | 'decision',
  body: string,
): ParseResult | undefined => {
  const usage = usageOf('entryCorrection');
  const ref = REF(kind);
  const head = new RegExp(`^(edit|remove|delete|move)\\s+(?:${ref})(?=\\s|$)`, 'i').exec(body);
  if (head === null) return undefined;
  const verb = (head[1] ?? '').toLowerCase();
  const number = head[3] !== undefined ? 'last' : Number(head[2]);
  const rest = body.slice(head[0].length).trim();
  if (number === 0)
    return parseFailure(`${kind === 'note' ? 'Notes' : 'Decisions'} are numbered from 1.`, usage);
  switch (verb) {
    case 'edit':
      return rest === ''
        ? parseFailure(`Write the ${kind}'s new words after its number.`, usage)
        : parsed({
            kind: 'entryCorrection',
            entry: kind,
            ref: number,
            correction: { op: 'edit', text: rest },
          });
    case 'remove':
    case 'delete':
      return rest === ''
        ? parsed({ kind: 'entryCorrection', entry: kind, ref: number, correction: { op: 'remove' } })
        : undefined;
    default: {
      const to = /^to(?:\s+item)?(?:\s+(\S+))?$/i.exec(rest);
      if (to === null) return undefined;
      const item = to[1];
      if (item === undefined || /^item$/i.test(item))
        return parseFailure(`Say which item the ${kind} goes to: "to item 3".`, usage);
      return parsed({
        kind: 'entryCorrection',
        entry: kind,
        ref: number,
        correction: { op: 'move', toItem: item },
      });
    }
  }
};
