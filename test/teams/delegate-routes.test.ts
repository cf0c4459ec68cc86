import { beforeAll, describe, expect, it } from 'vitest';
import type { Board } from '../../src/domain/board.js';
import { ANY_DEPUTY_QUORUM_RULE, DEFAULT_QUORUM_RULE } from '../../src/domain/board.js';
import type { Meeting } from '../../src/domain/meeting.js';
import type { SubjectData } from '../../src/services/export-subject-data.js';
import { exportSubjectData } from '../../src/services/export-subject-data.js';
import { aadOf, TENANT } from '../support/fixtures.js';
import type { Harness, Where } from '../support/teams-harness.js';
import {
  cardOf,
  createHarness,
  groupChat,
  messageText,
  person,
  textOf,
} from '../support/teams-harness.js';
import { cardProblems } from '../support/validate-card.js';

const EM = person(7, 'Elisabeth Major');
const BB = person(1, 'Brian Boxall');
const LB = person(2, 'Lewis Basford');

const MEMBERS = [
  'members import',
  'Brian Boxall (BB) | SAB Independent Chair LBH | IND | chair',
  'Lewis Basford (LB) | Detective Superintendent, Public Protection East Area, BCU, MPS | POLICE',
  'Robert South (RS) | Director Children’s Services LBH | LA',
  'Korkor Ceasar (KC) | Associate Director for Safeguarding Children NEL CCG | ICB',
].join('\n');

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  h.roster.push(
    { aadObjectId: aadOf(7), name: 'Elisabeth Major' },
    { aadObjectId: aadOf(1), name: 'Brian Boxall' },
    { aadObjectId: aadOf(2), name: 'Lewis Basford' },
  );
});

/** Each message a minute after the last, so `undo` finds the latest change. */
const say = async (where: Where, text: string, who = EM): Promise<string> => {
  h.deps.clock.advance(60_000);
  return textOf(await h.send(messageText(who, where, text)));
};

/** The card a command answers with, checked against the Adaptive Cards 1.5 parser. */
const cardSaid = async (where: Where, text: string, who = EM): Promise<string> => {
  h.deps.clock.advance(60_000);
  const [reply] = await h.send(messageText(who, where, text));
  const card = cardOf(reply);
  expect(card, `"${text}" answers with a card`).toBeDefined();
  expect(cardProblems(card as never)).toEqual([]);
  return JSON.stringify(card);
};

const boardOf = async (where: Where): Promise<Board> =>
  (await h.deps.boards.findByConversation(TENANT, where.conversationId))!;

const meetingOf = async (where: Where): Promise<Meeting> => {
  const [meeting] = await h.deps.meetings.listForBoard((await boardOf(where)).id);
  return meeting!;
};

const delegateNames = async (where: Where, agency: string): Promise<string[]> =>
  ((await boardOf(where)).delegates ?? [])
    .filter((d) => d.agencyCode === agency)
    .map((d) => d.name);

const decisions = async (where: Where) =>
  (await meetingOf(where)).agenda.flatMap((i) => i.decisions);

const setUp = async (): Promise<Where> => {
  h.deps.clock.set('2026-12-01T10:00:00Z');
  const chat = groupChat();
  await say(chat, 'setup Havering Safeguarding Children Partnership Executive');
  await say(chat, 'agency add IND Independent');
  await say(chat, MEMBERS);
  return chat;
};

const startMeeting = async (chat: Where): Promise<void> => {
  await say(chat, 'meeting new Executive Planning Meeting on 18/12/26 2-4pm at MS Teams');
  await say(
    chat,
    'agenda add Memorandum of Understanding across borough strategic groups by BB 20 min',
  );
  await say(chat, 'agenda add Training by EM 15 min');
  h.deps.clock.set('2026-12-18T14:00:00Z');
  await say(chat, 'meeting start');
  await say(chat, 'item 1');
};

const UNAUTHORISED = 'Police represented only by an unauthorised deputy';

