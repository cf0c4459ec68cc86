import type { Activity } from 'botbuilder';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AdaptiveCard } from '../../src/cards/card-types.js';
import { Verbs } from '../../src/cards/verbs.js';
import { aadOf, TENANT } from '../support/fixtures.js';
import type { Harness, Person, Where } from '../support/teams-harness.js';
import {
  cardOf,
  createHarness,
  executeInvoke,
  groupChat,
  messageText,
  person,
  textOf,
} from '../support/teams-harness.js';
import { cardProblems } from '../support/validate-card.js';

const EM = person(7, 'Elisabeth Major');
const BB = person(1, 'Brian Boxall');
const LB = person(2, 'Lewis Basford');
const NUMBERS: Record<string, number> = { BB: 1, LB: 2, RS: 3, KC: 4, TC: 5, JP: 6, EM: 7 };

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});

/** Everything the bot answered, invoke responses included (a refusal answers a click with text). */
const answered = (activities: Partial<Activity>[]): string =>
  activities.map((a) => `${a.text ?? ''}${JSON.stringify(a.value ?? '')}`).join('\n');

const say = async (where: Where, text: string, who: Person = EM): Promise<string> =>
  textOf(await h.send(messageText(who, where, text)));

const boardOf = async (chat: Where) =>
  (await h.deps.boards.findByConversation(TENANT, chat.conversationId))!;

/** Members imported, then linked to their Teams ids as the roster would. */
const importHavering = async (
  chat: Where,
  agencies: { la: string; police: string; health: string },
) => {
  await say(
    chat,
    [
      'members import',
      'Brian Boxall (BB) | SAB Independent Chair LBH | IND | chair',
      `Lewis Basford (LB) | Detective Superintendent, Public Protection East Area, BCU, MPS | ${agencies.police}`,
      `Robert South (RS) | Director Children’s Services LBH | ${agencies.la}`,
      `Korkor Ceasar (KC) | Associate Director for Safeguarding Children NEL CCG | ${agencies.health}`,
      'Jenny Pearce (JP) | Independent Scrutineer | IND | scrutineer',
    ].join('\n'),
  );
  const board = await boardOf(chat);
  await h.deps.boards.update(TENANT, board.id, (b) => ({
    ...b,
    members: b.members.map((m) => ({ ...m, aadObjectId: aadOf(NUMBERS[m.initials] ?? 99) })),
  }));
};

/** The data of the card button with `verb`, as Teams would send it back. */
const buttonData = (card: unknown, verb: string): Record<string, unknown> => {
  const actions = (card as AdaptiveCard).actions as {
    verb?: string;
    data?: Record<string, unknown>;
  }[];
  const action = actions.find((a) => a.verb === verb);
  expect(action, `a ${verb} button`).toBeDefined();
  return action!.data!;
};

