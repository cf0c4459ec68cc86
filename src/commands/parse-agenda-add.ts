import type { ParseResult } from './command.js';
import { parsed, parseFailure } from './command.js';
import { usageOf } from './command-catalogue.js';

const ITEM_NUMBER = /^\d+(?:[a-z]|(?:\.\d+)+)?$/i;

/** `agenda add [<2a>] <title> [by <presenters>] [<N> min] [confidential]`, read from the end. */
export const parseAgendaAdd = (spec: string): ParseResult => {
  let rest = spec.trim();
  let confidential = false;
  let minutes: number | undefined;
  let presenters: string | undefined;
  let number: string | undefined;
  const conf = /\s*\(?\bconfidential\)?\s*$/i.exec(rest);
  if (conf !== null) {
    confidential = true;
    rest = rest.slice(0, conf.index).trim();
  }
  const mins = /\s*\b(\d{1,3})\s*(?:min|mins|minutes)\.?\s*$/i.exec(rest);
  if (mins !== null) {
    minutes = Number(mins[1]);
    rest = rest.slice(0, mins.index).trim();
  }
  const by = /(?:^|\s+)by\s+(.+)$/i.exec(rest);
  if (by !== null) {
    presenters = (by[1] ?? '').trim();
    rest = rest.slice(0, by.index).trim();
  }
  const first = rest.split(/\s+/)[0] ?? '';
  if (ITEM_NUMBER.test(first) && rest.includes(' ')) {
    number = first.replace(/\.$/, '');
    rest = rest.slice(first.length).trim();
  }
  if (rest === '') return parseFailure('Give the item a title.', usageOf('agendaAdd'));
  return parsed({
    kind: 'agendaAdd',
    title: rest,
    confidential,
    ...(number !== undefined && { number }),
    ...(presenters !== undefined && { presenters }),
    ...(minutes !== undefined && { minutes }),
  });
};
