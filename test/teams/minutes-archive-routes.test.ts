import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { Verbs } from '../../src/cards/verbs.js';
import type { Board } from '../../src/domain/board.js';
import { numberedEntries } from '../../src/domain/entry-numbers.js';
import type { Meeting } from '../../src/domain/meeting.js';
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
  textOf,
} from '../support/teams-harness.js';

const EM = person(7, 'Elisabeth Major');
const BB = person(1, 'Brian Boxall');
const SECRET = 'test-secret-test-secret-test-secret';

const MEMBERS = [
  'members import',
  'Brian Boxall (BB) | SAB Independent Chair LBH | IND | chair',
  'Lewis Basford (LB) | Detective Superintendent | POLICE',
  'Robert South (RS) | Director Children’s Services LBH | LA',
  'Korkor Ceasar (KC) | Associate Director | ICB',
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

const say = async (where: Where, text: string, who: Person = EM): Promise<string> =>
  textOf(await h.send(messageText(who, where, text)));

const boardOf = async (where: Where): Promise<Board> =>
  (await h.deps.boards.findByConversation(TENANT, where.conversationId))!;

const meetingOn = async (where: Where, date: string): Promise<Meeting> => {
  const board = await boardOf(where);
  return (await h.deps.meetings.listForBoard(board.id)).find((m) => m.date === date)!;
};

/** The words of the .docx behind the first download link in `text`. */
const docxWords = async (text: string): Promise<string> => {
  const token = /\/files\/([^)]+)\)/.exec(text)![1]!;
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

/**
 * June's meeting (a confidential item among them), then July's, where June's minutes are approved
 * with an amendment; the clock follows the meetings.
 */
const twoMeetings = async (): Promise<Where> => {
  const chat = groupChat();
  h.deps.clock.set('2022-06-01T09:00:00Z');
  await say(chat, 'setup Havering Safeguarding Children Partnership Executive');
  await say(chat, 'agency add IND Independent');
  await say(chat, MEMBERS);
  await h.deps.conversations.save({
    tenantId: TENANT,
    conversationId: chat.conversationId,
    kind: 'groupChat',
    serviceUrl: 'https://smba.trafficmanager.net/uk/',
    reference: { conversation: { id: chat.conversationId } },
    updatedAt: '',
  });
  await say(chat, 'meeting new Executive Planning Meeting on 15/06/22 2-3pm at MS Teams');
  await say(chat, 'agenda add Memorandum of Understanding by BB');
  await say(chat, 'agenda add Case review: Child J confidential');
  h.deps.clock.set('2022-06-15T13:00:00Z');
  await say(chat, 'meeting start');
  await say(chat, 'present EM LB RS KC BB');
  await say(chat, 'item 1');
  await say(chat, 'note BB presented the Document which had been agreed by Chairs.');
  await say(chat, 'decision The MoU was agreed, subject to RS’ views.');
  await say(chat, 'item 2');
  await say(chat, 'decision Child J’s case to go to the rapid review panel.');
  await say(chat, 'meeting end');
  await say(chat, 'meeting new Executive Planning Meeting on 13/07/22 2-3pm at MS Teams');
  h.deps.clock.set('2022-07-13T13:00:00Z');
  await say(chat, 'meeting start');
  await say(chat, 'present EM LB RS KC BB');
  await say(chat, 'item minutes');
  h.deps.clock.set('2022-07-13T13:05:00Z');
  expect(
    await say(chat, 'minutes approved with amendments: RS’ title corrected on page 2'),
  ).toContain('The minutes of Wednesday 15 June 2022 were agreed with amendments');
  return chat;
};