describe('a board with its own agency codes (LBH, MPS, CCG)', () => {
  it('replaces the defaults in one tap, and is quorate with one member of each present', async () => {
    const chat = groupChat();
    const setup = cardOf((await h.send(messageText(EM, chat, 'setup Havering Executive')))[0]);
    expect(cardProblems(setup as AdaptiveCard)).toEqual([]);
    expect(JSON.stringify(setup)).toContain('Working Together to Safeguard Children 2023');
    expect(JSON.stringify(setup)).toContain('agency code LA LBH');
    await say(chat, 'agency add IND Independent');

    const [offer] = await h.send(
      messageText(EM, chat, 'agency add LBH London Borough of Havering statutory'),
    );
    const offerCard = cardOf(offer) as AdaptiveCard;
    expect(cardProblems(offerCard)).toEqual([]);
    expect(JSON.stringify(offerCard)).toContain('Added LBH — London Borough of Havering');
    const replaceLa = buttonData(offerCard, Verbs.agencyReplace);
    expect(replaceLa).toMatchObject({ from: 'LA', to: 'LBH' });

    // Only the chair and coordinators replace: a member's click changes nothing.
    await importHavering(chat, { la: 'LBH', police: 'POLICE', health: 'ICB' });
    const refused = answered(await h.send(executeInvoke(LB, chat, Verbs.agencyReplace, replaceLa)));
    expect(refused).toContain(
      'Only Brian Boxall (BB), Elisabeth Major (EM) can change the board’s agencies.',
    );
    expect((await boardOf(chat)).agencies.map((a) => a.code)).toContain('LA');

    const [replaced] = await h.send(executeInvoke(EM, chat, Verbs.agencyReplace, replaceLa));
    expect(JSON.stringify(cardOf(replaced))).toContain(
      'LA is replaced by LBH: the quorum rule now counts LBH.',
    );
    const [again] = await h.send(executeInvoke(EM, chat, Verbs.agencyReplace, replaceLa));
    expect(JSON.stringify(cardOf(again))).toContain('LA was already replaced: nothing changed.');

    // POLICE has a member: no offer; the code is changed instead, and the member follows.
    expect(await say(chat, 'agency add MPS Metropolitan Police Service statutory')).not.toContain(
      Verbs.agencyReplace,
    );
    expect(await say(chat, 'agency remove POLICE')).toContain(
      'POLICE still has members: Lewis Basford (LB).',
    );
    expect(await say(chat, 'member edit LB agency MPS')).toContain('Lewis Basford (LB) updated.');
    expect(await say(chat, 'agency remove POLICE')).toContain('Removed agency POLICE.');
    expect(await say(chat, 'agency code ICB CCG')).toContain(
      'ICB is now CCG: its 1 member and the quorum rule follow.',
    );
    expect(await say(chat, 'agency rename CCG NEL Clinical Commissioning Group')).toContain(
      'CCG is now called NEL Clinical Commissioning Group.',
    );
    expect(await say(chat, 'agency remove POLICE')).toContain('There is no agency POLICE');

    const board = await boardOf(chat);
    expect(
      board.agencies
        .filter((a) => a.statutory)
        .map((a) => a.code)
        .sort(),
    ).toEqual(['CCG', 'LBH', 'MPS']);
    const audit = await h.deps.audit.listForBoard(TENANT, board.id);
    const said = audit.flatMap((e) => (e.change === undefined ? [] : [e.change.said]));
    expect(said).toEqual(
      expect.arrayContaining([
        'agency LA replaced by LBH',
        'agency POLICE removed',
        'agency ICB given the code CCG',
        'agency CCG renamed',
        'LB’s details edited',
      ]),
    );

    await say(chat, 'meeting new Executive Planning Meeting on 13/07/22 2-3pm');
    await say(chat, 'meeting start');
    await say(chat, 'present BB RS LB');
    expect(await say(chat, 'quorum')).toContain('Not quorate');
    await say(chat, 'present KC');
    expect(await say(chat, 'quorum')).toContain('Quorate');
  });
});

const historyRows = async (chat: Where): Promise<string[][]> => {
  const card = cardOf((await h.send(messageText(EM, chat, 'history')))[0]) as AdaptiveCard;
  expect(cardProblems(card)).toEqual([]);
  return (
    card.body.find((e) => e.type === 'Table') as unknown as {
      rows: { cells: { items: { text: string }[] }[] }[];
    }
  ).rows.map((r) => r.cells.map((c) => c.items[0]!.text));
};

describe('a member who left', () => {
  it('is N/A in history after leaving, and counts neither as present nor DNA in the report', async () => {
    const chat = groupChat();
    await say(chat, 'setup Havering Executive');
    await say(chat, 'agency add IND Independent');
    await say(chat, 'agency add PROB Probation');
    await importHavering(chat, { la: 'LA', police: 'POLICE', health: 'ICB' });
    await say(chat, 'members import\nAmina Begum (AB) | Head of Probation Delivery | PROB');

    await say(chat, 'meeting new Executive Planning Meeting on 13/04/22 2-3pm');
    await say(chat, 'meeting start');
    await say(chat, 'present BB LB RS KC AB');
    await say(chat, 'meeting end');

    expect(await say(chat, 'member leave AB on 1 May 2022', LB)).toContain(
      'Only Brian Boxall (BB), Elisabeth Major (EM) can change the board’s members.',
    );
    expect(await say(chat, 'member leave AB on 1 May 2022')).toContain(
      'Amina Begum (AB) left on Sunday 1 May 2022: from then on every meeting is N/A for them.',
    );
    expect(await say(chat, 'member leave AB on 1 May 2022')).toContain(
      'was already recorded as leaving',
    );
    expect(await say(chat, 'member leave AB on 1 March 2022')).toContain(
      'Amina Begum (AB) left on Tuesday 1 March 2022',
    );
    expect(await say(chat, 'member leave AB on 1 May 2022')).toContain('Amina Begum (AB) left');

    for (const date of ['15/06/22', '13/07/22']) {
      await say(chat, `meeting new Executive Planning Meeting on ${date} 2-3pm`);
      await say(chat, 'meeting start');
      await say(chat, 'present BB LB RS KC');
      await say(chat, 'meeting end');
    }

    const rows = await historyRows(chat);
    expect(rows.find((r) => r[0] === 'Amina Begum (AB)')).toEqual([
      'Amina Begum (AB)',
      'A',
      'N/A',
      'N/A',
    ]);
    const report = await say(chat, 'report 2022-23');
    expect(report).toContain('**Probation**: 1 of 1 meetings (100%)');

    // Rejoining: the closed registers keep their N/A; meetings from then on count for them.
    expect(await say(chat, 'member rejoin AB')).toContain('Amina Begum (AB) is a member again');
    await say(chat, 'meeting new Executive Planning Meeting on 10/08/22 2-3pm');
    await say(chat, 'meeting start');
    await say(chat, 'present BB LB RS KC AB');
    await say(chat, 'meeting end');
    expect((await historyRows(chat)).find((r) => r[0] === 'Amina Begum (AB)')).toEqual([
      'Amina Begum (AB)',
      'A',
      'N/A',
      'N/A',
      'A',
    ]);
    expect(await say(chat, 'member rejoin AB')).toContain('nothing changed');
    expect(await say(chat, 'member leave JP on 31 March 2027')).toContain(
      'Jenny Pearce (JP) leaves on Wednesday 31 March 2027',
    );
    expect(await say(chat, 'member edit JP role vice chair')).toContain(
      'Jenny Pearce (JP) updated.',
    );
    expect(await say(chat, 'member edit AB role boss')).toContain('"boss" is not a role.');
    expect(await say(chat, 'member edit ZZ name Zed')).toContain('No member has the initials ZZ.');
  });
});

