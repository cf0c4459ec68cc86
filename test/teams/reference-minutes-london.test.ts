import { beforeAll, describe, expect, it } from 'vitest';
import { aadOf } from '../support/fixtures.js';
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
 * Issue 20, item 6 (the .docx half): the London Safeguarding Children Board meeting of 4 February
 * 2009 (../shared/reference/london-board-notes-2009-02-04.txt), recorded through chat commands:
 * its eighteen attendees with their agencies, its numbered items and sub-items, what was said and
 * agreed, and its one action.
 */

const HJ = person(7, 'Helen Johnston');

/** The attendees as the notes list them: name, initials, agency (code and name). */
const ATTENDEES: [string, string, string, string][] = [
  ['Simon Hart', 'SH', 'BD', 'Barking and Dagenham'],
  ['Safron Rose', 'SR', 'NSPCC', 'NSPCC'],
  ['Paul Robinson', 'PR', 'WAND', 'Wandsworth'],
  ['Malcolm Jenkin', 'MJ', 'PROB', 'London Probation'],
  ['Allan Gibson', 'AG', 'POLICE', 'Met Police'],
  ['Gordon Briggs', 'GB', 'POLICE', 'Met Police'],
  ['Trish Morris-Thompson', 'TMT', 'NHSL', 'NHS London'],
  ['Briony Ladbury', 'BL', 'NHSL', 'NHS London'],
  ['Glen Lloyd', 'GL', 'POLICE', 'Met Police'],
  ['Louise Smith', 'LS', 'CPS', 'CPS London – South'],
  ['Sally Jones', 'SJ', 'GPCT', 'Greenwich PCT'],
  ['Catherine Doran', 'CD', 'GOL', 'GOL'],
  ['Cheryl Coppell', 'CCP', 'HAV', 'Havering'],
  ['Christine Christie', 'CC', 'LSCB', 'London Board'],
  ['Helen Johnston', 'HJ', 'LC', 'London Councils'],
  ['Andrew Ireland', 'AI', 'HAV', 'Havering'],
  ['Delroy Pommel', 'DP', 'BARN', 'Barnardos'],
  ['John Anthony', 'JA', 'YJB', 'YJB'],
];

let h: Harness;
let docx: DocxText;

const say = async (where: Where, text: string, who: Person = HJ): Promise<string> => {
  h.deps.clock.advance(60_000);
  return textOf(await h.send(messageText(who, where, text)));
};

beforeAll(async () => {
  h = await createHarness();
  h.roster.push({ aadObjectId: aadOf(7), name: 'Helen Johnston' });
  h.deps.clock.set('2009-01-12T09:00:00Z');
  const chat = groupChat();
  const script = [
    'setup London Safeguarding Children Board',
    ...[...new Map(ATTENDEES.map(([, , code, name]) => [code, name]))]
      .filter(([code]) => code !== 'POLICE')
      .map(
        ([code, name]) =>
          `agency add ${code} ${name}${['NHSL', 'LC'].includes(code) ? ' statutory' : ''}`,
      ),
    'agency rename POLICE Met Police',
    /** The London board's statutory partners: the Met, NHS London and the boroughs' London Councils. */
    'agency remove LA',
    'agency remove ICB',
    [
      'members import',
      ...ATTENDEES.map(
        ([name, initials, code]) =>
          `${name} (${initials}) |  | ${code}${initials === 'CCP' ? ' | chair' : ''}`,
      ),
    ].join('\n'),
    /** HJ set the board up (so a coordinator) but attends for London Councils, as the notes list her. */
    'member edit HJ member',
    'meeting new London Safeguarding Children Board Meeting on 04/02/09 2pm-4pm at London Councils',
    'agenda remove Minutes',
    'agenda add Notes of the last meeting',
    'agenda add London Board Update by CC',
    'agenda add 2.2 Child Death Response Teams and Review Panels',
    'agenda add 2.3 Child Sexual Abuse / Sexual Exploitation',
    'agenda add 2.4 Safeguarding children across culture and faith',
    'agenda add 2.5 Child trafficking toolkit',
    'agenda add 2.6 Multi-disciplinary working to safeguard children whose parents have substance misuse difficulties',
    'agenda add 2.7 Safeguarding Children affected by Gang Activity / Serious Youth Violence',
    'agenda add London Board Review and Serious Case Reviews - Discussion by CC',
    'agenda add Serious Case Reviews subgroup by SH',
    /** "by Gang Activity …" was read as the presenters: the title is corrected. */
    'item edit 2.7 title Safeguarding Children affected by Gang Activity / Serious Youth Violence',
  ];
  for (const line of script) await say(chat, line);
  h.deps.clock.set('2009-02-04T14:00:00Z');
  for (const line of [
    'meeting start',
    `present ${ATTENDEES.map(([, initials]) => initials).join(' ')}`,
    'minute-taker HJ',
    'item 1',
    'decision The notes of the last meeting were circulated and agreed',
    'item 2',
    'note CC took the group through the London Board update paper, with the following verbal updates:',
    'item 2.2',
    'note ID informed the group that the CDOP Chairs group has edited the London CDOP Procedure, which is currently receiving a final legal scrutiny.',
    'item 2.3',
    'note CC reported that Barnardos won the tender for providing a London sexual exploitation treatment service.',
    'item 2.4',
    'note The London Board has adopted working with culture and faith as our theme for 2009.',
    'item 2.5',
    'note CC reported that, although the toolkit is now agreed and piloting is underway, there has been a reconsideration by the Home Office of the national referral mechanism.',
    'action CC to update the group at the next meeting',
    'item 2.6',
    'note DH expressed the view that this area of work must remain a priority in London.',
    'item 2.7',
    'note The summit supported the development of a new board that will look at Serious Youth Violence.',
    'item 3',
    'note PR stressed the importance of ensuring that the review is not simply a knee-jerk reaction to the Baby P case.',
    'note AG suggested the need for a cultural change to take place within the various safeguarding agencies.',
    'item 4',
    'note SH updated the group in his capacity as Chair of the London Board Serious Case Reviews sub-committee.',
    'note TMT updated the group on work around SCRs within NHS London.',
    'item AOB',
    'note TMT reported that a safeguarding workplan for health is now in place, and will be shared with the Board.',
    'next meeting 29/04/09 2pm-4pm',
    'meeting end',
  ])
    await say(chat, line);
  docx = await minutesOfReply(h, await say(personalChat(HJ), 'minutes'));
}, 120_000);

