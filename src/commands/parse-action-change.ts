import type { ParseResult } from './command.js';
import { parsed, parseFailure } from './command.js';
import { usageOf } from './command-catalogue.js';
import { parseRevisedDate } from './parse-revised-date.js';

/** An update; one that revises the due date ("… revised date 31/03/20") carries that date. */
const updateCommand = (number: number, body: string) => {
  const revised = parseRevisedDate(body);
  return revised === undefined
    ? { kind: 'actionUpdate' as const, number, text: body }
    : { kind: 'actionUpdate' as const, number, text: revised.text, revisedDate: revised.date };
};

const ACTION_NUMBER = /^(?:#|no\.?\s*|action\s+)?(\d{1,6})\b\s*/i;

const CHANGE_USAGE: Record<string, Parameters<typeof usageOf>[0]> = {
  update: 'actionUpdate',
  done: 'actionUpdate',
  reopen: 'actionClose',
  close: 'actionClose',
  due: 'actionDue',
  assign: 'actionDue',
};

/** `update <n> <text>`, `done <n> [<text>]`, `reopen <n>`, `close <n> <reason>`, `due <n> <date>`, `assign <n> <owners>`. */
export const parseActionChange = (verb: string, rest: string): ParseResult => {
  const usage = usageOf(CHANGE_USAGE[verb] ?? 'actionUpdate');
  const match = ACTION_NUMBER.exec(rest);
  if (match === null)
    return parseFailure(`Say which action, by its number: "${verb} 15 …".`, usage);
  const number = Number(match[1]);
  const body = rest.slice(match[0].length).trim();
  switch (verb) {
    case 'update':
      return body === ''
        ? parseFailure('Write the update after the number.', usage)
        : parsed(updateCommand(number, body));
    case 'done':
      return parsed(
        body === '' ? { kind: 'actionDone', number } : { kind: 'actionDone', number, text: body },
      );
    case 'reopen':
      return parsed({ kind: 'actionReopen', number });
    case 'close':
      return body === ''
        ? parseFailure('Give the reason for closing it.', usage)
        : parsed({ kind: 'actionClose', number, reason: body });
    case 'due':
      return body === ''
        ? parseFailure('Give the new due date.', usage)
        : parsed({ kind: 'actionDue', number, date: body });
    default:
      return body === ''
        ? parseFailure('Say who the new owners are.', usage)
        : parsed({ kind: 'actionAssign', number, owners: body });
  }
};
