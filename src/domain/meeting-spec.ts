import type { When } from './parse-when.js';
import { parseWhen } from './parse-when.js';

export type MeetingSpec = { title: string; when: When; venue?: string };

export type MeetingSpecResult = { ok: true; spec: MeetingSpec } | { ok: false; message: string };

const positions = (text: string, word: RegExp): number[] => {
  const found: number[] = [];
  for (const match of text.matchAll(word)) found.push(match.index);
  return found;
};

/**
 * `<title> on <date> [<start>[-<end>]] [at <venue>]`. A title may itself contain "on" or "at", so
 * every split is tried and the first whose date part reads completely wins.
 */
export const parseMeetingSpec = (
  text: string,
  reference: string,
  timeZone: string,
): MeetingSpecResult => {
  const spec = text.replace(/\s+/g, ' ').trim();
  let dateProblem: string | undefined;
  for (const on of positions(spec, / on /gi)) {
    const title = spec.slice(0, on).trim();
    const remainder = spec.slice(on + 4).trim();
    if (title === '') continue;
    const venueSplits = [
      ...positions(remainder, / at /gi).map(
        (at) => [remainder.slice(0, at), remainder.slice(at + 4)] as const,
      ),
      [remainder, undefined] as const,
    ];
    for (const [datePart, venue] of venueSplits) {
      const parsed = parseWhen(datePart, reference, timeZone);
      if (!parsed.ok) {
        dateProblem ??= parsed.message;
        continue;
      }
      if (parsed.rest !== '') continue;
      const trimmedVenue = venue?.trim();
      if (title.length > 150)
        return { ok: false, message: 'The meeting title is too long (150 characters at most).' };
      return {
        ok: true,
        spec: {
          title,
          when: parsed.when,
          ...(trimmedVenue !== undefined && trimmedVenue !== '' && { venue: trimmedVenue }),
        },
      };
    }
  }
  return {
    ok: false,
    message:
      dateProblem ??
      'I need a title and a date: "meeting new Executive Planning Meeting on 13/07/22 2-3pm at MS Teams".',
  };
};
