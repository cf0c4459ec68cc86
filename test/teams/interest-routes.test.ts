import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyDownload } from '../../src/services/download-links.js';
import { exportMinutesDocx } from '../../src/services/export-minutes.js';
import { aadOf, TENANT } from '../support/fixtures.js';
import type { Harness, Where } from '../support/teams-harness.js';
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

const EM = person(7, 'Elisabeth Major');
const BB = person(1, 'Brian Boxall');
const LB = person(2, 'Lewis Basford');

const MEMBERS = [
  'members import',
  'Brian Boxall (BB) | SAB Independent Chair LBH | IND | chair',
  'Lewis Basford (LB) | Detective Superintendent | POLICE',
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

const meetingOf = async (where: Where) => {
  const board = await h.deps.boards.findByConversation(TENANT, where.conversationId);
  const [meeting] = await h.deps.meetings.listForBoard(board!.id);
  return meeting!;
};

const SECRET = 'test-secret-test-secret-test-secret';

/** The words of the .docx a minutes link hands out. */
const minutesWords = async (reply: string): Promise<string> => {
  const token = /\/files\/([^)]+)\)/.exec(reply)![1]!;
  const file = await exportMinutesDocx(h.deps, verifyDownload(token, SECRET, h.deps.clock.now())!);
  const xml = await (await JSZip.loadAsync(file!.body)).file('word/document.xml')!.async('string');
  return xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
};

const KC_LINE = 'Interest declared: KC (Korkor Ceasar) — Director of the provider under review';
const LB_LINE = 'Interest declared: LB (Lewis Basford) — sister works in the family’s school';