describe('the London board of 04.02.09, recorded through commands', () => {
  it('is headed with the meeting, date, time and venue, and who chaired', () => {
    expect(docx.headings.slice(0, 2)).toEqual([
      'London Safeguarding Children Board',
      'London Safeguarding Children Board Meeting — DRAFT',
    ]);
    expect(docx.lines[2]).toBe('Wednesday 4 February 2009, 2pm–4pm, London Councils');
  });

  it('lists every attendee with their agency, cell by cell', () => {
    expect(docx.tables[0]).toEqual([
      ['Name', 'Designation', 'Agency', '04.02.09'],
      /** HJ set the board up: the first member. */
      ...[
        ...ATTENDEES.filter(([, initials]) => initials === 'HJ'),
        ...ATTENDEES.filter(([, initials]) => initials !== 'HJ'),
      ].map(([name, initials, , agency]) => [`${name} (${initials})`, '', agency, 'A']),
    ]);
    expect(between(docx.lines, 'Attendance', 'Agenda and notes')).toEqual([
      'A (attended) SD (sent deputy) SA (sent apologies) DNA (did not attend) N/A (not a member at the time)',
      'Chaired by: Cheryl Coppell (CCP)',
      'Minutes taken by: Helen Johnston (HJ)',
      'Quorate: Met Police, NHS London, London Councils represented.',
    ]);
  });

  it('has the numbered items and sub-items in order, each with what was said and agreed, and the action at 2.5', () => {
    /** The times each item was taken come from the test clock; the reference has none. */
    const { taken, said } = agendaLines(docx.lines);
    expect(taken.length).toBeGreaterThan(3);
    expect(taken.every((l) => /^Taken \d{1,2}\.\d\d[ap]m–\d{1,2}\.\d\d[ap]m$/.test(l))).toBe(true);
    expect(said).toEqual([
      'Welcome, introductions and apologies',
      '1. Notes of the last meeting',
      'The notes of the last meeting were circulated and agreed',
      '2. London Board Update',
      'CC took the group through the London Board update paper, with the following verbal updates:',
      '2.2 Child Death Response Teams and Review Panels',
      'ID informed the group that the CDOP Chairs group has edited the London CDOP Procedure, which is currently receiving a final legal scrutiny.',
      '2.3 Child Sexual Abuse / Sexual Exploitation',
      'CC reported that Barnardos won the tender for providing a London sexual exploitation treatment service.',
      '2.4 Safeguarding children across culture and faith',
      'The London Board has adopted working with culture and faith as our theme for 2009.',
      '2.5 Child trafficking toolkit',
      'CC reported that, although the toolkit is now agreed and piloting is underway, there has been a reconsideration by the Home Office of the national referral mechanism.',
      'Action 1 — Christine Christie (CC): update the group at the next meeting',
      '2.6 Multi-disciplinary working to safeguard children whose parents have substance misuse difficulties',
      'DH expressed the view that this area of work must remain a priority in London.',
      '2.7 Safeguarding Children affected by Gang Activity / Serious Youth Violence',
      'The summit supported the development of a new board that will look at Serious Youth Violence.',
      '3. London Board Review and Serious Case Reviews - Discussion',
      'PR stressed the importance of ensuring that the review is not simply a knee-jerk reaction to the Baby P case.',
      'AG suggested the need for a cultural change to take place within the various safeguarding agencies.',
      '4. Serious Case Reviews subgroup',
      'SH updated the group in his capacity as Chair of the London Board Serious Case Reviews sub-committee.',
      'TMT updated the group on work around SCRs within NHS London.',
      'Any other business',
      'TMT reported that a safeguarding workplan for health is now in place, and will be shared with the Board.',
      'Date of next meeting',
    ]);
  });

  it('has the action table: "ACTION: CC to update the group at the next meeting", due at the next meeting', () => {
    expect(docx.tables[1]).toEqual([
      ['No', 'Reference', 'Action', 'Owner', 'Due'],
      [
        '1',
        '04.02.09 ref 2.5.1',
        'update the group at the next meeting',
        'Christine Christie (CC)',
        '29.04.09',
      ],
    ]);
    expect(docx.lines.at(-1)).toBe('Next meeting Wednesday 29 April 2009 2pm–4pm');
  });
});