describe('actions import', () => {
  const LOG = [
    'No | Reference | Action | Owner | Due | Status',
    '22 | 13.04.22 ref 3.1 | RS to circulate the Memorandum of Understanding draft | RS | 15/06/22 | Complete',
    '23 | 15.06.22 ref 4.1 | Shakira Gordon to attend next meeting & liaise with LB | Shakira Gordon/LB | 13/07/22 | Ongoing',
    '24 | 15.06.22 ref 5.1 | KC to begin discussion on a Tri-Borough sharing of information | KC | March 2023 | Open',
    '21 | 13.04.22 ref 2.1 | LB to report on the MET Police HMICFRS inspection | LB | 31/02/22 | Open',
  ].join('\n');

  it('continues the board’s numbering, reports bad rows, and does not duplicate when repeated', async () => {
    const chat = groupChat();
    await say(chat, 'setup Havering Executive');
    await say(chat, 'agency add IND Independent');
    await importHavering(chat, { la: 'LA', police: 'POLICE', health: 'ICB' });

    expect(await say(chat, `actions import\n${LOG}`, LB)).toContain(
      'Only Brian Boxall (BB), Elisabeth Major (EM) can import the action log.',
    );
    const first = await say(chat, `actions import\n${LOG}`);
    expect(first).toContain('Imported 3 actions: No 22, 23, 24.');
    expect(first).toContain('Line 5: action 21: the due date "31/02/22" cannot be read');
    expect(first).toContain('The next action recorded will be No 25.');
    const board = await boardOf(chat);
    const stored = await h.deps.actions.listForBoard(board.id);
    expect(
      stored.map((a) => [
        a.number,
        a.reference,
        a.owners.map((o) => o.initials).join('/'),
        a.due,
        a.status,
      ]),
    ).toEqual([
      [22, '13.04.22 ref 3.1', 'RS', '2022-06-15', 'completed'],
      [23, '15.06.22 ref 4.1', 'SG/LB', '2022-07-13', 'ongoing'],
      [24, '15.06.22 ref 5.1', 'KC', '2023-03-31', 'open'],
    ]);

    const again = await say(chat, `actions import\n${LOG}`);
    expect(again).toContain('No actions imported.');
    expect(again).toContain('Already imported, left as they are: No 22, 23, 24.');
    expect(await h.deps.actions.listForBoard(board.id)).toHaveLength(3);

    await say(chat, 'action RS to circulate the revised draft by 30/11/26');
    const numbers = (await h.deps.actions.listForBoard(board.id)).map((a) => a.number);
    expect(numbers).toEqual([22, 23, 24, 25]);

    // A shorter log later never moves the counter back; the fixed row keeps its own number.
    const fixed = await say(
      chat,
      'actions import\n21 | 13.04.22 ref 2.1 | LB to report on the MET Police HMICFRS inspection | LB | 28/02/22 | Closed',
    );
    expect(fixed).toContain('Imported 1 action: No 21.');
    expect(fixed).toContain('The next action recorded will be No 26.');
    await say(chat, 'action KC to share the Tri-Borough terms of reference by 30/11/26');
    expect((await h.deps.actions.listForBoard(board.id)).map((a) => a.number)).toEqual([
      21, 22, 23, 24, 25, 26,
    ]);
    expect(
      await say(chat, 'actions import\n26 | r | Someone else’s action | RS | | Open'),
    ).toContain('Not imported, as the board already has other actions with these numbers: No 26.');
  });
});

