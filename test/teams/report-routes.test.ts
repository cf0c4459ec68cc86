import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AdaptiveCard } from '../../src/cards/card-types.js';
import { Verbs } from '../../src/cards/verbs.js';
import { reportingYearOf } from '../../src/domain/annual-report.js';
import { verifyDownload } from '../../src/services/download-links.js';
import { exportMinutesDocx } from '../../src/services/export-minutes.js';
import { aadOf, TENANT } from '../support/fixtures.js';
import type { Harness, Person, Where } from '../support/teams-harness.js';
import {
  cardOf,
  createHarness,
  executeInvoke,
  groupChat,
  messageText,
  person,
  personalChat,
  proactiveSent,
  teamsActivity,
  textOf,
} from '../support/teams-harness.js';
import { cardProblems } from '../support/validate-card.js';

const EM = person(7, 'Elisabeth Major');
const LB = person(2, 'Lewis Basford');
const SECRET = 'test-secret-test-secret-test-secret';

let h: Harness;
let chat: Where;
beforeAll(async () => {
  h = await createHarness();
  h.roster.push(
    { aadObjectId: aadOf(7), name: 'Elisabeth Major' },
    { aadObjectId: aadOf(2), name: 'Lewis Basford' },
  );
  chat = groupChat();
  const say = (text: string) => h.send(messageText(EM, chat, text));
  await say('setup Havering Safeguarding Children Partnership Executive');
  await say('agency add IND Independent');
  await say(
    'members import\nBrian Boxall (BB) | SAB Independent Chair LBH | IND | chair\nLewis Basford (LB) | Detective Superintendent | POLICE\nRobert South (RS) | Director Children’s Services LBH | LA\nKorkor Ceasar (KC) | Associate Director | ICB',
  );
  await h.deps.conversations.save({
    tenantId: TENANT,
    conversationId: chat.conversationId,
    kind: 'groupChat',
    serviceUrl: 'https://smba.trafficmanager.net/uk/',
    reference: { conversation: { id: chat.conversationId } },
    updatedAt: '',
  });
  await say('meeting new Executive Planning Meeting on 15/06/22 2-3pm');
  await say('meeting start');
  await say('meeting end');
  await say('meeting new Executive Planning Meeting on 13/07/22 2-3pm at MS Teams');
  await say('agenda add Memorandum of Understanding by BB');
  await say('agenda add Case review: Child J confidential');
  await say('meeting start');
  await say('present EM LB RS');
  await say('deputy Jane Smith (Head of Service) for KC');
  await say('apologies BB');
  await say('item minutes');
  await say('minutes approved');
  await say('item 1');
  await say('decision This was agreed by the meeting, subject to RS’ views.');
  await say('action RS to comment re the MoU by 10/08/22');
  await say('item 2');
  await say('decision Child J’s case to go to the rapid review panel.');
  await say('action KC to refer Child J’s case');
  await say('next meeting 10 August 2-3pm');
  await say('meeting end');
});

const ask = async (text: string, who: Person = EM, where: Where = chat) =>
  h.send(messageText(who, where, text));