describe('the minutes archive: any meeting by date, the approved version once approved', () => {
  let chat: Where;
  beforeAll(async () => {
    chat = await twoMeetings();
    await say(chat, 'meeting end');
    h.deps.clock.set('2022-08-01T09:00:00Z');
  });

  it('approval records who approved, where and when, and freezes June’s minutes', async () => {
    const june = await meetingOn(chat, '2022-06-15');
    const july = await meetingOn(chat, '2022-07-13');
    expect(june.minutesStatus).toBe('approved');
    expect(june.minutesApproval).toEqual({
      at: '2022-07-13T13:05:00.000Z',
      by: aadOf(7),
      atMeetingId: july.id,
      atMeetingDate: '2022-07-13',
      amendments: 'RS’ title corrected on page 2',
    });
    const frozen = await h.deps.approvedMinutes.find(june.boardId, june.id);
    expect(frozen?.approval).toEqual(june.minutesApproval);
    expect(frozen?.meeting.agenda.flatMap((i) => i.decisions.map((d) => d.text))).toContain(
      'The MoU was agreed, subject to RS’ views.',
    );
  });

  it('"minutes 15/06/22", "minutes 15 June 2022" and "minutes 15 June" fetch June’s approved minutes', async () => {
    for (const asked of ['minutes 15/06/22', 'minutes 15 June 2022', 'minutes 15 June']) {
      const text = await say(personalChat(EM), asked);
      expect(text).toContain(
        'Minutes of Executive Planning Meeting, 2022-06-15 (approved at the meeting of 13 July 2022, with amendments)',
      );
    }
    const words = await docxWords(await say(personalChat(EM), 'minutes 15.06.22'));
    expect(words).toContain('Executive Planning Meeting — AGREED');
    expect(words).toContain('Wednesday 15 June 2022');
    expect(words).toContain('BB presented the Document which had been agreed by Chairs.');
    expect(words).toContain('Child J’s case to go to the rapid review panel');
  });

  it('"minutes last" and plain "minutes" are the last meeting held', async () => {
    expect(await say(personalChat(EM), 'minutes last')).toContain(
      'Minutes of Executive Planning Meeting, 2022-07-13 (draft)',
    );
    expect(await say(personalChat(EM), 'minutes')).toContain(
      'Minutes of Executive Planning Meeting, 2022-07-13 (draft)',
    );
  });

  it('a day without a meeting names the nearest meetings held', async () => {
    const text = await say(personalChat(EM), 'minutes 14/06/22');
    expect(text).toContain(
      'Havering Safeguarding Children Partnership Executive held no meeting on Tuesday 14 June 2022. The nearest: Executive Planning Meeting, Wednesday 15 June 2022 at 2pm (approved at the meeting of 13 July 2022, with amendments); Executive Planning Meeting, Wednesday 13 July 2022 at 2pm (draft).',
    );
    expect(text).toContain('Say "minutes 15/06/22"');
    expect(text).not.toContain('/files/');
    expect(await say(personalChat(EM), 'minutes 1 January 2015')).toContain(
      'held no meeting on Thursday 1 January 2015, nor within a year of it.',
    );
    expect(await say(personalChat(EM), 'minutes 31/02/22')).toContain(
      '31/02/22 is not a real date',
    );
  });

  it('two meetings the same day: asks which, and the start time chooses', async () => {
    await say(chat, 'meeting new Extraordinary Meeting on 20/07/22 10-11am');
    await say(chat, 'meeting new Executive Planning Meeting on 20/07/22 2-3pm');
    for (const time of ['2022-07-20T09:00:00Z', '2022-07-20T13:00:00Z']) {
      h.deps.clock.set(time);
      await say(chat, 'meeting start');
      await say(chat, 'meeting end');
    }
    h.deps.clock.set('2022-08-01T09:00:00Z');
    const asked = await say(personalChat(EM), 'minutes 20/07/22');
    expect(asked).toContain('met 2 times on Wednesday 20 July 2022');
    expect(asked).toContain('Extraordinary Meeting, Wednesday 20 July 2022 at 10am (draft)');
    expect(asked).toContain('e.g. "minutes 20/07/22 10am"');
    expect(asked).not.toContain('/files/');
    expect(await say(personalChat(EM), 'minutes 20/07/22 2pm')).toContain(
      'Minutes of Executive Planning Meeting, 2022-07-20 (draft)',
    );
    expect(await say(personalChat(EM), 'minutes 20/07/22 10am')).toContain(
      'Minutes of Extraordinary Meeting, 2022-07-20 (draft)',
    );
  });

  it('in the board chat the archive gives the public version; the asking member the full one privately', async () => {
    await say(personalChat(EM), 'help');
    proactiveSent.length = 0;
    const shared = await say(chat, 'minutes 15/06/22');
    expect(shared).toContain('public version');
    expect(shared).toContain('I have sent you the full minutes in our personal chat.');
    const publicWords = await docxWords(shared);
    expect(publicWords).toContain('PUBLIC VERSION — confidential items withheld');
    expect(publicWords).not.toContain('Child J');
    expect(publicWords).toContain('The MoU was agreed');
    expect(proactiveSent).toHaveLength(1);
    const restrictedWords = await docxWords(String(proactiveSent[0]!.activity.text));
    expect(restrictedWords).toContain('Child J’s case to go to the rapid review panel');
  });

  it('a coordinator may not change approved minutes; the chair may, audited as an amendment, and the archive keeps the approved text', async () => {
    const june = await meetingOn(chat, '2022-06-15');
    const [note] = numberedEntries(june, 'note');
    const edit = (who: Person, text: string) =>
      h.send(
        executeInvoke(who, chat, Verbs.entryEdit, {
          meetingId: june.id,
          kind: 'note',
          entryId: note!.entry.id,
          [`entryText-${note!.entry.id}`]: text,
        }),
      );
    const refused = JSON.stringify(await edit(EM, 'BB presented a different Document.'));
    expect(refused).toContain(
      'The minutes of Executive Planning Meeting on 15 June 2022 are approved: they are the record now. Only the chair (Brian Boxall (BB)) can amend them',
    );
    expect((await meetingOn(chat, '2022-06-15')).revision).toBe(june.revision);

    h.deps.clock.set('2022-08-02T10:00:00Z');
    const amended = await edit(BB, 'BB presented the Document, agreed by the Chairs in June.');
    expect(JSON.stringify(cardOf(amended[0]))).toContain('Note 1 on item 1');
    const after = await meetingOn(chat, '2022-06-15');
    expect(numberedEntries(after, 'note')[0]?.entry.text).toBe(
      'BB presented the Document, agreed by the Chairs in June.',
    );
    const audit = await h.deps.audit.listForBoard(TENANT, june.boardId);
    const amendment = audit.find((e) => e.verb === 'minutes.amend');
    expect(amendment).toMatchObject({ actor: aadOf(1), subject: `${june.id}/1` });
    expect(amendment?.change?.said).toBe(
      'amendment to the approved minutes of 15 June 2022: note 1 on item 1 edited',
    );
    expect(JSON.stringify(amendment)).toContain('agreed by the Chairs in June');
    expect(audit.some((e) => e.verb === 'note.edit' && e.outcome === 'refused')).toBe(true);

    const words = await docxWords(await say(personalChat(BB), 'minutes 15/06/22'));
    expect(words).toContain('BB presented the Document which had been agreed by Chairs.');
    expect(words).not.toContain('agreed by the Chairs in June');
    expect(words).toContain('Amendments since approval');
    expect(words).toContain('note 1 on item 1 edited — Brian Boxall, Tuesday 2 August 2022');
  });

  it('the register of approved minutes: the coordinator’s save is refused, the chair’s is an amendment', async () => {
    const june = await meetingOn(chat, '2022-06-15');
    const board = await boardOf(chat);
    const rs = board.members.find((m) => m.initials === 'RS')!;
    const save = (who: Person) =>
      h.send(
        executeInvoke(who, chat, Verbs.registerSave, {
          meetingId: june.id,
          [`code_${rs.id}`]: 'SA',
        }),
      );
    expect(JSON.stringify(await save(EM))).toContain('are approved: they are the record now');
    expect((await meetingOn(chat, '2022-06-15')).attendance).toEqual(june.attendance);
    await save(BB);
    const after = await meetingOn(chat, '2022-06-15');
    expect(after.attendance?.records.find((r) => r.memberId === rs.id)?.code).toBe('SA');
    const audit = await h.deps.audit.listForBoard(TENANT, june.boardId);
    expect(audit.map((e) => e.change?.said)).toContain(
      'amendment to the approved minutes of 15 June 2022: register saved',
    );
  });
});

