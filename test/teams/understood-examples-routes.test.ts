import { beforeAll, describe, expect, it } from 'vitest';
import type { Action } from '../../src/domain/action.js';
import { aadOf, TENANT } from '../support/fixtures.js';
import type { Harness, Where } from '../support/teams-harness.js';
import { createHarness, groupChat, messageText, person, textOf } from '../support/teams-harness.js';

/**
 * Every example of what minute-takers type that Quorate used to drop or refuse, sent through the
 * routes of one board in one meeting: each is understood as meant, or asked about with nothing
 * saved. Dates and owners, forms and updates are read by separate parts; this pins them together.
 */
const EM = person(7, 'Elisabeth Major');

let h: Harness;
let chat: Where;
const say = async (text: string): Promise<string> =>
  textOf(await h.send(messageText(EM, chat, text)));
const actions = async (): Promise<Action[]> => {
  const board = (await h.deps.boards.findByConversation(TENANT, chat.conversationId))!;
  return h.deps.actions.listForBoard(board.id);
};
const last = async (): Promise<Action> => (await actions()).at(-1)!;

beforeAll(async () => {
  h = await createHarness();
  h.roster.push({ aadObjectId: aadOf(7), name: 'Elisabeth Major', id: '29:user-7' });
  chat = groupChat();
  await say('setup Havering Safeguarding Children Partnership Executive');
  await say(
    [
      'members import',
      'Elisabeth Major (EM) | Partnership Manager | LA | coordinator',
      'Jacqui Burke (JB) | Head of Safeguarding | ICB',
      'Emma Fox (EF) | Designated Nurse | ICB',
      'Paul Green (PG) | Head of Service | LA',
      'Lewis Basford (LB) | Detective Superintendent | POLICE',
    ].join('\n'),
  );
  await say('meeting new Executive Planning Meeting on 13/07/22 2-3pm at MS Teams');
  await say('meeting start');
  await say('item 1');
});

describe('the dates minute-takers write after "by"', () => {
  it.each([
    ['action JB to send the report by 31st'],
    ['action JB to send the report by next week'],
  ])('%s: asks for the date, saves nothing', async (line) => {
    const before = (await actions()).length;
    const reply = await say(line);
    expect(reply).toContain('Input.Date');
    expect(await actions()).toHaveLength(before);
  });

  it.each([
    ['action JB to send the report ASAP', '2022-07-20'],
    ['action JB to send the report within 2 weeks', '2022-07-27'],
    ['action JB to send the report by March 2027', '2027-03-31'],
    ['action JB to send the report by the end of the month', '2022-07-31'],
  ])('%s: due %s, the date words out of the text', async (line, due) => {
    await say(line);
    const action = await last();
    expect(action.text).toBe('send the report');
    expect(action.due).toBe(due);
  });
});

describe('the forms minutes use', () => {
  it('reads "action:" as an action and "JB to …" as an offer that saves nothing', async () => {
    expect(await say('action: JB to circulate the audit')).toContain('Recorded as action');
    expect((await last()).text).toBe('circulate the audit');
    const before = (await actions()).length;
    expect(await say('JB to circulate the audit plan')).toContain('Record as the next action');
    expect(await actions()).toHaveLength(before);
  });

  it.each([
    ['Note: the board noted the report', 'note'],
    ['Decision: the strategy was approved', 'decision'],
    ['Agreed: the strategy was approved', 'decision'],
  ])('%s is recorded, not refused', async (line) => {
    const reply = await say(line);
    expect(reply).not.toContain("I don't know");
    expect(reply).not.toContain('I don’t know');
  });
});

describe('owners as people name them', () => {
  it.each([
    ['action Development & Practice Group to review the threshold document', 'group'],
    ['action Police to share the MASH figures', 'agency'],
    ['action Jacqui to update the health pathway', 'member:JB'],
    ['action "Shakira Gordon" to present the CDOP report', 'external:Shakira Gordon'],
  ])('%s: one owner, %s', async (line, owner) => {
    await say(line);
    const owners = (await last()).owners;
    expect(owners).toHaveLength(1);
    const [kind, who] = owner.split(':');
    expect(owners[0]?.kind).toBe(kind);
    if (who !== undefined) expect([owners[0]?.initials, owners[0]?.name]).toContain(who);
  });

  it('takes a guest of the meeting among the owners', async () => {
    await say('guest Kim Walsh (Head of Early Help)');
    await say('action EF/KW/PG to draft the terms of reference');
    expect((await last()).owners.map((o) => `${o.kind}:${o.name}`)).toEqual([
      'member:Emma Fox',
      'external:Kim Walsh',
      'member:Paul Green',
    ]);
  });
});

describe('a revised date in an update', () => {
  it('moves the due date and keeps "Revised date" in the history', async () => {
    await say('action JB to send the report by 31/12/22');
    const { number } = await last();
    await say(`update ${number} revised to March 2023`);
    const action = (await actions()).find((a) => a.number === number)!;
    expect(action.due).toBe('2023-03-31');
    expect(JSON.stringify(action.history)).toContain('Revised date: 31.03.23');
  });
});
