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
  messageText,
  person,
  personalChat,
  teamsActivity,
  textOf,
} from '../support/teams-harness.js';
import { cardProblems } from '../support/validate-card.js';
import { mkdir, writeFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { verifyDownload } from '../../src/services/download-links.js';
import { exportMinutesDocx } from '../../src/services/export-minutes.js';

/** Every table of a .docx body as rows of cell texts. */
const docxTables = (xml: string): string[][][] =>
  [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((table) =>
    [...(table[1] ?? '').matchAll(/<w:tr[ >]([\s\S]*?)<\/w:tr>/g)].map((row) =>
      [...(row[1] ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) =>
        [...(cell[1] ?? '').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
          .map((t) => t[1] ?? '')
          .join('')
          .replace(/&amp;/g, '&')
          .replace(/&apos;/g, "'")
          .replace(/&quot;/g, '"'),
      ),
    ),
  );

const EM = person(7, 'Elisabeth Major');
const BB = person(1, 'Brian Boxall');
const JP = person(6, 'Jenny Pearce');
const MEETING_ID = 'MCMxOTptZWV0aW5nX2hhdmVyaW5n';
const NUMBERS: Record<string, number> = { BB: 1, LB: 2, RS: 3, KC: 4, TC: 5, JP: 6, EM: 7 };

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  h.roster.push({ aadObjectId: aadOf(7), name: 'Elisabeth Major' });
});

const say = async (where: Where, text: string, who: Person = EM): Promise<string> =>
  textOf(await h.send(messageText(who, where, text)));

const participants = (
  where: Where,
  name: 'meetingParticipantJoin' | 'meetingParticipantLeave',
  people: { n: number; name: string; aad?: string }[],
): Partial<Activity> => ({
  ...teamsActivity(EM, where, {
    type: 'event',
    name: `application/vnd.microsoft.${name}`,
    value: {
      members: people.map((p) => ({
        user: { id: `29:user-${p.n}`, aadObjectId: p.aad ?? aadOf(p.n), name: p.name },
        meeting: { inMeeting: name.endsWith('Join'), role: 'Attendee' },
      })),
    },
  }),
  channelData: { tenant: { id: TENANT }, meeting: { id: MEETING_ID } },
});

const setUp = async (): Promise<Where> => {
  const chat: Where = {
    conversationId: `19:meeting_${Math.random().toString(16).slice(2)}@thread.v2`,
    kind: 'groupChat',
  };
  await say(chat, 'setup Havering Safeguarding Children Partnership Executive');
  await say(chat, 'agency add IND Independent');
  await say(chat, 'agency add EDU Education');
  await say(
    chat,
    [
      'members import',
      'Brian Boxall (BB) | SAB Independent Chair LBH | IND | chair',
      'Lewis Basford (LB) | Detective Superintendent, Public Protection East Area, BCU, MPS | POLICE',
      'Robert South (RS) | Director Children’s Services LBH | LA',
      'Korkor Ceasar (KC) | Associate Director for Safeguarding Children NEL CCG | ICB',
      'Trevor Cook (TC) | Assistant Director Education, LBH | EDU',
      'Jenny Pearce (JP) | Independent Scrutineer | IND | scrutineer',
    ].join('\n'),
  );
  const board = (await h.deps.boards.findByConversation(TENANT, chat.conversationId))!;
  await h.deps.boards.update(TENANT, board.id, (b) => ({
    ...b,
    members: b.members.map((m) => ({
      ...m,
      aadObjectId: aadOf(NUMBERS[m.initials] ?? 99),
      ...(m.initials === 'KC' || m.initials === 'EM' ? { memberFrom: '2022-05-01' } : {}),
      ...(m.initials === 'TC' ? { memberFrom: '2022-07-01' } : {}),
    })),
  }));
  return chat;
};

const aadOfMember = async (chat: Where, initials: string): Promise<string> =>
  (await h.deps.boards.findByConversation(TENANT, chat.conversationId))!.members.find(
    (m) => m.initials === initials,
  )!.aadObjectId!;

describe('the attendance table of the Havering executive, through events and commands', () => {
  it('is reproduced for three meetings, and the July meeting is not quorate under the board’s rule', async () => {
    const chat = await setUp();
    expect(
      await say(chat, 'quorum rule all(statutoryAgencies, a, contains(memberAgencies, a)) &&'),
    ).toContain('That rule does not parse');
    expect(
      await say(chat, 'quorum rule all(statutoryAgencies, a, contains(memberAgencies, a))'),
    ).toContain('Quorum rule saved');
    /** The reference's table codes its coordinator and minute-taker: at Havering she sits as a member. */
    expect(await say(chat, 'member edit EM member')).toContain(
      'As a member they hold an attendance code',
    );

    await say(chat, 'meeting new Executive Planning Meeting on 13/04/22 2-3pm');
    await say(chat, 'meeting start');
    await say(chat, 'present BB LB RS');
    await say(chat, 'apologies JP');
    await say(chat, 'meeting end');

    await say(chat, 'meeting new Executive Planning Meeting on 15/06/22 2-3pm');
    await say(chat, 'meeting start');
    await say(chat, 'present BB LB JP EM');
    await say(chat, 'deputy Jane Smith (Head of Service) for RS');
    await say(chat, 'deputy Sam Patel for KC');
    await say(chat, 'meeting end');

    await say(chat, 'meeting new Executive Planning Meeting on 13/07/22 2-3pm');
    await say(chat, 'agenda add Memorandum of Understanding');
    await say(chat, 'agenda add Training');
    await say(chat, 'agenda add Proposal that Education becomes Fourth Statutory Partner');
    await say(chat, 'agenda add MET Police HMICFRS');
    expect(textOf(await h.send(messageText(JP, personalChat(JP), 'apologies')))).toContain(
      'Your apologies for Executive Planning Meeting on 2022-07-13 are recorded',
    );
    await h.send(
      teamsActivity(EM, chat, {
        type: 'event',
        name: 'application/vnd.microsoft.meetingStart',
        value: {
          Title: 'Executive Planning Meeting',
          StartTime: '2022-07-13T13:00:00Z',
          Id: MEETING_ID,
        },
        channelData: { tenant: { id: TENANT }, meeting: { id: MEETING_ID } },
      }),
    );
    const joined = await h.send(
      participants(chat, 'meetingParticipantJoin', [
        { n: 1, name: 'Brian Boxall' },
        { n: 2, name: 'Lewis Basford', aad: await aadOfMember(chat, 'LB') },
        { n: 4, name: 'Korkor Ceasar', aad: await aadOfMember(chat, 'KC') },
        { n: 7, name: 'Elisabeth Major' },
        { n: 40, name: 'Tara Quinn', aad: 'visitor-aad-1' },
      ]),
    );
    const offer = cardOf(joined[0]) as AdaptiveCard;
    expect(cardProblems(offer)).toEqual([]);
    expect(JSON.stringify(offer)).toContain('Tara Quinn joined and is not a member');
    const deputyButton = JSON.stringify(offer).match(
      /"title":"Deputy for RS","verb":"register.visitor.deputy","data":(\{[^}]*\})/,
    );
    const [afterDeputy] = await h.send(
      executeInvoke(
        EM,
        chat,
        Verbs.visitorDeputy,
        JSON.parse(deputyButton![1]!) as Record<string, unknown>,
      ),
    );
    expect(JSON.stringify(cardOf(afterDeputy))).toContain('Tara Quinn attends for RS (SD).');
    await say(chat, 'item 2');
    await say(chat, 'late TC');
    expect(await say(chat, 'minute-taker EM')).toContain('Minutes taken by Elisabeth Major (EM).');
    const [left] = await h.send(messageText(EM, chat, 'left LB at item 2'));
    expect(JSON.stringify(cardOf(left))).toContain('left early (item 2)');
    expect(await say(chat, 'quorum')).toContain(
      'Not quorate under the board’s rule: Local authority represented only by deputy',
    );
    await say(chat, 'ratify by RS');
    expect(await say(chat, 'quorum')).toContain(
      'Decisions and actions go to Robert South (RS) for ratification.',
    );
    await say(chat, 'action Shakira Gordon to attend next meeting & liaise with LB');
    await say(chat, 'item 3');
    await say(chat, 'decision The meeting agreed this.');
    await say(
      chat,
      "action RS to comment re Education's place at the HSCP as statutory Partner, and decide re TC attending the monthly Executive.",
    );
    await say(chat, 'item AOB');
    await say(
      chat,
      'action KC to begin discussion on a Tri-Borough sharing of information using existing structures if possible.',
    );
    await say(chat, 'next meeting 10 August 2-3pm');
    await say(chat, 'meeting end');

    const [history] = await h.send(messageText(EM, chat, 'history'));
    const card = cardOf(history) as AdaptiveCard;
    expect(cardProblems(card)).toEqual([]);
    const rows = (
      card.body.find((e) => e.type === 'Table') as unknown as {
        rows: { cells: { items: { text: string }[] }[] }[];
      }
    ).rows.map((r) => r.cells.map((c) => c.items[0]!.text));
    expect(rows).toEqual([
      ['**Name**', '**13.04.22**', '**15.06.22**', '**13.07.22**'],
      ['Elisabeth Major (EM)', 'N/A', 'A', 'A'],
      ['Brian Boxall (BB)', 'A', 'A', 'A'],
      ['Lewis Basford (LB)', 'A', 'A', 'A'],
      ['Robert South (RS)', 'A', 'SD', 'SD'],
      ['Korkor Ceasar (KC)', 'N/A', 'SD', 'A'],
      ['Trevor Cook (TC)', 'N/A', 'N/A', 'A'],
      ['Jenny Pearce (JP)', 'SA', 'A', 'SA'],
    ]);
    const board = (await h.deps.boards.findByConversation(TENANT, chat.conversationId))!;
    const july = (await h.deps.meetings.listForBoard(board.id))[2]!;
    const tc = board.members.find((m) => m.initials === 'TC')!;
    expect(july.attendance?.records.find((r) => r.memberId === tc.id)?.late).toEqual({
      atItem: '2',
    });
    expect(july.agenda.flatMap((i) => i.decisions).map((d) => d.subjectToRatification)).toEqual([
      true,
    ]);
    expect(
      (await h.deps.actions.listForBoard(board.id)).map((a) => a.subjectToRatification),
    ).toEqual([true, true, true]);

    const minutes = textOf(await h.send(messageText(EM, chat, 'minutes')));
    const grant = verifyDownload(
      /\/files\/([^)]+)\)/.exec(minutes)![1]!,
      'test-secret-test-secret-test-secret',
      h.deps.clock.now(),
    );
    const file = await exportMinutesDocx(h.deps, grant!);
    await mkdir('test-results', { recursive: true });
    await writeFile('test-results/havering-minutes-2022-07-13.docx', file!.body);
    const xml = await (
      await JSZip.loadAsync(file!.body)
    )
      .file('word/document.xml')!
      .async('string');
    const [attendanceTable, actionsTable] = docxTables(xml);
    /** EM, the coordinator, sits as a member (`member edit EM member`): Havering's table codes her. */
    expect(attendanceTable).toEqual([
      ['Name', 'Designation', 'Agency', '13.04.22', '15.06.22', '13.07.22'],
      ['Elisabeth Major (EM)', '', '', 'N/A', 'A', 'A'],
      ['Brian Boxall (BB)', 'SAB Independent Chair LBH', 'Independent', 'A', 'A', 'A'],
      [
        'Lewis Basford (LB)',
        'Detective Superintendent, Public Protection East Area, BCU, MPS',
        'Police',
        'A',
        'A',
        'A',
      ],
      ['Robert South (RS)', 'Director Children’s Services LBH', 'Local authority', 'A', 'SD', 'SD'],
      [
        'Korkor Ceasar (KC)',
        'Associate Director for Safeguarding Children NEL CCG',
        'Integrated care board (health)',
        'N/A',
        'SD',
        'A',
      ],
      ['Trevor Cook (TC)', 'Assistant Director Education, LBH', 'Education', 'N/A', 'N/A', 'A'],
      ['Jenny Pearce (JP)', 'Independent Scrutineer', 'Independent', 'SA', 'A', 'SA'],
    ]);
    expect(actionsTable).toEqual([
      ['No', 'Reference', 'Action', 'Owner', 'Due'],
      [
        '1',
        '13.07.22 ref 2.1',
        'attend next meeting & liaise with LB',
        'Shakira Gordon (SG)',
        '10.08.22',
      ],
      [
        '2',
        '13.07.22 ref 3.1',
        "comment re Education's place at the HSCP as statutory Partner, and decide re TC attending the monthly Executive.",
        'Robert South (RS)',
        '10.08.22',
      ],
      [
        '3',
        '13.07.22 ref AOB.1',
        'begin discussion on a Tri-Borough sharing of information using existing structures if possible.',
        'Korkor Ceasar (KC)',
        '10.08.22',
      ],
    ]);
    const words = xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(words).not.toContain('Also in attendance');
    for (const fragment of [
      'Executive Planning Meeting — DRAFT',
      'Memorandum of Understanding',
      'Training',
      'Proposal that Education becomes Fourth Statutory Partner',
      'MET Police HMICFRS',
      'The meeting agreed this. (subject to ratification)',
      'Next meeting Wednesday 10 August 2022 2pm–3pm',
      'Minutes taken by: Elisabeth Major (EM)',
      'Trevor Cook (TC) arrived at item 2.',
      'Lewis Basford (LB) left at item 2.',
      'Decisions and actions go to Robert South (RS) for ratification.',
      'Action 1 — Shakira Gordon (SG): attend next meeting',
    ]) {
      expect(words).toContain(fragment);
    }
  });
});

