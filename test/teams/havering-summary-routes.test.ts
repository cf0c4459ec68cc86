import { beforeAll, describe, expect, it } from 'vitest';
import type { AdaptiveCard } from '../../src/cards/card-types.js';
import { TEAMS_MESSAGE_LIMIT } from '../../src/cards/card-size.js';
import type { Harness, Person, Where } from '../support/teams-harness.js';
import {
  cardOf,
  createHarness,
  groupChat,
  messageText,
  person,
  personalChat,
  textOf,
} from '../support/teams-harness.js';
import { cardProblems } from '../support/validate-card.js';

/**
 * Issue 20, done when: the Havering executive of 13 July 2022 (reference/havering-executive-
 * minutes-2022-07-13.txt), recorded through chat commands by its coordinator, gives a summary
 * naming every member with their code, the deputy and whom they stood for, the guest and the
 * minute-taker without a code, and the previous minutes' outcome. The reference names neither
 * RS's deputy nor a guest: Jane Doe and Tara Quinn are stand-ins.
 */

const EM = person(7, 'Elisabeth Major');
let h: Harness;
let chat: Where;

const say = async (text: string, who: Person = EM, where: Where = chat): Promise<string> =>
  textOf(await h.send(messageText(who, where, text)));

beforeAll(async () => {
  h = await createHarness();
  chat = groupChat();
  h.deps.clock.set('2022-06-01T09:00:00Z');
  await say('setup Havering Safeguarding Children Partnership Executive');
  await say('agency code LA LBH');
  await say('agency rename LBH London Borough of Havering');
  await say('agency code POLICE MPS');
  await say('agency rename MPS Metropolitan Police');
  await say('agency add EDU Education');
  await say('agency add IND Independent');
  await say(
    [
      'members import',
      'Brian Boxall (BB) | SAB Independent Chair LBH | IND | chair',
      'Lewis Basford (LB) | Detective Superintendent, Public Protection East Area, BCU | MPS',
      "Robert South (RS) | Director Children's Services LBH | LBH",
      'Korkor Ceasar (KC) | Associate Director for Safeguarding Children NEL CCG | ICB',
      'Trevor Cook (TC) | Assistant Director Education, LBH | EDU',
      'Jenny Pearce (JP) | Independent Scrutineer | IND | scrutineer',
    ].join('\n'),
  );
  await say('member edit EM designation Partnerships and Learning Manager');
  /** Not quorate, as BB noted: the local authority was there only by deputy. */
  await say('quorum rule all(statutoryAgencies, a, contains(memberAgencies, a))');

  h.deps.clock.set('2022-06-15T13:00:00Z');
  await say('meeting new Executive Planning Meeting on 15/06/22 2-3pm at MS Teams');
  await say('agenda add Training by EM');
  await say('meeting start');
  await say('present BB LB KC JP EM');
  await say('item 1');
  await say('action EM to circulate the training cancellation figures by 13/07/22');
  await say('action LB to share the Police training offer by 13/07/22');
  await say('meeting end');

  h.deps.clock.set('2022-07-13T13:00:00Z');
  await say('meeting new Executive Planning Meeting on 13/07/22 2-3pm at MS Teams');
  await say('agenda add Memorandum of Understanding across borough strategic groups by BB');
  await say('agenda add Training by EM');
  await say('agenda add Proposal that Education becomes Fourth Statutory Partner by BB');
  await say('meeting start');
  await say('present BB LB KC TC');
  await say('apologies JP');
  await say("deputy Jane Doe (Head of Children's Social Care) for RS");
  await say('guest Tara Quinn (Education Strategic Partnership) for item 3');
  await say('minute-taker Elisabeth Major');
  await say('late TC at item 2');
  await say('ratify by RS');
  await say('item minutes');
  await say('minutes approved');
  await say('item 1');
  await say('note BB presented the Document agreed by Chairs of local strategic groups.');
  await say("decision This was agreed by the meeting, subject to RS' views.");
  await say('item 2');
  await say('note EM highlighted training cancellations.');
  await say('update 1 Figures circulated; the group agreed the cancellation charge.');
  await say('done 1');
  await say('update 2 Police offer to be linked to the local programme.');
  await say('due 2 30/09/22');
  await say('action Shakira Gordon to attend next meeting & liaise with LB');
  await say('item 3');
  await say('decision The meeting agreed this.');
  await say(
    "action RS to comment re Education's place at the HSCP as statutory Partner, and decide re TC attending the monthly Executive.",
  );
  await say('next meeting 10 August 2-3pm');
  await say('meeting end');
});

