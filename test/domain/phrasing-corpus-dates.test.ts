import { describe, expect, it } from 'vitest';
import { parseCapture } from '../../src/domain/action-capture.js';
import { parseCommand } from '../../src/commands/parse-command.js';
import { readDuePhrase } from '../../src/domain/due-phrase.js';
import type { Expected, UpdateExpected } from '../support/phrasing-corpus-dates.js';
import { CAPTURE_LINES, UPDATE_LINES } from '../support/phrasing-corpus-dates.js';

const MEETING = '2022-07-13';
const NEXT_MEETING = '2022-08-10';
const ASAP_DUE = '2022-07-20';
const LONDON = 'Europe/London';

/** What the real parser makes of a capture line, in the corpus's terms. */
const captured = (line: string): Expected | { refused: string } => {
  const r = parseCapture(line, MEETING, LONDON, NEXT_MEETING);
  if (!r.ok) return { refused: r.message };
  const { parts } = r;
  if (parts.ask !== undefined) return { asks: parts.ask.guess ?? null, text: parts.text };
  if (parts.asap === true) {
    expect(parts.due).toBe(ASAP_DUE);
    return { asap: true, text: parts.text };
  }
  if (parts.dueAtNextMeeting) {
    expect(parts.due).toBe(NEXT_MEETING);
    return { next: true, text: parts.text };
  }
  return { due: parts.due ?? '', text: parts.text };
};

/** What the real command parser (and the date reader the reply uses) make of an update line. */
const updated = (line: string): UpdateExpected | { refused: string } => {
  const r = parseCommand(line);
  if (!r.ok) return { refused: r.message };
  const { command } = r;
  if (command.kind !== 'actionUpdate') return { refused: command.kind };
  if (command.revisedDate === undefined) return { plain: true };
  const reading = readDuePhrase(command.revisedDate, MEETING, LONDON);
  switch (reading.kind) {
    case 'date':
      return { revised: reading.date, text: command.text };
    case 'nextMeeting':
      return { revised: 'next meeting', text: command.text };
    case 'unsure':
      return { asks: reading.guess ?? null };
    case 'asap':
    case 'text':
      return { refused: reading.kind };
  }
};

const asks = (e: object): boolean => 'asks' in e;
const saves = (e: object): boolean => !asks(e) && !('refused' in e);

describe('the phrasing corpus: due dates and updates as boards write them', () => {
  it.each(CAPTURE_LINES)('action %s', (line, expected) => {
    expect(captured(line)).toEqual(expected);
  });

  it.each(UPDATE_LINES)('%s', (line, expected) => {
    expect(updated(line)).toEqual(expected);
  });

  it('understands or asks about every line, and understands none wrongly', () => {
    const results = [
      ...CAPTURE_LINES.map(([line, expected]) => ({ expected, actual: captured(line) })),
      ...UPDATE_LINES.map(([line, expected]) => ({ expected, actual: updated(line) })),
    ];
    const equal = (a: object, b: object) => JSON.stringify(a) === JSON.stringify(b);
    const understood = results.filter((r) => saves(r.actual) && equal(r.actual, r.expected));
    const asked = results.filter((r) => asks(r.actual));
    const wrong = results.filter((r) => saves(r.actual) && !equal(r.actual, r.expected));
    const refused = results.filter((r) => 'refused' in r.actual);
    console.log(
      `phrasing corpus (dates): ${results.length} lines — ${understood.length} understood, ${asked.length} asked about, ${wrong.length} wrongly understood, ${refused.length} refused`,
    );
    expect(results.length).toBeGreaterThanOrEqual(80);
    expect(wrong).toEqual([]);
    expect(refused).toEqual([]);
    expect(understood.length + asked.length).toBe(results.length);
  });
});
