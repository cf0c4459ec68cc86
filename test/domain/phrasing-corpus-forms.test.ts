import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/commands/command.js';
import { parseCommand } from '../../src/commands/parse-command.js';
import { suggestCommand } from '../../src/commands/suggest-command.js';
import type { Owner } from '../../src/domain/action.js';
import { parseCapture } from '../../src/domain/action-capture.js';
import { readActionOffer } from '../../src/domain/action-offer.js';
import type { OwnerProblem } from '../../src/domain/resolve-owners.js';
import { resolveOwners } from '../../src/domain/resolve-owners.js';
import { corpusBoard, corpusGuests } from '../support/corpus-board.js';
import { CORPUS_LINES } from '../support/phrasing-corpus-forms.js';
import type { Outcome } from '../support/phrasing-corpus-forms.js';

const board = corpusBoard();
/** The meeting the lines are said in (13 July 2022) and the next one (10 August 2022). */
const MEETING_DAY = '2022-07-13';
const NEXT_MEETING = '2022-08-10';

const show = (o: Owner): string =>
  o.kind === 'member'
    ? o.initials
    : o.kind === 'external'
      ? `${o.name} (not a member)`
      : `${o.kind}:${o.kind === 'agency' ? o.code : o.name}`;

const problem = (p: OwnerProblem): string =>
  `${p.token} → ${p.suggestion?.initials ?? p.choices?.map((m) => m.initials).join('|') ?? '?'}`;

/** What the chat would answer: what the parser and the owner rules make of the line. */
const understand = (text: string): Outcome => {
  const notUnderstood = (message: string): Outcome => {
    const meant = suggestCommand(text);
    return meant === undefined ? { refused: message } : { asks: 'did-you-mean', command: meant };
  };
  const read = parseCommand(text);
  if (!read.ok) return notUnderstood(read.message);
  const command: Command = read.command;
  if (command.kind === 'actionCapture') {
    const parts = parseCapture(command.spec, MEETING_DAY, 'Europe/London', NEXT_MEETING);
    if (!parts.ok) return { refused: parts.message };
    const owners = resolveOwners(board, parts.parts.owners, [], { guests: corpusGuests });
    if (!owners.ok) return { asks: 'owner', about: owners.problems.map(problem) };
    if (parts.parts.ask !== undefined) return { asks: 'date', text: parts.parts.text };
    return {
      understood: 'action',
      owners: owners.owners.map(show),
      text: parts.parts.text,
      due: parts.parts.dueAtNextMeeting ? 'next meeting' : (parts.parts.due ?? ''),
    };
  }
  if (command.kind === 'actionOffer') {
    const offer = readActionOffer(board, command.spec, corpusGuests);
    switch (offer.kind) {
      case 'offer':
        return { asks: 'offer', owners: offer.owners.map(show) };
      case 'outsiders':
        return { asks: 'did-you-mean', command: `action ${command.spec}` };
      case 'choose':
        return { asks: 'owner', about: offer.problems.map(problem) };
      case 'none':
        return notUnderstood(`I don't know "${command.spec}"`);
    }
  }
  return { understood: command };
};

describe('phrasing corpus: forms, owners and commands as boards write them', () => {
  it('has at least 80 lines, each said once', () => {
    expect(CORPUS_LINES.length).toBeGreaterThanOrEqual(80);
    expect(new Set(CORPUS_LINES.map((l) => l.text)).size).toBe(CORPUS_LINES.length);
  });

  it('understands or asks about every line as a person means it: 0 wrongly understood', () => {
    const wrong: { text: string; expected: Outcome; got: Outcome }[] = [];
    const tally = { understood: 0, asked: 0, refused: 0 };
    for (const line of CORPUS_LINES) {
      const got = understand(line.text);
      if (JSON.stringify(got) !== JSON.stringify(line.expected)) {
        wrong.push({ text: line.text, expected: line.expected, got });
        continue;
      }
      if ('understood' in got) tally.understood += 1;
      else if ('asks' in got) tally.asked += 1;
      else tally.refused += 1;
    }
    console.log(
      `phrasing corpus (forms): ${CORPUS_LINES.length} lines — understood ${tally.understood}, asked about ${tally.asked}, refused with the right form ${tally.refused}, wrongly understood ${wrong.length}`,
    );
    expect(wrong).toEqual([]);
    // Refusals are not the point of the corpus: nearly everything is understood or asked about.
    expect(tally.refused).toBeLessThanOrEqual(5);
  });
});