describe('the Havering executive of 13 July 2022, recorded through chat commands', () => {
  it('gives a summary that names everyone as the minutes do', async () => {
    const [reply] = await h.send(messageText(EM, personalChat(EM), 'summary'));
    const card = cardOf(reply) as AdaptiveCard;
    expect(cardProblems(card)).toEqual([]);
    expect(JSON.stringify(reply).length).toBeLessThan(TEAMS_MESSAGE_LIMIT);
    const json = JSON.stringify(card);
    for (const fragment of [
      'Brian Boxall (BB) · IND — **A**',
      'Lewis Basford (LB) · MPS — **A**',
      'Robert South (RS) · LBH — **SD**',
      "Jane Doe (Head of Children's Social Care) for RS",
      'Korkor Ceasar (KC) · ICB — **A**',
      'Trevor Cook (TC) · EDU — **A** · arrived late (item 2)',
      'Jenny Pearce (JP) · IND — **SA**',
      '"text":"Apologies"',
      '"text":"Jenny Pearce (JP)"',
      'Also in attendance',
      'Elisabeth Major (EM), Partnerships and Learning Manager — minutes',
      'Tara Quinn (Education Strategic Partnership) — for item 3',
      'Not quorate under the board’s rule',
      'Decisions and actions go to Robert South (RS) for ratification.',
      'Minutes of the previous meeting: **agreed as an accurate record**.',
      'N1 BB presented the Document agreed by Chairs of local strategic groups.',
      "Agreed: This was agreed by the meeting, subject to RS' views. _(subject to ratification)_",
      'Action log review',
      '**1** (15.06.22 ref 1.1) Elisabeth Major (EM) to circulate the training cancellation figures',
      'Update: Figures circulated; the group agreed the cancellation charge.',
      '**Completed**',
      '**2** (15.06.22 ref 1.2) Lewis Basford (LB) to share the Police training offer',
      'Revised date: 30.09.22',
      '**Ongoing** – revised date Friday 30 September 2022',
      '**3** (13.07.22 ref 2.1) Shakira Gordon (SG) to attend next meeting & liaise with LB',
      "**4** (13.07.22 ref 3.1) Robert South (RS) to comment re Education's place at the HSCP",
      'Next meeting: Wednesday 10 August 2022 2pm',
    ])
      expect(json).toContain(fragment);
    /** Officers and the minute-taker carry no code, and are never DNA. */
    expect(json).not.toMatch(/Elisabeth Major \(EM\)[^"]*\*\*[A-Z/]+\*\*/);
    expect(json).not.toContain('DNA');
  });

  it('keeps the coordinator out of the attendance history', async () => {
    const history = await say('history');
    expect(history).toContain('Trevor Cook (TC)');
    expect(history).not.toContain('Elisabeth Major (EM)');
  });

  it('the channel version says the same of the people', async () => {
    const shared = await say('summary');
    for (const fragment of [
      'Robert South (RS) · LBH — **SD**',
      "Jane Doe (Head of Children's Social Care) for RS",
      'Elisabeth Major (EM), Partnerships and Learning Manager — minutes',
      'Tara Quinn (Education Strategic Partnership) — for item 3',
    ])
      expect(shared).toContain(fragment);
    expect(shared).not.toContain('Post to channel');
  });

  it('an officer can be made a member, audited and undone', async () => {
    h.deps.clock.set('2022-07-13T16:00:00Z');
    expect(await say('member edit EM member')).toContain(
      'As a member they hold an attendance code',
    );
    expect(await say('history')).toContain('Elisabeth Major (EM)');
    expect(await say('undo')).toContain('Undone: ');
    expect(await say('history')).not.toContain('Elisabeth Major (EM)');
    expect(await say('member edit RS officer', person(2, 'Lewis Basford'))).toContain('Only');
  });
});