describe('undo of an approval', () => {
  it('takes back the outcome and the approval together; undo again brings both back', async () => {
    const chat = await twoMeetings();
    const approved = await meetingOn(chat, '2022-06-15');
    expect(approved.minutesApproval).toBeDefined();
    h.deps.clock.set('2022-07-13T13:06:00Z');
    const undone = await say(chat, 'undo');
    expect(undone).toContain('minutes of 15 June 2022 approved with amendments');
    const june = await meetingOn(chat, '2022-06-15');
    const july = await meetingOn(chat, '2022-07-13');
    expect(june.minutesApproval).toBeUndefined();
    expect(june.minutesStatus).toBe('draft');
    expect(july.previousMinutes).toBeUndefined();
    expect(await say(chat, 'minutes 15/06/22')).toContain('2022-06-15 (draft)');

    h.deps.clock.set('2022-07-13T13:07:00Z');
    expect(await say(chat, 'undo')).toContain('undo of minutes of 15 June 2022 approved');
    const again = await meetingOn(chat, '2022-06-15');
    expect(again.minutesApproval).toEqual(approved.minutesApproval);
    expect(again.minutesStatus).toBe('approved');
    expect((await meetingOn(chat, '2022-07-13')).previousMinutes?.outcome).toBe(
      'approved-with-amendments',
    );
  });

  it('not approved after all takes the approval back; a coordinator may then correct the draft', async () => {
    const chat = await twoMeetings();
    expect(await say(chat, 'minutes not approved the actions were incomplete')).toContain(
      'were not approved',
    );
    const june = await meetingOn(chat, '2022-06-15');
    expect(june.minutesApproval).toBeUndefined();
    expect(june.minutesStatus).toBe('draft');
    const [note] = numberedEntries(june, 'note');
    const edited = await h.send(
      executeInvoke(EM, chat, Verbs.entryEdit, {
        meetingId: june.id,
        kind: 'note',
        entryId: note!.entry.id,
        [`entryText-${note!.entry.id}`]: 'BB presented the Document agreed by the Chairs.',
      }),
    );
    expect(JSON.stringify(cardOf(edited[0]))).toContain('Note 1 on item 1');
    const audit = await h.deps.audit.listForBoard(TENANT, june.boardId);
    expect(audit.filter((e) => e.verb === 'note.edit').map((e) => e.change?.said)).toEqual([
      'note 1 on item 1 edited',
    ]);
  });
});
