import { COMMAND_WORDS, isCommandWord } from './command-words.js';

/** Levenshtein distance, stopping early once it is over `limit`. */
const distance = (a: string, b: string, limit: number): number => {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    if (Math.min(...row) > limit) return limit + 1;
    previous = row;
  }
  return previous[b.length] ?? limit + 1;
};

/**
 * The command a mistyped first word most likely meant ("agnda" → "agenda", "attendence" →
 * "attendance", "acton JB to …" → "action JB to …"), with the rest of the text as typed; undefined
 * when the word is a command already or none is close. Within two edits, one for words of four
 * letters or fewer on either side (so "nots" is "note", but "hello" is not "help"); the nearest wins, ties go to the word
 * listed first.
 */
export const suggestCommand = (text: string): string | undefined => {
  const match = /^\s*(\S+)/.exec(text);
  const typed = match?.[1];
  if (typed === undefined || isCommandWord(typed) || !/^[a-z-]+$/i.test(typed)) return undefined;
  const word = typed.toLowerCase();
  let best: { word: string; d: number } | undefined;
  for (const candidate of COMMAND_WORDS) {
    const limit = Math.min(word.length, candidate.length) <= 4 ? 1 : 2;
    const d = distance(word, candidate, limit);
    if (d <= limit && (best === undefined || d < best.d)) best = { word: candidate, d };
  }
  return best === undefined ? undefined : `${best.word}${text.trim().slice(typed.length)}`;
};