describe('summary, minutes and report', () => {
  it('summary shows attendance, quorum, decisions and actions to the person asking', async () => {
    const [reply] = await ask('summary', EM, personalChat(EM));
    const card = cardOf(reply) as AdaptiveCard;
    expect(cardProblems(card)).toEqual([]);
    const json = JSON.stringify(card);
    for (const fragment of [
      'Summary — Executive Planning Meeting',
      /** Issue 20: names with initials and agency, the deputy's designation and for whom. */
      'Korkor Ceasar (KC) · ICB — **SD**',
      'Jane Smith (Head of Service) for KC',
      'Brian Boxall (BB) · IND — **SA**',
      'Quorate',
      'subject to RS’ views',
      'Child J’s case to go to the rapid review panel',
      '(13.07.22 ref 1.1) Robert South (RS) to comment re the MoU',
      'Next meeting: Wednesday 10 August 2022',
      'Minutes (.docx)',
      'Post to channel',
    ]) {
      expect(json).toContain(fragment);
    }
    expect(json).not.toContain('Confidential items are left out of this version.');
  });

  it('summary asked in the board chat: the chat gets the redacted card, the asking member the full one privately', async () => {
    await ask('help', EM, personalChat(EM));
    proactiveSent.length = 0;
    const [reply] = await ask('summary');
    const shared = JSON.stringify(cardOf(reply));
    expect(shared).not.toContain('Child J');
    expect(shared).toContain('Confidential item — see the restricted minutes');
    expect(shared).toContain('I have sent you the full version in our personal chat');
    expect(proactiveSent).toHaveLength(1);
    expect(proactiveSent[0]!.reference).toMatchObject({
      conversation: { id: personalChat(EM).conversationId },
    });
    expect(JSON.stringify(proactiveSent[0]!.activity)).toContain(
      'Child J’s case to go to the rapid review panel',
    );
  });

  it('summary post sends the channel version, confidential items left out; members may not post', async () => {
    proactiveSent.length = 0;
    const [reply] = await ask('summary post', person(1, 'Brian Boxall'));
    expect(textOf([reply!])).toContain('Only');
    const [posted] = await h.send(
      executeInvoke(EM, personalChat(EM), Verbs.summaryPost, {
        meetingId: (
          await h.deps.meetings.listForBoard(
            (await h.deps.boards.findByConversation(TENANT, chat.conversationId))!.id,
          )
        )[1]!.id,
      }),
    );
    expect(JSON.stringify(cardOf(posted))).toContain('Posted to the board’s channel');
    expect(proactiveSent).toHaveLength(1);
    const channelCard = JSON.stringify(proactiveSent[0]!.activity.attachments?.[0]?.content);
    expect(proactiveSent[0]!.reference).toEqual({ conversation: { id: chat.conversationId } });
    expect(channelCard).toContain('Confidential item — see the restricted minutes');
    expect(channelCard).not.toContain('Child J');
    expect(channelCard).not.toContain('Post to channel');
    expect(channelCard).toContain('subject to RS’ views');
  });

  it('minutes gives a personal, expiring link to a .docx in the UK minute layout', async () => {
    const text = textOf(await ask('minutes', EM, personalChat(EM)));
    expect(text).toContain('Minutes of Executive Planning Meeting, 2022-07-13 (draft)');
    const token = /\/files\/([^)]+)\)/.exec(text)![1]!;
    const grant = verifyDownload(token, SECRET, h.deps.clock.now());
    expect(grant).toMatchObject({ kind: 'minutes.docx', aadObjectId: aadOf(7) });
    const file = await exportMinutesDocx(h.deps, grant!);
    const xml = await (
      await JSZip.loadAsync(file!.body)
    )
      .file('word/document.xml')!
      .async('string');
    const words = xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    for (const fragment of [
      'Executive Planning Meeting — DRAFT',
      'Wednesday 13 July 2022, 2pm–3pm, MS Teams',
      '15.06.22',
      '13.07.22',
      'Korkor Ceasar (KC)',
      'SD',
      'Jane Smith, Head of Service (for KC)',
      'Apologies: Brian Boxall (BB)',
      'The minutes were agreed as an accurate record.',
      'This was agreed by the meeting',
      '13.07.22 ref 1.1',
      'comment re the MoU',
      '10.08.22',
      'Next meeting Wednesday 10 August 2022 2pm–3pm',
    ]) {
      expect(words).toContain(fragment);
    }
    expect(
      verifyDownload(token, SECRET, new Date(h.deps.clock.now().getTime() + 16 * 60_000)),
    ).toBeUndefined();
  });

  it('minutes in the board chat: the chat gets the public version, the asking member the restricted one privately', async () => {
    const words = async (token: string) => {
      const grant = verifyDownload(token, SECRET, h.deps.clock.now());
      const file = await exportMinutesDocx(h.deps, grant!);
      const zip = await JSZip.loadAsync(file!.body);
      const xml = await Promise.all(
        Object.keys(zip.files)
          .filter((f) => /^word\/(document|header\d*)\.xml$/.test(f))
          .map((f) => zip.file(f)!.async('string')),
      );
      return xml
        .join(' ')
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ');
    };
    await ask('help', EM, personalChat(EM));
    proactiveSent.length = 0;
    const shared = textOf(await ask('minutes'));
    expect(shared).toContain('public version');
    const publicWords = await words(/\/files\/([^)]+)\)/.exec(shared)![1]!);
    expect(publicWords).toContain('PUBLIC VERSION — confidential items withheld');
    expect(publicWords).toContain('Confidential item — not for publication');
    expect(publicWords).not.toContain('Child J');
    expect(publicWords).toContain('This was agreed by the meeting');
    expect(proactiveSent).toHaveLength(1);
    const privately = String(proactiveSent[0]!.activity.text);
    const restrictedWords = await words(/\/files\/([^)]+)\)/.exec(privately)![1]!);
    expect(restrictedWords).toContain('RESTRICTED — full minutes for board members');
    expect(restrictedWords).toContain('Child J’s case to go to the rapid review panel');
  });

  it('when a meeting ends, the chair gets the draft summary in their personal chat', async () => {
    const board = (await h.deps.boards.findByConversation(TENANT, chat.conversationId))!;
    await h.deps.boards.update(TENANT, board.id, (b) => ({
      ...b,
      members: b.members.map((m) => (m.initials === 'BB' ? { ...m, aadObjectId: aadOf(1) } : m)),
    }));
    await h.deps.conversations.save({
      tenantId: TENANT,
      conversationId: 'a:1personal-1',
      kind: 'personal',
      userAadObjectId: aadOf(1),
      serviceUrl: 'https://smba.trafficmanager.net/uk/',
      reference: { conversation: { id: 'a:1personal-1' } },
      updatedAt: '',
    });
    await ask('meeting new Executive Planning Meeting on 10/08/22 2-3pm');
    await ask('meeting start');
    proactiveSent.length = 0;
    expect(textOf(await ask('meeting end'))).toContain('Meeting ended.');
    expect(proactiveSent.map((p) => p.reference)).toEqual([
      { conversation: { id: 'a:1personal-1' } },
    ]);
    const draft = JSON.stringify(proactiveSent[0]!.activity.attachments?.[0]?.content);
    expect(draft).toContain('Draft summary of the meeting that just ended.');
    expect(draft).toContain('Post to channel');
  });

  it('searchBoard inserts the summary of a held meeting, without confidential items', async () => {
    const [found] = await h.send(
      teamsActivity(LB, personalChat(LB), {
        type: 'invoke',
        name: 'composeExtension/query',
        value: {
          commandId: 'searchBoard',
          parameters: [{ name: 'searchText', value: 'meetings 2022-07-13' }],
          queryOptions: { skip: 0, count: 25 },
        },
      }),
    );
    const attachments = (
      found?.value as { body: { composeExtension: { attachments: { content: AdaptiveCard }[] } } }
    ).body.composeExtension.attachments;
    const json = JSON.stringify(attachments.map((a) => a.content));
    expect(json).toContain('Summary — Executive Planning Meeting');
    expect(json).not.toContain('Child J');
    attachments.forEach((a) => expect(cardProblems(a.content)).toEqual([]));
  });

  it('report gives the year’s figures by agency and for actions', async () => {
    const [reply] = await ask('report 2022-23', LB);
    const card = cardOf(reply) as AdaptiveCard;
    expect(cardProblems(card)).toEqual([]);
    const json = JSON.stringify(card);
    expect(json).toContain('Annual figures 2022-23');
    expect(json).toContain('"title":"Meetings held","value":"3"');
    expect(json).toContain('"title":"Overdue at year end","value":"0"');
    expect(json).toContain(
      '**Integrated care board (health)** (statutory): 1 of 3 meetings (33%), 1 by deputy only',
    );
    expect(textOf(await ask('report 2022-24'))).toContain('is not a reporting year');
    expect(reportingYearOf('2023-03-31')).toBe('2022-23');
    expect(reportingYearOf('2023-04-01')).toBe('2023-24');
  });
});