const MEETING_ID = 'MCMxOTptZWV0aW5nX3Jvc3Rlcg==';

/** A message in a Teams meeting's chat (channelData names the meeting). */
const inMeeting = (who: Person, chat: Where, text: string): Partial<Activity> => ({
  ...messageText(who, chat, text),
  channelData: { tenant: { id: TENANT }, meeting: { id: MEETING_ID } },
});

describe('setup in a meeting chat', () => {
  it('proposes the invitees one by one and adds only those the coordinator confirms', async () => {
    const chat: Where = {
      conversationId: `19:meeting_${Math.random().toString(16).slice(2)}@thread.v2`,
      kind: 'groupChat',
    };
    h.roster.splice(
      0,
      h.roster.length,
      { aadObjectId: aadOf(7), name: 'Elisabeth Major' },
      { aadObjectId: aadOf(1), name: 'Brian Boxall' },
      { aadObjectId: aadOf(3), name: 'Robert South' },
      { aadObjectId: 'aad-presenter', name: 'Tara Quinn', guest: true },
      { aadObjectId: 'aad-assistant', name: 'Sam Patel' },
    );
    const [reply] = await h.send(inMeeting(EM, chat, 'setup Havering Executive'));
    const card = cardOf(reply) as AdaptiveCard;
    expect(cardProblems(card)).toEqual([]);
    const json = JSON.stringify(card);
    for (const name of ['Brian Boxall', 'Robert South', 'Tara Quinn (guest account)', 'Sam Patel'])
      expect(json).toContain(name);
    expect((await boardOf(chat)).members.map((m) => m.name)).toEqual(['Elisabeth Major']);

    const confirm = {
      ...buttonData(card, Verbs.inviteesConfirm),
      [`invitee_${aadOf(1)}`]: 'member',
      [`invitee_${aadOf(3)}`]: 'member',
      invitee_aad_presenter: 'member',
      'invitee_aad-presenter': 'guest',
      'invitee_aad-assistant': 'neither',
      'invitee_aad-stranger': 'member',
    };
    expect(
      answered(await h.send(executeInvoke(BB, chat, Verbs.inviteesConfirm, confirm))),
    ).toContain('can add people to the board');

    await h.send(inMeeting(EM, chat, 'meeting new Executive Planning Meeting on 13/12/26 2-3pm'));
    const [done] = await h.send(executeInvoke(EM, chat, Verbs.inviteesConfirm, confirm));
    expect(JSON.stringify(cardOf(done))).toContain(
      'Members: Brian Boxall, Robert South. Guests at Executive Planning Meeting: Tara Quinn.',
    );
    const board = await boardOf(chat);
    expect(board.members.map((m) => m.name)).toEqual([
      'Elisabeth Major',
      'Brian Boxall',
      'Robert South',
    ]);
    const [meeting] = await h.deps.meetings.listForBoard(board.id);
    expect(meeting?.attendance?.guests.map((g) => g.name)).toEqual(['Tara Quinn']);

    const revision = (await h.deps.meetings.listForBoard(board.id))[0]?.revision;
    await h.send(executeInvoke(EM, chat, Verbs.inviteesConfirm, confirm));
    expect((await boardOf(chat)).members).toHaveLength(3);
    expect((await h.deps.meetings.listForBoard(board.id))[0]?.revision).toBe(revision);

    // "Add people from this chat" proposes again, only those who are not members.
    const [synced] = await h.send(executeInvoke(EM, chat, Verbs.syncRoster));
    const syncedJson = JSON.stringify(cardOf(synced));
    expect(syncedJson).toContain(`invitee_aad-assistant`);
    expect(syncedJson).not.toContain(`invitee_${aadOf(3)}`);
    expect((await boardOf(chat)).members).toHaveLength(3);
  });

  it('in a group chat keeps adding everyone, as before', async () => {
    const chat = groupChat();
    h.roster.splice(0, h.roster.length, { aadObjectId: aadOf(1), name: 'Brian Boxall' });
    await say(chat, 'setup Havering Executive');
    expect((await boardOf(chat)).members.map((m) => m.name).sort()).toEqual([
      'Brian Boxall',
      'Elisabeth Major',
    ]);
  });
});
