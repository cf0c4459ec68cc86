import { beforeAll, describe, expect, it } from 'vitest';
import { aadOf } from '../support/fixtures.js';
import type { DocxText } from '../support/docx-text.js';
import { minutesOfReply } from '../support/docx-text.js';
import type { Harness, Person, Where } from '../support/teams-harness.js';
import {
  createHarness,
  groupChat,
  messageText,
  person,
  personalChat,
  textOf,
} from '../support/teams-harness.js';

/**
 * The minutes' new parts (issue 20): the actions under each item, the action-log review with its
 * updates, late arrivals at an item. What was said or decided under a confidential item, and the
 * words and updates of its actions, never reach the public version — in the meeting that raised
 * them nor in the review of a later meeting — while the restricted version keeps them.
 */

const EM = person(7, 'Elisabeth Major');
const HUSH = 'canary-7f3a';

let h: Harness;
let publicJuly: DocxText;
let restrictedJuly: DocxText;
let publicAugust: DocxText;
let restrictedAugust: DocxText;

const say = async (where: Where, text: string, who: Person = EM): Promise<string> => {
  h.deps.clock.advance(60_000);
  return textOf(await h.send(messageText(who, where, text)));
};

beforeAll(async () => {
  h = await createHarness();
  h.roster.push({ aadObjectId: aadOf(7), name: 'Elisabeth Major' });
  h.deps.clock.set('2022-07-01T09:00:00Z');
  const chat = groupChat();
  const script = [
    'setup Havering Safeguarding Children Partnership',
    [
      'members import',
      'Brian Boxall (BB) | SAB Independent Chair LBH | LA | chair',
      'Lewis Basford (LB) | Detective Superintendent | POLICE',
      'Robert South (RS) | Director Children’s Services LBH | LA',
      'Korkor Ceasar (KC) | Associate Director for Safeguarding Children NEL CCG | ICB',
    ].join('\n'),
    'meeting new Executive Planning Meeting on 13/07/22 2-3pm at MS Teams',
    'agenda add Memorandum of Understanding by BB',
    'agenda add Child R rapid review by RS confidential',
  ];
  for (const line of script) await say(chat, line);
  h.deps.clock.set('2022-07-13T13:00:00Z');
  for (const line of [
    'meeting start',
    'present BB LB RS KC',
    'item 1',
    'note BB presented the Memorandum.',
    'action KC to share the Memorandum with the ICB',
    'item 2',
    'late LB',
    `note The family of Child R ${HUSH}-note`,
    `decision Refer Child R ${HUSH}-decision`,
    `action RS to contact the school about Child R ${HUSH}-action`,
    'next meeting 10 August 2-3pm',
    'meeting end',
  ])
    await say(chat, line);
  publicJuly = await minutesOfReply(h, await say(chat, 'minutes'));
  restrictedJuly = await minutesOfReply(h, await say(personalChat(EM), 'minutes'));

  h.deps.clock.set('2022-07-20T09:00:00Z');
  await say(chat, `update 2 Spoke to the head teacher ${HUSH}-update`);
  await say(chat, 'update 1 Shared at the ICB board');
  h.deps.clock.set('2022-08-10T13:00:00Z');
  for (const line of [
    'meeting start',
    'present BB LB RS KC',
    'item Minutes',
    'minutes approved',
    `update 2 Second visit booked ${HUSH}-update-2`,
    'due 2 30/09/22',
    'done 1',
    'meeting end',
  ])
    await say(chat, line);
  publicAugust = await minutesOfReply(h, await say(chat, 'minutes'));
  restrictedAugust = await minutesOfReply(h, await say(personalChat(EM), 'minutes'));
}, 120_000);

describe('the public minutes leave out what a confidential item holds', () => {
  it('the meeting that raised them: notes, decisions and action words withheld; the late arrival kept', () => {
    expect(publicJuly.words).not.toContain(HUSH);
    expect(publicJuly.words).not.toContain('Child R');
    expect(publicJuly.lines).toContain('Lewis Basford (LB) arrived at item 2.');
    expect(publicJuly.lines).toContain(
      'Action 1 — Korkor Ceasar (KC): share the Memorandum with the ICB',
    );
    expect(publicJuly.tables[1]![2]).toEqual([
      '2',
      '13.07.22 ref 2.1',
      'Confidential item — not for publication',
      'Robert South (RS)',
      '10.08.22',
    ]);
    for (const secret of ['note', 'decision', 'action'])
      expect(restrictedJuly.words).toContain(`${HUSH}-${secret}`);
  });

  it('a later meeting’s action-log review: the confidential action keeps its number, owner and status, never its words or updates', () => {
    expect(publicAugust.words).not.toContain(HUSH);
    expect(publicAugust.words).not.toContain('Child R');
    const review = (d: DocxText) => d.tables.find((t) => t[0]?.includes('Update'));
    expect(review(publicAugust)).toEqual([
      ['No', 'Reference', 'Action', 'Owner', 'Update', 'Status / revised date'],
      [
        '1',
        '13.07.22 ref 1.1',
        'share the Memorandum with the ICB',
        'Korkor Ceasar (KC)',
        '20.07.22: Shared at the ICB board',
        'Completed',
      ],
      [
        '2',
        '13.07.22 ref 2.1',
        'Confidential item — not for publication',
        'Robert South (RS)',
        '',
        'Ongoing – revised date 30.09.22',
      ],
    ]);
    expect(review(restrictedAugust)?.[2]).toEqual([
      '2',
      '13.07.22 ref 2.1',
      `contact the school about Child R ${HUSH}-action`,
      'Robert South (RS)',
      `20.07.22: Spoke to the head teacher ${HUSH}-update\n10.08.22: Second visit booked ${HUSH}-update-2`,
      'Ongoing – revised date 30.09.22',
    ]);
  });
});
