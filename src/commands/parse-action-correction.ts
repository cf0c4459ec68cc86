import type { ParseResult } from './command.js';
import { parsed, parseFailure } from './command.js';
import { usageOf } from './command-catalogue.js';

const NUMBER = /^(?:#|no\.?\s*)?(\d{1,6})(?=\s|$)/i;

/**
 * `action delete <n> <reason>`, `action move <n> to item <item>`, `action edit <n> <text>`:
 * `undefined` when `args` (after "action") is not one of them, so "action delete RS to …" stays a
 * capture for someone whose initials happen to be a verb.
 */
export const parseActionCorrection = (args: string): ParseResult | undefined => {
  const head = /^(delete|withdraw|move|edit)\s+/i.exec(args);
  if (head === null) return undefined;
  const verb = (head[1] ?? '').toLowerCase();
  const afterVerb = args.slice(head[0].length);
  const number = NUMBER.exec(afterVerb);
  /** "action edit RS to …" is not a correction: a capture reads it (and asks about "edit"). */
  if (number === null) return undefined;
  const n = Number(number[1]);
  const rest = afterVerb.slice(number[0].length).trim();
  switch (verb) {
    case 'delete':
    case 'withdraw':
      return rest === ''
        ? parseFailure(
            `Give the reason: "action delete ${n} captured in error".`,
            usageOf('actionDelete'),
          )
        : parsed({ kind: 'actionDelete', number: n, reason: rest });
    case 'move': {
      const to = /^to\s+(?:item\s+)?(\S+)$/i.exec(rest);
      if (to === null || /^item$/i.test(to[1] ?? ''))
        return parseFailure('Say which item it moves to: "to item 3".', usageOf('actionMove'));
      return parsed({ kind: 'actionMove', number: n, item: to[1] ?? '' });
    }
    default:
      return rest === ''
        ? parseFailure('Write the action’s new words after its number.', usageOf('actionEdit'))
        : parsed({ kind: 'actionEdit', number: n, text: rest });
  }
};