describe('declarations of interest', () => {
  it('a standing item, declared at items, on the agenda card and the summary, and undone', async () => {
    h.deps.clock.set('2022-07-13T12:00:00Z');
    const chat = groupChat();
    await say(chat, 'setup Havering Safeguarding Children Partnership Executive');
    await say(chat, 'agency add IND Independent');
    await say(chat, MEMBERS);
    expect(await say(chat, 'interest item on', LB)).toContain(
      'Only Brian Boxall (BB), Elisabeth Major (EM) can change the standing items',
    );
    expect(await say(chat, 'interest item on')).toContain(
      'New meetings will have a standing item "Declarations of interest"',
    );
    await say(chat, 'meeting new Executive Planning Meeting on 13/07/22 2-3pm at MS Teams');
    await say(chat, 'agenda add Commissioning of the short breaks provider by RS 20 min');
    await say(chat, 'agenda add Child R rapid review by RS 20 min confidential');
    await say(chat, 'meeting start');

    // The coordinator records a member's declaration; the same message again records nothing new.
    const declared = {
      ...messageText(EM, chat, 'interest KC 1 Director of the provider under review'),
      id: 'activity-interest-1',
    };
    expect(textOf(await h.send(declared))).toContain(
      'Interest declared: KC (Korkor Ceasar) at item 1 (Commissioning of the short breaks provider)',
    );
    await h.send(declared);
    expect((await meetingOf(chat)).interests?.map((i) => i.initials)).toEqual(['KC']);

    // A member declares their own, by name or initials; not someone else's.
    expect(await say(chat, 'interest KC 2 a second interest', LB)).toContain(
      "Only Brian Boxall (BB), Elisabeth Major (EM) can record another member's declaration",
    );
    expect(
      await say(chat, 'interest Lewis Basford item 2: sister works in the family’s school', LB),
    ).toContain('Interest declared: LB (Lewis Basford) at item 2 (Confidential item)');

    // Unknown member or item: refused with the usage.
    expect(await say(chat, 'interest ZZ 1 something')).toContain(
      '"ZZ" is not the initials or name of a member',
    );
    expect(await say(chat, 'interest KC 9 something')).toContain('There is no item "9"');
    expect(await say(chat, 'interest KC something')).toContain('Say whose interest');
    expect(await say(chat, `interest KC 1 ${'x'.repeat(1001)}`)).toContain(
      'That declaration is too long',
    );

    // The agenda card in the chat: the standing item, KC at item 1; LB's at the confidential item not.
    const [agendaReply] = await h.send(messageText(EM, chat, 'agenda'));
    const agenda = cardOf(agendaReply)!;
    expect(cardProblems(agenda as never)).toEqual([]);
    const shared = JSON.stringify(agenda);
    expect(shared).toContain('Declarations of interest');
    expect(shared).toContain(KC_LINE);
    expect(shared).not.toContain('sister works');

    // Privately, a member reads both, in the agenda and the summary.
    const privately = await say(personalChat(BB), 'agenda', BB);
    expect(privately).toContain(KC_LINE);
    expect(privately).toContain(LB_LINE);
    const [summaryReply] = await h.send(messageText(BB, personalChat(BB), 'summary'));
    const summary = JSON.stringify(cardOf(summaryReply));
    expect(summary).toContain('Declarations of interest');
    expect(summary).toContain(`**1** ${KC_LINE}`);
    expect(summary).toContain(`**2** ${LB_LINE}`);
    const sharedSummary = await say(chat, 'summary');
    expect(sharedSummary).not.toContain('sister works');

    // The minutes: the standing item lists every declaration, each item its own; the public
    // version leaves out the one at the confidential item.
    const restricted = await minutesWords(await say(personalChat(BB), 'minutes', BB));
    expect(restricted).toContain('Declarations of interest');
    expect(restricted).toContain(`${KC_LINE} (item 1)`);
    expect(restricted).toContain(`${LB_LINE} (item 2)`);
    await say(personalChat(EM), 'help');
    const sharedMinutes = await say(chat, 'minutes');
    expect(sharedMinutes).toContain('public version');
    const publicWords = await minutesWords(sharedMinutes);
    expect(publicWords).toContain(KC_LINE);
    expect(publicWords).not.toContain('sister works');

    // LB takes back their own declaration though the coordinator declared another since; a
    // second undo puts it back in its place.
    await say(chat, 'interest RS 1 governor of a school named in the report');
    expect(await say(chat, 'undo', LB)).toContain('interest declared by LB at item 2');
    expect((await meetingOf(chat)).interests?.map((i) => i.initials)).toEqual(['KC', 'RS']);
    expect(await say(chat, 'undo', LB)).toContain('interest declared by LB at item 2');
    expect((await meetingOf(chat)).interests?.map((i) => i.initials)).toEqual(['KC', 'LB', 'RS']);

    // The chair's undo takes back the meeting's last change: LB's declaration again.
    expect(await say(chat, 'undo', BB)).toContain('interest declared by LB at item 2');
    expect((await meetingOf(chat)).interests?.map((i) => i.initials)).toEqual(['KC', 'RS']);
    expect(await say(personalChat(BB), 'agenda', BB)).not.toContain('sister works');
  });

  it('a declaration is reworded or taken off by its member or a manager, and undone', async () => {
    h.deps.clock.set('2022-07-13T12:00:00Z');
    const chat = groupChat();
    await say(chat, 'setup Havering Safeguarding Children Partnership Executive');
    await say(chat, 'agency add IND Independent');
    await say(chat, MEMBERS);
    await say(chat, 'meeting new Executive Planning Meeting on 13/07/22 2-3pm at MS Teams');
    await say(chat, 'agenda add Commissioning of the short breaks provider by RS 20 min');
    await say(chat, 'meeting start');
    await say(chat, 'interest KC 1 Director of the provider under review');
    await say(chat, 'interest LB 1 sister works for the provider', LB);

    // The wrong item, nobody's declaration, another member's: clear answers, nothing changed.
    expect(await say(chat, 'interest remove KC 9')).toContain('There is no item "9"');
    expect(await say(chat, 'interest remove RS 1')).toContain(
      'RS (Robert South) has no declaration of interest at item 1',
    );
    expect(await say(chat, 'interest edit KC 1 trustee', LB)).toContain(
      "Only Brian Boxall (BB), Elisabeth Major (EM) can change another member's declaration",
    );
    expect(await say(chat, 'interest remove KC')).toContain(
      'Say whose declaration and at which item',
    );

    // The coordinator rewords KC's; saying it again changes nothing; undo puts the old words back.
    expect(await say(chat, 'interest edit KC 1: Trustee of the provider under review')).toContain(
      'Declaration of interest by KC (Korkor Ceasar) at item 1 (Commissioning of the short breaks provider) of Executive Planning Meeting reworded',
    );
    expect(await say(chat, 'interest edit KC 1 Trustee of the provider under review')).toContain(
      'already reads that way',
    );
    const texts = async () =>
      (await meetingOf(chat)).interests?.map((i) => `${i.initials}: ${i.text}`);
    expect(await texts()).toEqual([
      'KC: Trustee of the provider under review',
      'LB: sister works for the provider',
    ]);
    expect(await say(chat, 'undo')).toContain('interest of KC at item 1 reworded');
    expect(await texts()).toEqual([
      'KC: Director of the provider under review',
      'LB: sister works for the provider',
    ]);

    // LB takes off their own; the agenda card no longer shows it; undo puts it back.
    expect(await say(chat, 'interest remove LB 1', LB)).toContain(
      'Declaration of interest by LB (Lewis Basford) at item 1 (Commissioning of the short breaks provider) of Executive Planning Meeting removed',
    );
    expect(await texts()).toEqual(['KC: Director of the provider under review']);
    expect(await say(chat, 'agenda')).not.toContain('sister works');
    expect(await say(chat, 'interest remove LB 1', LB)).toContain(
      'has no declaration of interest at item 1',
    );
    expect(await say(chat, 'undo', LB)).toContain('interest of LB at item 1 removed');
    expect(await texts()).toEqual([
      'KC: Director of the provider under review',
      'LB: sister works for the provider',
    ]);
  });

  it('boards that did not switch it on keep the four standing items; switched off, so again', async () => {
    const chat = groupChat();
    await say(chat, 'setup Another Partnership');
    await say(chat, 'interest item on');
    expect(await say(chat, 'interest item off')).toContain(
      'New meetings will not have a standing item "Declarations of interest".',
    );
    await say(chat, 'meeting new Executive on 13/07/22 2-3pm');
    expect((await meetingOf(chat)).agenda.map((i) => i.number)).toEqual([
      'Welcome',
      'Minutes',
      'AOB',
      'Next meeting',
    ]);
  });
});
