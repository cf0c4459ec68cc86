import type { ParseResult } from './command.js';
import { parsed, parseFailure } from './command.js';
import { usageOf } from './command-catalogue.js';

/**
 * `item edit <item> [title <text>] [by <initials or names>] [<N> min]` (after "item edit"). The
 * minutes are read from the end; `title` and `by` start their parts, so a title that itself says
 * "by" comes after the presenters ("by BB title Report by the police").
 */
export const parseItemEdit = (spec: string): ParseResult => {
  const usage = usageOf('itemEdit');
  const itemMatch = /^(\S+)\s*/.exec(spec.trim());
  if (itemMatch === null)
    return parseFailure('Say which item to change, e.g. "item edit 3 by LB 10 min".', usage);
  const item = itemMatch[1] ?? '';
  let rest = spec.trim().slice(itemMatch[0].length);
  let minutes: number | undefined;
  const mins = /(?:^|\s+)(\d{1,3})\s*(?:min|mins|minutes)\.?\s*$/i.exec(rest);
  if (mins !== null) {
    minutes = Number(mins[1]);
    rest = rest.slice(0, mins.index);
  }
  const parts = new Map<'title' | 'by', string>();
  const marker = /(?:^|\s)(title|by)\s+/gi;
  const found = [...rest.matchAll(marker)];
  const first = found[0];
  if (first !== undefined && rest.slice(0, first.index).trim() !== '')
    return parseFailure(`Start each change with "title", "by" or the minutes.`, usage);
  const titleAt = found.find((m) => (m[1] ?? '').toLowerCase() === 'title');
  /** Everything after "title" is the title; "by" counts only before it. */
  const byAt = found.find(
    (m) => (m[1] ?? '').toLowerCase() === 'by' && (titleAt === undefined || m.index < titleAt.index),
  );
  if (titleAt !== undefined) parts.set('title', rest.slice(titleAt.index + titleAt[0].length));
  if (byAt !== undefined)
    parts.set('by', rest.slice(byAt.index + byAt[0].length, titleAt?.index ?? rest.length));
  if (found.length === 0 && rest.trim() !== '')
    return parseFailure(`Start each change with "title", "by" or the minutes.`, usage);
  const title = parts.get('title')?.trim();
  const presenters = parts.get('by')?.trim();
  if (minutes === undefined && title === undefined && presenters === undefined)
    return parseFailure(`Say what changes for item ${item}: its title, presenters or minutes.`, usage);
  if (title === '' || presenters === '')
    return parseFailure(`Write the new ${title === '' ? 'title' : 'presenters'} after the word.`, usage);
  if (minutes !== undefined && (minutes < 1 || minutes > 480))
    return parseFailure('An item takes 1 to 480 minutes.', usage);
  return parsed({
    kind: 'itemEdit',
    item,
    ...(title !== undefined && { title }),
    ...(presenters !== undefined && { presenters }),
    ...(minutes !== undefined && { minutes }),
  });
};
