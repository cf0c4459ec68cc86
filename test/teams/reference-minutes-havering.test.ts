import { beforeAll, describe, expect, it } from 'vitest';
import { aadOf, TENANT } from '../support/fixtures.js';
import type { DocxText } from '../support/docx-text.js';
import { agendaLines, between, minutesOfReply } from '../support/docx-text.js';
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
 * Issue 20, item 6 (the .docx half): the Havering Executive Planning Meeting of 13 July 2022
 * (../shared/reference/havering-executive-minutes-2022-07-13.txt), recorded through the chat
 * commands a coordinator would type, gives minutes whose people, codes, items, decisions and
 * actions are the reference's — cell by cell where the reference has a table.
 */

const EM = person(7, 'Elisabeth Major');

let h: Harness;
let docx: DocxText;
/** The version the board's chat gets. */
let shared: DocxText;

const say = async (where: Where, text: string, who: Person = EM): Promise<string> => {
  h.deps.clock.advance(60_000);
  const reply = textOf(await h.send(messageText(who, where, text)));
  return reply;
};

/** Each line is a message; a line starting "@" sets the clock first. */
const record = async (chat: Where, script: string[]): Promise<void> => {
  for (const line of script) {
    if (line.startsWith('@')) h.deps.clock.set(line.slice(1));
    else await say(chat, line);
  }
};

beforeAll(async () => {
  h = await createHarness();
  h.roster.push({ aadObjectId: aadOf(7), name: 'Elisabeth Major' });
  h.deps.clock.set('2022-04-01T09:00:00Z');
  const chat = groupChat();
  await record(chat, [
    'setup Havering Safeguarding Children Partnership',
    'agency add IND Independent',
    'agency add EDU Education',
    [
      'members import',
      'Brian Boxall (BB) | SAB Independent Chair LBH | IND | chair',
      'Lewis Basford (LB) | Detective Superintendent, Public Protection East Area, BCU, MPS | POLICE',
      'Robert South (RS) | Director Children’s Services LBH | LA',
      'Korkor Ceasar (KC) | Associate Director for Safeguarding Children NEL CCG | ICB',
      'Trevor Cook (TC) | Assistant Director Education, LBH | EDU',
      'Prof Jenny Pearce (JP) | Independent Scrutineer | IND | scrutineer',
    ].join('\n'),
    'member edit EM designation Partnerships and Learning Manager',
  ]);
  /** No command sets when someone joined the board: KC joined in May, TC in July. */
  const board = (await h.deps.boards.findByConversation(TENANT, chat.conversationId))!;
  await h.deps.boards.update(TENANT, board.id, (b) => ({
    ...b,
    members: b.members.map((m) => ({
      ...m,
      ...(m.initials === 'KC' && { memberFrom: '2022-05-01' }),
      ...(m.initials === 'TC' && { memberFrom: '2022-07-01' }),
    })),
  }));
  await record(chat, [
    'meeting new Executive Planning Meeting on 13/04/22 2-3pm at MS Teams',
    '@2022-04-13T13:00:00Z',
    'meeting start',
    'present BB LB RS',
    'apologies JP',
    'meeting end',
    '@2022-05-01T09:00:00Z',
    'meeting new Executive Planning Meeting on 15/06/22 2-3pm at MS Teams',
    '@2022-06-15T13:00:00Z',
    'meeting start',
    'present BB LB JP EM',
    'deputy Jane Smith (Head of Service) for RS',
    'deputy Sam Patel (Designated Nurse) for KC',
    'meeting end',
    '@2022-06-20T09:00:00Z',
    'meeting new Executive Planning Meeting on 13/07/22 2-3pm at MS Teams',
    'agenda add Memorandum of Understanding across borough strategic groups by BB',
    'agenda add Training by EM',
    'agenda add Proposal that Education becomes Fourth Statutory Partner by BB',
    'agenda add MET Police HMICFRS by LB',
    '@2022-07-13T13:00:00Z',
    'meeting start',
    'present BB LB KC EM',
    'deputy Tara Quinn (Head of Children’s Social Care) for RS',
    'apologies JP',
    'minute-taker EM',
    'quorum ruling not quorate BB noted that the meeting was not quorate',
    'ratify by RS',
    'item Minutes',
    'minutes approved',
    'item 1',
    'note BB presented the Document which had been agreed by Chairs of local strategic groups and Barbara Nicholls, Director of Adults Services.',
    'note KC- the ICS Adult Safeguarding Lead was beginning in Aug. Amendment add Sect 3 Chief Nurse ICB.',
    'decision This was agreed by the meeting, subject to RS’ views.',
    'note LB stressed the need for this approach to some issues across Barking & Dagenham and Redbridge too.',
    'item 2',
    'note EM highlighted training cancellations in the table below.',
    'decision The group agreed for the cancellation charge to be levied.',
    'note LB wished to look at the issue of professional decision making across the Partnership and how decisions are made.',
    'action Shakira Gordon to attend next meeting & liaise with LB',
    'item 3',
    'late TC',
    'note BB explained that this arose from the MacAlister Review.',
    'decision The meeting agreed this.',
    "action RS to comment re Education's place at the HSCP as statutory Partner, and decide re TC attending the monthly Executive.",
    'item 4',
    'note LB The Met has moved from Scan to Engage stage with the HMICFRS.',
    'note This year the core issues to be considered would be Child Abuse and Domestic Abuse.',
    'item AOB',
    'note KC was happy to facilitate Tri-Borough meetings to get safeguarding issues / common themes discussed across the Tri-Borough.',
    'action KC to begin discussion on a Tri-Borough sharing of information using existing structures if possible.',
    'next meeting 10 August 2-3pm',
    'meeting end',
  ]);
  docx = await minutesOfReply(h, await say(personalChat(EM), 'minutes'));
  shared = await minutesOfReply(h, await say(chat, 'minutes'));
}, 120_000);