describe('delegates: who may decide for each agency', () => {
  it('are named, listed, refused to members, removed and undone', async () => {
    const chat = await setUp();

    const empty = await cardSaid(chat, 'delegates', LB);
    expect(empty).toContain('Police · statutory');
    expect(empty).toContain(
      'No delegates named: any deputy counts for Police. Name them with \\"delegate ‹initials or name› for POLICE\\".',
    );
    expect(empty).toContain(
      'Quorum counts a statutory partner only when a member or an authorised deputy attends.',
    );

    expect(await say(chat, 'delegate LB for POLICE', LB)).toContain(
      'Only Brian Boxall (BB), Elisabeth Major (EM) can name delegates.',
    );
    expect(await delegateNames(chat, 'POLICE')).toEqual([]);

    expect(await cardSaid(chat, 'delegate LB for POLICE')).toContain(
      'Lewis Basford may now decide for Police. \\"undo\\" takes it back.',
    );
    const listed = await cardSaid(
      chat,
      'delegate Jane Doe, Detective Superintendent for Police',
      BB,
    );
    expect(listed).toContain('**Jane Doe**');
    expect(listed).toContain('Detective Superintendent · not a board member');
    expect(listed).toContain('**Lewis Basford** (LB)');
    expect(await delegateNames(chat, 'POLICE')).toEqual(['Lewis Basford', 'Jane Doe']);
    const police = await cardSaid(chat, 'delegates for the police', LB);
    expect(police).toContain('**Jane Doe**');
    expect(police).not.toContain('Local authority');
    expect(await say(chat, 'delegates probation')).toContain('"probation" is not an agency');

    expect(await cardSaid(chat, 'delegate jane doe for POLICE')).toContain(
      'Jane Doe is already a delegate of Police.',
    );
    expect(await say(chat, 'delegate RS for POLICE')).toContain(
      'Robert South (RS) sits for Local authority, not Police',
    );
    expect(await say(chat, 'delegate RS for PROBATION')).toContain(
      '"PROBATION" is not an agency of Havering Safeguarding Children Partnership Executive',
    );
    expect(await say(chat, 'delegate RS')).toContain('Say which agency');

    // Undo takes back the last naming; removing is undone the same way.
    expect(await say(chat, 'undo', BB)).toContain('delegate of POLICE named');
    expect(await delegateNames(chat, 'POLICE')).toEqual(['Lewis Basford']);
    expect(await cardSaid(chat, 'delegate remove LB for POLICE')).toContain(
      'Lewis Basford is no longer a delegate of Police.',
    );
    expect(await delegateNames(chat, 'POLICE')).toEqual([]);
    expect(await say(chat, 'delegate remove Sam Patel for POLICE')).toContain(
      'Police has no delegates named.',
    );
    expect(await say(chat, 'undo')).toContain('delegate of POLICE removed');
    expect(await delegateNames(chat, 'POLICE')).toEqual(['Lewis Basford']);

    // LB's subject access file says he is named a delegate of Police.
    const board = await boardOf(chat);
    const file = await exportSubjectData(h.deps, {
      kind: 'subject.json',
      tenantId: TENANT,
      boardId: board.id,
      aadObjectId: aadOf(2),
      subject: 'LB',
      expires: Math.floor(h.deps.clock.now().getTime() / 1000) + 900,
    });
    expect((JSON.parse(file!.json) as SubjectData).delegateOf?.map((d) => d.agencyCode)).toEqual([
      'POLICE',
    ]);

    const audit = await h.deps.audit.listForBoard(TENANT, (await boardOf(chat)).id);
    expect(
      audit.filter((e) => e.verb.startsWith('delegate.')).map((e) => [e.verb, e.outcome]),
    ).toEqual(
      expect.arrayContaining([
        ['delegate.add', 'refused'],
        ['delegate.add', 'done'],
        ['delegate.remove', 'done'],
      ]),
    );
  });

  it('help lists them and says a deputy counts until an agency names delegates', async () => {
    const help = await say(await setUp(), 'help');
    expect(help).toContain('delegate ‹initials or name› for ‹agency›');
    expect(help).toContain('until an agency names any, every deputy counts for it');
  });
});

