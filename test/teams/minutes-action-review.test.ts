import { beforeAll, describe, expect, it } from 'vitest';
import { aadOf } from '../support/fixtures.js';
import type { Harness, Person, Where } from '../support/teams-harness.js';
import { createHarness, groupChat, messageText, person, textOf } from '../support/teams-harness.js';
import { minutesOfReply } from '../support/docx-text.js';

/**
 * Issue 20, "done when": the minutes of a meeting with carried actions show each carried action's
 * updates and revised date, and late arrivals — a Herefordshire-style board whose action log came
 * in from its old spreadsheet ("Action No 15 (23.10.19 ref 4.1) … Ongoing – revised date").
 */

const JB = person(7, 'Juliet Bryant');

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  h.roster.push({ aadObjectId: aadOf(7), name: 'Juliet Bryant' });
});

const say = async (where: Where, text: string, who: Person = JB): Promise<string> =>
  textOf(await h.send(messageText(who, where, text)));

describe('the action-log review in the minutes .docx', () => {
  it('lists each carried action with this meeting’s updates, its status and revised date; late arrivals at their item', async () => {
    h.deps.clock.set('2019-12-02T10:00:00Z');
    const chat = groupChat();
    await say(chat, 'setup Herefordshire Safeguarding Children Board');
    await say(
      chat,
      [
        'members import',
        'Ivan Powell (IP) | Independent Chair | LA | chair',
        'Kate Wilson (KW) | Head of Safeguarding, Wye Valley NHS Trust | ICB',
        'Elaine Fisher (EF) | Detective Chief Inspector, West Mercia Police | POLICE',
        'Paul Gwynne (PG) | Director of Children’s Services | LA',
      ].join('\n'),
    );
    const imported = await say(
      chat,
      [
        'actions import',
        'No | Reference | Action | Owner | Due | Status',
        '15 | 23.10.19 ref 4.1 | Circulate the neglect strategy to partners for comment | KW | 18.12.19 | Open',
        '16 | 23.10.19 ref 5.2 | Publish the learning brief from the rapid review | EF | 18.12.19 | Open',
        '17 | 23.10.19 ref 6.1 | Report school attendance figures to the board | PG | 18.12.19 | Open',
        '14 | 18.09.19 ref 3.1 | Agree the escalation policy | PG | 23.10.19 | Completed',
      ].join('\n'),
    );
    expect(imported).toContain('4');
    await say(chat, 'meeting new Board meeting on 19/02/20 10am-12pm at Mordiford Room, Hereford');
    await say(chat, 'agenda add Neglect strategy by KW 20 min');
    await say(chat, 'agenda add Rapid review learning brief by EF 15 min');

    h.deps.clock.set('2020-01-15T09:00:00Z');
    await say(chat, 'update 15 Draft circulated to the Development & Practice Group');

    h.deps.clock.set('2020-02-19T10:00:00Z');
    await say(chat, 'meeting start');
    await say(chat, 'present IP KW EF');
    await say(chat, 'item Minutes');
    h.deps.clock.advance(60_000);
    await say(chat, 'update 15 Comments received; awaiting sign-off by the partners');
    await say(chat, 'due 15 31/03/20');
    await say(chat, 'done 16 Published on the partnership website');
    await say(chat, 'item 1');
    await say(chat, 'late PG');
    await say(chat, 'note KW presented the comments received from partners.');
    await say(chat, 'meeting end');

    const docx = await minutesOfReply(h, await say(chat, 'minutes'));
    const review = docx.tables.find((t) => t[0]?.includes('Status / revised date'));
    expect(review).toEqual([
      ['No', 'Reference', 'Action', 'Owner', 'Update', 'Status / revised date'],
      [
        '15',
        '23.10.19 ref 4.1',
        'Circulate the neglect strategy to partners for comment',
        'Kate Wilson (KW)',
        [
          '15.01.20: Draft circulated to the Development & Practice Group',
          '19.02.20: Comments received; awaiting sign-off by the partners',
        ].join('\n'),
        'Ongoing – revised date 31.03.20',
      ],
      [
        '16',
        '23.10.19 ref 5.2',
        'Publish the learning brief from the rapid review',
        'Elaine Fisher (EF)',
        '19.02.20: Published on the partnership website',
        'Completed',
      ],
      [
        '17',
        '23.10.19 ref 6.1',
        'Report school attendance figures to the board',
        'Paul Gwynne (PG)',
        '',
        'Open – due 18.12.19',
      ],
    ]);
    expect(docx.lines).toContain('Paul Gwynne (PG) arrived at item 1.');
    const item1 = docx.lines.indexOf('1. Neglect strategy');
    expect(docx.lines.slice(item1, item1 + 4)).toEqual([
      '1. Neglect strategy',
      'Taken 10.01am–10.01am',
      'PG arrived.',
      'KW presented the comments received from partners.',
    ]);
    expect(docx.lines).toContain('Action log review');
    expect(docx.lines).toContain('No actions were raised at this meeting.');
    expect(docx.header.join(' ')).toContain('Draft');
  });
});
