import { beforeAll, describe, expect, it } from 'vitest';
import type { AdaptiveCard } from '../../src/cards/card-types.js';
import type { Board } from '../../src/domain/board.js';
import { aadOf, TENANT } from '../support/fixtures.js';
import type { Expected } from '../support/phrasing-corpus-dates.js';
import { CAPTURE_LINES } from '../support/phrasing-corpus-dates.js';
import type { Harness, Person, Where } from '../support/teams-harness.js';
import {
  cardOf,
  createHarness,
  groupChat,
  messageText,
  person,
  textOf,
} from '../support/teams-harness.js';
import { cardProblems } from '../support/validate-card.js';

/** Fifteen corpus lines, through the real routes as a minute-taker types them. */
const SAMPLE = [
  'EM to circulate the training cancellation figures by end of January',
  'BB to finalise the Memorandum of Understanding by next meeting',
  'LB to write to the CEOs re the joint VAWG approach ASAP',
  'KC to add Sect 3 Chief Nurse ICB to the Memo by 31st',
  'RS to confirm the ICB Place Based structure by Friday',
  'KC to share themes from SARs, Rapid Reviews & CSPRs within 2 weeks',
  'LB to report back on the HMICFRS Engage phase by March 2023',
  'BB to present the Document agreed by Chairs of local strategic groups',
  'KC to agree the approach by consensus',
  'LB to confirm police attendance at the training programme by next week',
  'RS to respond to the MacAlister Review urgently',
  'EM to circulate the Terms of Reference - end of January',
  'TC to report back by late August',
  'EM to invite Shakira Gordon by email',
  'BB to sign the MoU by Wednesday',
];

const EM = person(7, 'Elisabeth Major');
const BB = person(1, 'Brian Boxall');

let h: Harness;
let chat: Where;
let board: Board;

const say = async (text: string, who: Person = EM) => h.send(messageText(who, chat, text));

/** The Havering Executive, Wednesday 13 July 2022, 2–3pm; next meeting 10 August. */
beforeAll(async () => {
  h = await createHarness();
  h.roster.push(
    ...[EM, BB].map((p) => ({ aadObjectId: aadOf(p.n), name: p.name, id: `29:user-${p.n}` })),
  );
  h.deps.clock.set('2022-07-13T09:00:00Z');
  chat = groupChat();
  await say('setup Havering Safeguarding Children Partnership Executive');
  await say(
    [
      'members import',
      'Brian Boxall (BB) | SAB Independent Chair LBH | LA | chair',
      'Lewis Basford (LB) | Detective Superintendent | POLICE',
      'Robert South (RS) | Director Children’s Services LBH | LA',
      'Korkor Ceasar (KC) | Associate Director for Safeguarding Children | ICB',
      'Trevor Cook (TC) | Assistant Director Education, LBH | LA',
    ].join('\n'),
  );
  await say('meeting new Executive Planning Meeting on 13/07/22 2-3pm at MS Teams', BB);
  await say('agenda add Training', BB);
  await say('next meeting 10 August 2-3pm', BB);
  h.deps.clock.set('2022-07-13T13:00:00Z');
  await say('meeting start', BB);
  board = (await h.deps.boards.findByConversation(TENANT, chat.conversationId))!;
});

type Outcome = 'understood' | 'asked' | 'wrong';

/** Sends one line and checks what was saved (or asked) against the corpus's expectation. */
const run = async (line: string, expected: Expected): Promise<Outcome> => {
  const before = (await h.deps.actions.listForBoard(board.id)).length;
  const replies = await say(`action ${line}`);
  const after = await h.deps.actions.listForBoard(board.id);
  if ('asks' in expected) {
    const card = cardOf(replies[0]) as AdaptiveCard;
    expect(cardProblems(card)).toEqual([]);
    const inputs = Object.fromEntries(
      (card.body as { id?: string; value?: string }[])
        .filter((e) => e.id !== undefined)
        .map((e) => [e.id, e.value]),
    );
    expect(JSON.stringify(card)).toContain('When is this action due?');
    expect(inputs).toEqual({ actionText: expected.text, dueDate: expected.asks ?? undefined });
    return after.length === before ? 'asked' : 'wrong';
  }
  const saved = after.find((a) => a.number === before + 1);
  const shown = textOf(replies);
  expect(shown).toContain(`Recorded as action ${before + 1}.`);
  const due = 'due' in expected ? expected.due : 'asap' in expected ? '2022-07-20' : '2022-08-10';
  if ('asap' in expected) expect(shown).toContain('Wednesday 20 July 2022 (ASAP)');
  if ('next' in expected) expect(saved?.dueMeetingId).toBeDefined();
  return saved?.text === expected.text && saved.due === due ? 'understood' : 'wrong';
};

describe('the phrasing corpus (dates), fifteen lines through the real routes', () => {
  it('each is recorded as the corpus expects, or asked about with nothing saved', async () => {
    const lines = SAMPLE.map((line) => {
      const entry = CAPTURE_LINES.find(([l]) => l === line);
      if (entry === undefined) throw new Error(`not in the corpus: ${line}`);
      return entry;
    });
    const outcomes: Outcome[] = [];
    for (const [line, expected] of lines) outcomes.push(await run(line, expected));
    const count = (o: Outcome) => outcomes.filter((x) => x === o).length;
    console.log(
      `phrasing corpus (dates) through the routes: ${outcomes.length} lines — ${count('understood')} understood, ${count('asked')} asked about, ${count('wrong')} wrongly understood`,
    );
    expect(outcomes.length).toBe(15);
    expect(count('wrong')).toBe(0);
    expect(count('understood')).toBe(lines.filter(([, e]) => !('asks' in e)).length);
  });
});