describe('at the meeting: authorised and unauthorised deputies', () => {
  it('an authorised deputy counts and decisions are clean; an unauthorised one does not, and decisions are flagged', async () => {
    const chat = await setUp();
    await say(chat, 'delegate LB for POLICE');
    await say(chat, 'delegate Jane Doe, Detective Superintendent for POLICE');
    await startMeeting(chat);
    await say(chat, 'present BB RS KC');

    // Police sends its delegate: authorised, quorate, the decision carries no flag.
    const authorised = await cardSaid(chat, 'deputy Jane Doe (Detective Superintendent) for LB');
    expect(authorised).toContain('Jane Doe attends for LB (SD). Authorised to decide for Police.');
    expect(authorised).toContain('authorised to decide for Police');
    expect(authorised).not.toContain('not authorised');
    expect(await say(chat, 'quorum')).toContain(
      'Executive Planning Meeting: Quorate: Local authority, Police, Integrated care board (health) represented (Police by deputy).',
    );
    expect(await say(chat, 'decision The Memorandum of Understanding was agreed.')).toBe(
      'Decision recorded under item 1 (Memorandum of Understanding across borough strategic groups).',
    );

    // Police's deputy is someone else: not authorised, not quorate, the decision is flagged.
    const unauthorised = await cardSaid(chat, 'deputy Sam Patel (Detective Inspector) for LB');
    expect(unauthorised).toContain(
      'Sam Patel attends for LB (SD). Not authorised to decide for Police (its delegates: Lewis Basford, Jane Doe): decisions taken while Police has only this deputy are flagged.',
    );
    expect(unauthorised).toContain('Sam Patel (Detective Inspector) attending for LB');
    expect(unauthorised).toContain('not authorised to decide for Police');
    expect(unauthorised).toContain(`Not quorate: ${UNAUTHORISED}`);
    expect(await say(chat, 'quorum')).toContain(`Not quorate: ${UNAUTHORISED}.`);
    await say(chat, 'item 2');
    expect(await say(chat, "decision This was agreed by the meeting, subject to RS' views.")).toBe(
      `Decision recorded under item 2 (Training). Flagged: ${UNAUTHORISED}.`,
    );

    expect(
      (await decisions(chat)).map((d) => [d.subjectToRatification, d.unauthorisedFor]),
    ).toEqual([
      [false, undefined],
      [true, ['POLICE']],
    ]);
    const agenda = await cardSaid(chat, 'agenda');
    expect(agenda).toContain(
      `This was agreed by the meeting, subject to RS' views. _(subject to ratification)_ _(${UNAUTHORISED})_`,
    );
    expect(agenda).toContain('The Memorandum of Understanding was agreed.');
    expect(agenda.split(`_(${UNAUTHORISED})_`)).toHaveLength(2);
    const summary = await cardSaid(chat, 'summary');
    expect(summary).toContain(`_(${UNAUTHORISED})_`);
    expect(summary.split(`_(${UNAUTHORISED})_`)).toHaveLength(2);

    // Naming the inspector a delegate makes him count from then on; the flag stays on what was decided.
    await say(chat, 'delegate Sam Patel, Detective Inspector for POLICE', BB);
    expect(await say(chat, 'quorum')).toContain('Quorate:');
    await say(chat, 'decision Training cancellations to be reported to the next meeting.');
    expect((await decisions(chat)).map((d) => d.unauthorisedFor)).toEqual([
      undefined,
      ['POLICE'],
      undefined,
    ]);
  });

  it('a board on the old rule stays quorate with any deputy, yet the decision is flagged; "quorum rule default" switches', async () => {
    const chat = await setUp();
    expect(await say(chat, 'quorum rule any deputy', BB)).toContain(
      `Quorum rule saved: ${ANY_DEPUTY_QUORUM_RULE}`,
    );
    await say(chat, 'delegate Jane Doe, Detective Superintendent for POLICE');
    expect(await cardSaid(chat, 'delegates')).toContain('Type \\"quorum rule default\\"');
    await startMeeting(chat);
    await say(chat, 'present BB RS KC');
    await say(chat, 'deputy Sam Patel (Detective Inspector) for LB');
    expect(await say(chat, 'quorum')).toContain(
      `Quorate: Local authority, Police, Integrated care board (health) represented (Police by deputy); ${UNAUTHORISED}.`,
    );
    await say(chat, 'decision The Memorandum of Understanding was agreed.');
    expect(
      (await decisions(chat)).map((d) => [d.subjectToRatification, d.unauthorisedFor]),
    ).toEqual([[false, ['POLICE']]]);
    expect(await say(chat, 'quorum rule default', BB)).toContain(
      `Quorum rule saved: ${DEFAULT_QUORUM_RULE}`,
    );
    expect(await say(chat, 'quorum')).toContain(`Not quorate: ${UNAUTHORISED}.`);
  });

  it('with no delegates named, any deputy counts and nothing is flagged', async () => {
    const chat = await setUp();
    await startMeeting(chat);
    await say(chat, 'present BB RS KC');
    const recorded = await cardSaid(chat, 'deputy Sam Patel (Detective Inspector) for LB');
    expect(recorded).toContain('Sam Patel attends for LB (SD).');
    expect(recorded).not.toContain('authorised');
    await say(chat, 'decision The Memorandum of Understanding was agreed.');
    expect(
      (await decisions(chat)).map((d) => [d.subjectToRatification, d.unauthorisedFor]),
    ).toEqual([[false, undefined]]);
  });
});
