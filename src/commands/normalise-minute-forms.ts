/**
 * The words minute-takers open a line with, as they write them in minutes: "ACTION: CC to update
 * the group", "Action - RS to comment", "Note: …", "Decision - …", "Agreed: …", "Apologies: JP".
 * Each is the command of the same name; only the separator after the word and its case differ.
 */
const MINUTE_FORM =
  /^(action(?:\s+point)?|note|decision|agreed|present|apologies|absent)\s*(?::|[-–—](?=\s))\s*/i;

const COMMAND_OF: Record<string, string> = {
  action: 'action',
  'action point': 'action',
  note: 'note',
  decision: 'decision',
  agreed: 'agreed',
  present: 'present',
  apologies: 'apologies',
  absent: 'absent',
};

/**
 * Owners as a minute line opens with them: initials ("JB", "EF/KW/PG", "TC & EM"), or a name
 * ("Jacqui", "Jacqui Burke"), before " to ". Only the shape is checked here: the reply offers the
 * action only when every owner is a member of the board.
 */
const OWNER_WORD = String.raw`(?:[A-Z]{2,5}|(?:[Tt]he\s+)?[A-Z][a-z'’-]+(?:\s+(?:&\s+)?[A-Z][a-z'’-]+){0,3})`;
const OWNERS_THEN_TO = new RegExp(
  String.raw`^(${OWNER_WORD}(?:\s*(?:\/|,|&|\band\b)\s*${OWNER_WORD})*)\s+to\s+\S`,
);

const NUMBERED_ACTION = /^action\s+(?:no\.?\s*)?\d{1,4}\s*[:.\-–]\s*/i;

export type MinuteForm =
  /** The text to parse, with a minute-style prefix turned into its command word. */
  | { kind: 'text'; text: string }
  /** A line that reads as an action without the word "action": offered, never saved unasked. */
  | { kind: 'offer'; spec: string };

/**
 * Turns the forms of written minutes into the commands they mean, before the command word is
 * read. `isCommandWord` says whether a line's first word is a command already: such a line is
 * never read as "<owners> to …" ("present JB to …" stays a register command).
 */
export const normaliseMinuteForms = (
  text: string,
  isCommandWord: (word: string) => boolean,
): MinuteForm => {
  /** "Action 2: RS to comment …" copied from minutes: the number is the minutes', not Quorate's. */
  const numbered = NUMBERED_ACTION.exec(text);
  if (numbered !== null && OWNERS_THEN_TO.test(text.slice(numbered[0].length)))
    return { kind: 'offer', spec: text.slice(numbered[0].length).replace(/\s+/g, ' ').trim() };
  const form = MINUTE_FORM.exec(text);
  if (form !== null) {
    const word = (form[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    return { kind: 'text', text: `${COMMAND_OF[word] ?? word} ${text.slice(form[0].length)}` };
  }
  const firstWord = (/^\S+/.exec(text)?.[0] ?? '').toLowerCase();
  const firstLine = text.split('\n')[0] ?? '';
  if (!isCommandWord(firstWord) && OWNERS_THEN_TO.test(firstLine))
    return { kind: 'offer', spec: text.replace(/\s+/g, ' ').trim() };
  return { kind: 'text', text };
};