describe('quorum under the default rule', () => {
  it.each([
    [
      'police sent a deputy',
      'deputy Pat Jones (DI) for LB',
      'Quorate: Local authority, Police, Integrated care board (health) represented (Police by deputy)',
    ],
    ['police sent apologies', 'apologies LB', 'Not quorate: Police not represented'],
  ])('%s', async (_name, police, expected) => {
    const chat = await setUp();
    await say(chat, 'meeting new Exec on 13/07/22 2-3pm');
    await say(chat, 'meeting start');
    await say(chat, 'present RS KC');
    await say(chat, police);
    expect(await say(chat, 'quorum')).toContain(expected);
    const [register] = await h.send(messageText(BB, chat, 'attendance'));
    const card = cardOf(register) as AdaptiveCard;
    expect(cardProblems(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain(expected);
  });

  it('the register card saves codes for everyone at once; members see it read-only and cannot record others', async () => {
    const chat = await setUp();
    await say(chat, 'meeting new Exec on 13/07/22 2-3pm');
    const board = (await h.deps.boards.findByConversation(TENANT, chat.conversationId))!;
    const id = (i: string) => board.members.find((m) => m.initials === i)!.id;
    const [meeting] = await h.deps.meetings.listForBoard(board.id);
    const data = {
      meetingId: meeting!.id,
      [`code_${id('RS')}`]: 'A',
      [`code_${id('LB')}`]: 'SD',
      [`code_${id('KC')}`]: 'A',
      [`code_${id('JP')}`]: 'SA',
    };
    const [saved] = await h.send(executeInvoke(BB, chat, Verbs.registerSave, data));
    expect(JSON.stringify(cardOf(saved))).toContain('Register saved.');
    expect(JSON.stringify(cardOf(saved))).toContain('Quorate');
    const [forged] = await h.send(
      executeInvoke(JP, chat, Verbs.registerSave, { ...data, [`code_${id('RS')}`]: 'DNA' }),
    );
    expect(JSON.stringify(forged?.value)).toContain('can record attendance for others');
    expect(await say(chat, 'present RS', JP)).toContain('can record attendance for others');
    const [readOnly] = await h.send(messageText(JP, chat, 'attendance'));
    expect(JSON.stringify(cardOf(readOnly))).not.toContain('Input.ChoiceSet');
  });

  it('explains bad attendance commands', async () => {
    const chat = await setUp();
    await say(chat, 'meeting new Exec on 13/07/22 2-3pm');
    expect(await say(chat, 'present XY')).toContain('XY is not initials of members');
    expect(await say(chat, 'deputy for RS')).toContain('Say who attends for whom.');
    expect(await say(chat, 'late TC at item 9')).toContain('There is no item "9"');
    expect(await say(chat, 'quorum ruling maybe')).toContain(
      'Say "quorate" or "not quorate" and why.',
    );
  });
});
