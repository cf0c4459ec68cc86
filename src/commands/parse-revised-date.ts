/**
 * The revision of a due date inside an update, as action logs write it: "revised to March 2020",
 * "revised date 31/03/20", "Revised date: 31.03.20", "new date 31/03/20", "the deadline to be
 * revised to March 2020", "new deadline end of January". The date phrase runs to the end of the
 * update, or to the end of its sentence.
 */
const MARKERS = [
  /\b(?:the\s+)?(?:due\s+)?(?:date|deadline)\s+(?:to\s+be\s+|has\s+been\s+|was\s+|is\s+|now\s+)?(?:revised|changed|moved|extended)\s+(?:to|until)\s+/i,
  /\brevised\s+(?:due\s+)?(?:date|deadline)\s*(?:[:–—-]\s*|(?:to|of|is|now)\s+)?/i,
  /\bnew\s+(?:due\s+)?(?:date|deadline)\s*(?:[:–—-]\s*|(?:of|is)\s+)?/i,
  /\brevised\s+to\s+/i,
];

export type RevisedDate = {
  /** The update without the revision; may be empty. */
  text: string;
  /** The date phrase as written. */
  date: string;
};

const tidy = (text: string): string =>
  text
    .replace(/[\s,;:(–—-]+$/, '')
    .replace(/^[\s,;:.)–—-]+/, '')
    .trim();

/** The revision in an update's text, or undefined when it revises no date. */
export const parseRevisedDate = (body: string): RevisedDate | undefined => {
  for (const marker of MARKERS) {
    const found = marker.exec(body);
    if (found === null) continue;
    const after = body.slice(found.index + found[0].length);
    const end = /[.;]\s+(?=[A-Z])|;\s*|\.\s*$/.exec(after);
    const date = tidy(end === null ? after : after.slice(0, end.index)).replace(
      /^(?:by|until|to)\s+/i,
      '',
    );
    if (date === '') continue;
    const rest = end === null ? '' : after.slice(end.index + end[0].length);
    const text = tidy(`${body.slice(0, found.index)} ${rest}`.replace(/\s+/g, ' '));
    return { text, date };
  }
  return undefined;
};