describe('the Havering executive of 13.07.22, recorded through commands', () => {
  it('is headed as the reference is: partnership, meeting, date, time and venue; draft until approved', () => {
    expect(docx.headings.slice(0, 2)).toEqual([
      'Havering Safeguarding Children Partnership',
      'Executive Planning Meeting — DRAFT',
    ]);
    expect(docx.lines[2]).toBe('Wednesday 13 July 2022, 2pm–3pm, MS Teams');
    expect(docx.header).toEqual([
      'Draft · RESTRICTED — full minutes for board members; not for publication',
    ]);
    expect(shared.header).toEqual(['Draft · PUBLIC VERSION — confidential items withheld']);
  });

  it('has the reference’s attendance table cell by cell, each member with their agency; the officer is not coded', () => {
    const expected = [
      ['Name', 'Designation', 'Agency', '13.04.22', '15.06.22', '13.07.22'],
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
      ['Prof Jenny Pearce (JP)', 'Independent Scrutineer', 'Independent', 'SA', 'A', 'SA'],
    ];
    expect(docx.tables[0]).toEqual(expected);
    expect(shared.tables[0]).toEqual(expected);
    expect(docx.tables[0]!.some((row) => row[0]!.includes('Elisabeth Major'))).toBe(false);
  });

  it('says who chaired, the deputy and for whom, who was in attendance, apologies, the minute-taker, the late arrival and the quorum with its ratifier', () => {
    expect(between(docx.lines, 'Attendance', 'Agenda and notes')).toEqual([
      'A (attended) SD (sent deputy) SA (sent apologies) DNA (did not attend) N/A (not a member at the time)',
      'Chaired by: Brian Boxall (BB)',
      'Deputies: Tara Quinn, Head of Children’s Social Care (for RS)',
      'Also in attendance: Elisabeth Major (EM), Partnerships and Learning Manager',
      'Apologies: Prof Jenny Pearce (JP)',
      'Minutes taken by: Elisabeth Major (EM)',
      'Trevor Cook (TC) arrived at item 3.',
      'Not quorate by the chair’s ruling: BB noted that the meeting was not quorate (computed: quorate: Local authority, Police, Integrated care board (health) represented (Local authority by deputy)). Decisions and actions go to Robert South (RS) for ratification.',
    ]);
  });

  it('has the reference’s items in order, each heading once, with notes, decisions and actions as recorded', () => {
    expect(docx.headings.slice(2)).toEqual([
      'Attendance',
      'Agenda and notes',
      'Welcome, introductions and apologies',
      'Minutes of the previous meeting, action log and matters arising',
      '1. Memorandum of Understanding across borough strategic groups',
      '2. Training',
      '3. Proposal that Education becomes Fourth Statutory Partner',
      '4. MET Police HMICFRS',
      'Any other business',
      'Date of next meeting',
      'Action log review',
      'New actions',
    ]);
    /** The times each item was taken come from the test clock; the reference has none. */
    const { taken, said } = agendaLines(docx.lines);
    expect(taken.length).toBeGreaterThan(3);
    expect(taken.every((l) => /^Taken \d{1,2}\.\d\d[ap]m–\d{1,2}\.\d\d[ap]m$/.test(l))).toBe(true);
    expect(said).toEqual([
      'Welcome, introductions and apologies',
      'Minutes of the previous meeting, action log and matters arising',
      'The minutes were agreed as an accurate record.',
      '1. Memorandum of Understanding across borough strategic groups',
      'BB presented the Document which had been agreed by Chairs of local strategic groups and Barbara Nicholls, Director of Adults Services.',
      'KC- the ICS Adult Safeguarding Lead was beginning in Aug. Amendment add Sect 3 Chief Nurse ICB.',
      'This was agreed by the meeting, subject to RS’ views. (subject to ratification)',
      'LB stressed the need for this approach to some issues across Barking & Dagenham and Redbridge too.',
      '2. Training',
      'EM highlighted training cancellations in the table below.',
      'The group agreed for the cancellation charge to be levied. (subject to ratification)',
      'LB wished to look at the issue of professional decision making across the Partnership and how decisions are made.',
      'Action 1 — Shakira Gordon (SG): attend next meeting & liaise with LB',
      '3. Proposal that Education becomes Fourth Statutory Partner',
      'TC arrived.',
      'BB explained that this arose from the MacAlister Review.',
      'The meeting agreed this. (subject to ratification)',
      "Action 2 — Robert South (RS): comment re Education's place at the HSCP as statutory Partner, and decide re TC attending the monthly Executive.",
      '4. MET Police HMICFRS',
      'LB The Met has moved from Scan to Engage stage with the HMICFRS.',
      'This year the core issues to be considered would be Child Abuse and Domestic Abuse.',
      'Any other business',
      'KC was happy to facilitate Tri-Borough meetings to get safeguarding issues / common themes discussed across the Tri-Borough.',
      'Action 3 — Korkor Ceasar (KC): begin discussion on a Tri-Borough sharing of information using existing structures if possible.',
      'Date of next meeting',
    ]);
  });

  it('has the reference’s actions table cell by cell: number, action, owner (by name, with the reference’s initials)', () => {
    /** The reference: "1 | Shakira Gordon to attend next meeting & liaise with LB | SG" and so on. */
    expect(docx.tables[1]).toEqual([
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
    expect(docx.tables).toHaveLength(2);
    expect(between(docx.lines, 'Action log review', 'New actions')).toEqual([
      'No actions were carried into this meeting.',
    ]);
    expect(docx.lines.at(-1)).toBe('Next meeting Wednesday 10 August 2022 2pm–3pm');
  });
});
