import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Verbs } from '../../src/cards/verbs.js';
import { COMMAND_CATALOGUE } from '../../src/commands/command-catalogue.js';
import { parseCommand } from '../../src/commands/parse-command.js';
import type { Board } from '../../src/domain/board.js';
import type { Meeting } from '../../src/domain/meeting.js';
import { createDownloadRoute } from '../../src/http/download-route.js';
import { sweepReminders } from '../../src/services/sweep-reminders.js';
import type { ReminderDeps } from '../../src/services/ports.js';
import { CONTAINERS } from '../../src/storage/cosmos-schema.js';
import { CosmosSendRateLimiter } from '../../src/storage/cosmos-send-rate-limiter.js';
import { teamsNotifier } from '../../src/teams/reminder-notifier.js';
import { MESSAGE_EXTENSION_COMMANDS } from '../../src/teams/routes/message-extension-routes.js';
import { aadOf, TENANT } from '../support/fixtures.js';
import type { Harness, Person, Where } from '../support/teams-harness.js';
import {
  createHarness,
  executeInvoke,
  groupChat,
  messageText,
  person,
  personalChat,
  proactiveSent,
  submitMessage,
  taskInvoke,
  teamsActivity,
} from '../support/teams-harness.js';

/**
 * Issue 16: the confidentiality canary. A sentinel goes into a confidential item's title, papers,
 * notes, decisions, actions and updates; a second one into an open item. Every command, card verb,
 * dialog, message-extension query, proactive post (summary, reminders, digest, escalation) and
 * every download link handed out is driven through the real routes in a channel, a group chat and
 * a meeting chat, by a member, a guest and people in their personal chats. Each output is filed
 * under who can read it; the confidential sentinel may appear only where a member reads privately
 * (or a restricted download reached from there). A new command kind, card verb or
 * message-extension command fails the coverage check until the canary drives it.
 */

const tag = randomUUID().slice(0, 8);
const HUSH = `HUSH${tag}`;
const OPEN = `OPEN${tag}`;
const SECRET = 'test-secret-test-secret-test-secret';

type Reader = 'member' | 'chat' | 'insert' | 'guest' | 'public-file' | 'restricted-file';
type Output = { reader: Reader; route: string; body: string };

const EM = person(7, 'Elisabeth Major'); // coordinator (set the board up)
const LB = person(2, 'Lewis Basford'); // police member
const RS = person(3, 'Robert South'); // local authority member
const GU = person(9, 'Gill Umber'); // a guest at the meeting, not a member

type Room = { name: string; where: Where; meetingChatId?: string };
const ROOMS: Room[] = [
  { name: 'channel', where: { conversationId: `19:${tag}-channel@thread.tacv2`, kind: 'channel' } },
  { name: 'group chat', where: groupChat() },
  { name: 'meeting chat', where: groupChat(), meetingChatId: `MCMeeting-${tag}` },
];

let h: Harness;
const outputs: Output[] = [];
const commandsDriven = new Set<string>();
const verbsDriven = new Set<string>();
const extensionCommandsDriven = new Set<string>();
let files: { url: string; close: () => Promise<void> };

const inRoom = (room: Room, activity: Partial<Activity>): Partial<Activity> =>
  room.meetingChatId === undefined
    ? activity
    : {
        ...activity,
        channelData: {
          ...(activity.channelData as Record<string, unknown>),
          meeting: { id: room.meetingChatId },
        },
      };

const readerOf = (where: Where, who: Person, board?: Board): Reader => {
  if (where.kind !== 'personal') return 'chat';
  if (board === undefined) return who === GU ? 'guest' : 'member';
  return board.members.some((m) => m.aadObjectId === aadOf(who.n)) ? 'member' : 'guest';
};

const record = (reader: Reader, route: string, sent: unknown): void => {
  outputs.push({ reader, route, body: JSON.stringify(sent) });
};

/** Proactive sends land where their reference points: a person's chat, or the board's. */
const recordProactive = (board: Board | undefined, route: string): void => {
  for (const sent of proactiveSent.splice(0)) {
    const id = String((sent.reference.conversation as { id?: string } | undefined)?.id ?? '');
    const personal = /^a:1personal-(\d+)$/.exec(id);
    const n = personal === null ? undefined : Number(personal[1]);
    const reader: Reader =
      n === undefined
        ? 'chat'
        : board?.members.some((m) => m.aadObjectId === aadOf(n))
          ? 'member'
          : 'guest';
    record(reader, `proactive after ${route}`, sent.activity);
  }
};

/** The data of the first button with this verb in what the bot sent. */
const buttonData = (sent: string, verb: string): Record<string, unknown> | undefined => {
  let found: Record<string, unknown> | undefined;
  const walk = (value: unknown): void => {
    if (found !== undefined || typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    if (record.verb === verb && typeof record.data === 'object') {
      found = record.data as Record<string, unknown>;
      return;
    }
    Object.values(record).forEach(walk);
  };
  walk(JSON.parse(sent));
  return found;
};
const renumbering = new Map<string, Record<string, unknown>>();

/** The agenda card's edit menu, on the confidential item's first note (issue 19). */
const entryClicks = (meeting: Meeting): Record<string, Record<string, unknown>> => {
  const secret = meeting.agenda.find((i) => i.confidential && i.notes.length > 0)!;
  const other = meeting.agenda.find((i) => i.confidential && i.id !== secret.id) ?? secret;
  const entryId = secret.notes[0]!.id;
  const data = { meetingId: meeting.id, kind: 'note', entryId };
  return {
    [Verbs.entryEdit]: { ...data, [`entryText-${entryId}`]: `${HUSH} corrected on the card` },
    [Verbs.entryMove]: { ...data, [`entryItem-${entryId}`]: other.id },
    [Verbs.entryRemove]: data,
  };
};

const boardOf = async (room: Room): Promise<Board> =>
  (await h.deps.boards.findByConversation(TENANT, room.where.conversationId))!;

const say = async (room: Room | Where, text: string, who: Person = EM): Promise<string> => {
  const where = 'where' in room ? room.where : room;
  const parsed = parseCommand(text);
  if (parsed.ok) commandsDriven.add(parsed.command.kind);
  const activity = messageText(who, where, text);
  const sent = await h.send('where' in room ? inRoom(room, activity) : activity);
  const board = 'where' in room ? await boardOf(room) : undefined;
  record(readerOf(where, who, board), `"${text.slice(0, 40)}"`, sent);
  recordProactive(board, text);
  return JSON.stringify(sent);
};

const click = async (
  room: Room,
  verb: string,
  data: Record<string, unknown>,
  who: Person = EM,
): Promise<void> => {
  verbsDriven.add(verb);
  const board = await boardOf(room);
  const dialogVerb = /\.open$|\.submit$/.test(verb) && verb !== Verbs.actionSubmit;
  const activity = dialogVerb
    ? taskInvoke(who, room.where, verb.endsWith('.open') ? 'task/fetch' : 'task/submit', {
        verb,
        ...data,
      })
    : verb === Verbs.actionSubmit
      ? submitMessage(who, room.where, { verb, ...data })
      : executeInvoke(who, room.where, verb, data);
  const sent = await h.send(inRoom(room, activity));
  /**
   * A dialog (task/fetch or task/submit's answer) is seen by the one who clicked; a card click's
   * answer replaces the card for everyone, and a message goes to the conversation.
   */
  const clicker: Reader = board.members.some((m) => m.aadObjectId === aadOf(who.n))
    ? 'member'
    : 'guest';
  for (const activity of sent)
    record(
      dialogVerb && activity.type === 'invokeResponse' ? clicker : 'chat',
      `click ${verb}`,
      activity,
    );
  recordProactive(board, verb);
};

const extension = async (
  who: Person,
  where: Where,
  name: string,
  value: Record<string, unknown>,
): Promise<void> => {
  extensionCommandsDriven.add(String(value.commandId));
  const sent = await h.send(teamsActivity(who, where, { type: 'invoke', name, value }));
  /** The fetched dialog is the user's own; a query's or a submit's result is inserted anywhere. */
  record(
    name.endsWith('fetchTask') ? 'member' : 'insert',
    `${name} ${String(value.commandId)}`,
    sent,
  );
};

/**
 * Every download link an output hands out is opened, as whoever can read that output would, while
 * it is still valid (15 minutes).
 */
let linksOpenedUpTo = 0;
let opened = 0;
const openLinks = async (): Promise<void> => {
  const pending = outputs.slice(linksOpenedUpTo);
  linksOpenedUpTo = outputs.length;
  for (const output of pending) {
    for (const match of output.body.matchAll(/\/files\/([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)/g)) {
      const answer = await fetch(`${files.url}/files/${match[1]}`);
      if (answer.status !== 200) continue;
      const bytes = Buffer.from(await answer.arrayBuffer());
      let body = bytes.toString('utf8');
      if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
        const zip = await JSZip.loadAsync(bytes);
        const parts = await Promise.all(
          Object.keys(zip.files)
            .filter((f) => /^word\/.*\.xml$/.test(f))
            .map((f) => zip.file(f)!.async('string')),
        );
        body = parts.join(' ').replace(/<[^>]+>/g, ' ');
      }
      opened += 1;
      const reader: Reader =
        output.reader === 'member'
          ? 'restricted-file'
          : output.reader === 'chat'
            ? 'public-file'
            : output.reader;
      record(reader, `download from ${output.route}`, body);
    }
  }
  linksOpenedUpTo = outputs.length;
};

const sweepDays = async (board: Board, from: string, days: number): Promise<void> => {
  const deps: ReminderDeps = {
    ...h.deps,
    notifier: teamsNotifier((reference, activity) => {
      proactiveSent.push({ reference, activity });
      return Promise.resolve({ ok: true as const });
    }),
    rateLimiter: new CosmosSendRateLimiter(h.deps.database.container(CONTAINERS.reminders), 1000),
  };
  const start = new Date(`${from}T09:05:00Z`).getTime();
  for (let d = 0; d < days; d += 1) {
    h.deps.clock.set(new Date(start + d * 86_400_000).toISOString());
    await sweepReminders(deps, { instanceId: 'canary', leaseMs: 60_000 });
    recordProactive(board, `reminder sweep day ${d}`);
  }
};

const runMeeting = async (room: Room): Promise<void> => {
  h.deps.clock.set('2026-11-23T08:00:00Z');
  const s = (text: string, who: Person = EM) => say(room, text, who);
  await s(`setup Canary board ${room.name}`);
  await s('agency add EDU Education');
  await s(
    [
      'members import',
      'Brian Boxall (BB) | Independent Chair | LA | chair',
      'Lewis Basford (LB) | Detective Superintendent | POLICE',
      'Robert South (RS) | Director Children’s Services | LA',
      'Korkor Ceasar (KC) | Associate Director | ICB',
    ].join('\n'),
  );
  // Issue 20: an action raised before the meeting, made confidential, and updated at the meeting,
  // so the summary's action-log review carries it with this meeting's update.
  await s('action LB to review the earlier case file');
  await s('action 1 confidential');
  // Issue 20: the board's standing "Declarations of interest" item.
  await s('interest item on');
  await s('meeting new Executive Planning Meeting on 24/11/26 2-4pm at MS Teams');
  await s(`agenda add ${OPEN} neglect strategy by LB 20 min`);
  await s(`agenda add Child R ${HUSH} rapid review by RS 30 min confidential`);
  await s('agenda add Item to drop 5 min');
  await s('agenda remove 3');
  await s(`paper 1 ${OPEN} strategy paper https://example.org/open.pdf`);
  await s(`paper 2 ${HUSH} chronology https://example.org/hush.pdf`);
  await s('papers');
  await s('agenda');
  h.deps.clock.set('2026-11-24T14:00:00Z');
  await s('meeting start');
  await s('present EM LB RS');
  await s('apologies BB');
  await s('absent KC');
  await s('deputy Jane Smith (Head of Service) for KC');
  await s(`guest Gill Umber (Social Worker) for item 2`);
  await s('minute-taker Ruth Collins');
  await s(`update 1 ${HUSH} carried update`);
  await s('late LB at item 1');
  await s('quorum');
  await s('item 1');
  await s(`note ${OPEN} note on the strategy`);
  await s(`decision ${OPEN} strategy agreed`);
  await s(`action LB to circulate the ${OPEN} strategy by 10/12/26`);
  await s('next');
  await s(`note ${HUSH} discussed the family history`);
  await s(`agreed Child R ${HUSH} to proceed to a CSPR`);
  // Declarations of interest: at the confidential item restricted like its notes.
  await s(`interest KC 2 ${HUSH} director of the provider under review`);
  await s(`interest LB 1 ${OPEN} trustee of the neglect charity`, LB);
  await s(`interest Robert South item 2 ${HUSH} knows the family`, RS);
  // A member declares their own once Quorate knows them in this chat; the coordinator anyone's.
  const declaring = await boardOf(room);
  const known = (p: Person) =>
    declaring.members.find((m) => m.aadObjectId === aadOf(p.n))?.initials ?? [];
  const [declaredAt] = await h.deps.meetings.listRecent(declaring.id, 1);
  expect(declaredAt?.interests?.map((i) => i.initials)).toEqual(
    ['KC', known(LB), known(RS)].flat(),
  );
  await s(`action RS to write to the school about ${HUSH} by 01/12/26`);
  await s(`action KC to brief health colleagues on ${HUSH} by 02/12/26`);
  const board = await boardOf(room);
  const actions = await h.deps.actions.listForBoard(board.id);
  const hush = actions.find((a) => a.text.includes(HUSH) && a.owners[0]?.initials === 'RS')!;
  await s(`update ${hush.number} ${HUSH} letter drafted`);
  // Mid-meeting, removing an item would renumber a confidential one: the chair is asked first.
  await s('agenda add Late item 5 min');
  await s(`agenda add ${HUSH} second family 10 min confidential`);
  const asked = await s('agenda remove 3');
  renumbering.set(room.name, buttonData(asked, Verbs.renumberConfirm) ?? {});
  await s('item 1');
  await s('actions');
  await s('actions open', LB);
  await s('actions mine', RS);
  await s('actions all', GU);
  await s('undo', GU);
  await s('summary', GU);
  await s('agenda', GU);
  await s(`item 2`);
  await s('left LB at item 2');
  await s('quorum rule all(statutoryAgencies, a, contains(presentAgencies, a))');
  await s('quorum ruling quorate the chair ruled it so');
  await s('ratify by RS');
  await s('delegate Jane Doe, Detective Superintendent for POLICE');
  await s('delegates', GU);
  await s('delegate remove Jane Doe for POLICE');
  await s('attendance');
  await s('history');
  await s('next meeting 15/12/26 2-4pm');
  await s('meeting move 16/12/26');
  await s('agency add PROB Probation');
  await s('agency rename PROB National Probation Service');
  await s('agency code PROB NPS');
  await s('agency remove NPS');
  await s('member edit KC designation Associate Director for Safeguarding Children');
  await s('member leave KC on 1 January 2027');
  await s('member rejoin KC');
  await s(
    `actions import\n900 | 24.11.26 ref 1.9 | LB to share the ${OPEN} plan | LB | 31/12/26 | Open`,
  );
  // Corrections (issue 19): the notes list, a note on the confidential item corrected and moved.
  await s('notes');
  await s('notes', LB);
  await s(`note edit 2 ${HUSH} discussed the family history again`);
  await s('note move 1 to item 2');
  await s('note move 1 to item 1');
  await s(`decision edit 2 Child R ${HUSH} to proceed to a CSPR, agreed`);
  await s(`note ${HUSH} to be removed`);
  await s('note remove last');
  await s('item edit 2 by RS 35 min');
  await s(`action RS to test ${HUSH} withdrawal by 03/12/26`);
  const captured = (await h.deps.actions.listForBoard((await boardOf(room)).id)).at(-1)!;
  await s(`action edit ${captured.number} write to the school about ${HUSH} again`);
  await s(`action move ${captured.number} to item 1`);
  await s(`action move ${captured.number} to item 2`);
  await s(`action delete ${captured.number} captured in error`);
  await s('guest remove Gill Umber');
  await s('guest Gill Umber (Social Worker) for item 2');
  await s('deputy remove for KC');
  await s('deputy Jane Smith (Head of Service) for KC');
};

beforeAll(async () => {
  h = await createHarness();
  /** GU is not in the chat's roster, so `setup` does not take her on as a member. */
  h.roster.push(
    ...[EM, LB, RS].map((p) => ({
      aadObjectId: aadOf(p.n),
      name: p.name,
      id: `29:user-${p.n}`,
    })),
  );
  const route = createDownloadRoute(h.deps, SECRET);
  const server = createServer((req, res) => void route(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  files = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
});
afterAll(() => files.close());

describe('the confidentiality canary', () => {
  it('a confidential item reaches members privately and nowhere else, through every route', async () => {
    // People open personal chats with Quorate (their references are stored), except KC.
    for (const p of [EM, LB, RS, GU]) await say(personalChat(p), 'help', p);

    for (const room of ROOMS) {
      await runMeeting(room);
      const board = await boardOf(room);
      const meeting = (await h.deps.meetings.listForBoard(board.id)).find(
        (m) => m.status === 'in-progress',
      ) as Meeting;
      const actions = await h.deps.actions.listForBoard(board.id);
      const hush = actions.find((a) => a.text.includes(HUSH))!;
      const paper = meeting.agenda.flatMap((i) => i.papers)[0]!;
      const ids = { meetingId: meeting.id };
      const change = { actionId: hush.id, revision: hush.revision };

      // Every card verb, with real ids, in the board's conversation.
      const verbData: Record<string, Record<string, unknown>> = {
        [Verbs.setupOpen]: {},
        [Verbs.setupSubmit]: { name: '' },
        [Verbs.syncRoster]: {},
        [Verbs.membersShow]: {},
        [Verbs.membersImportOpen]: {},
        [Verbs.membersImportSubmit]: { table: '' },
        [Verbs.help]: {},
        [Verbs.agendaShow]: ids,
        [Verbs.agendaRefresh]: ids,
        [Verbs.agendaNext]: { ...ids, fromItem: meeting.currentItemId ?? '' },
        [Verbs.meetingStart]: ids,
        [Verbs.entryOpen]: ids,
        [Verbs.entrySubmit]: {
          ...ids,
          kind: 'note',
          item: meeting.agenda.find((i) => i.confidential)!.id,
          text: `${HUSH} dialog note`,
          requestId: randomUUID(),
        },
        [Verbs.itemOpen]: ids,
        [Verbs.itemSubmit]: { ...ids, title: `${HUSH} second secret`, confidential: 'true' },
        [Verbs.editOpen]: ids,
        [Verbs.editSubmit]: { ...ids, itemId: meeting.agenda.at(-1)!.id, op: 'up' },
        [Verbs.agendaActionDone]: { ...ids, ...change },
        [Verbs.summaryPost]: ids,
        [Verbs.minutesOpen]: ids,
        [Verbs.minutesSubmit]: { ...ids, outcome: 'approved' },
        [Verbs.renumberCancel]: ids,
        [Verbs.renumberConfirm]: renumbering.get(room.name) ?? {},
        [Verbs.papersShow]: ids,
        [Verbs.paperAccept]: { ...ids, paperId: paper.id },
        [Verbs.paperReject]: { ...ids, paperId: paper.id },
        [Verbs.meetingFromEvent]: { title: 'Executive Planning Meeting' },
        [Verbs.actionRefresh]: { actionId: hush.id },
        [Verbs.actionHistory]: { actionId: hush.id },
        [Verbs.actionUpdate]: { ...change, updateText: `${HUSH} card update` },
        [Verbs.actionDue]: { ...change, newDate: '05/12/26' },
        [Verbs.actionAcceptDate]: change,
        [Verbs.actionRejectDate]: change,
        [Verbs.actionNotMine]: change,
        [Verbs.actionDone]: change,
        [Verbs.actionCaptureConfirm]: { spec: `RS to check ${OPEN}`, requestId: randomUUID() },
        [Verbs.actionSubmit]: { spec: `RS to check ${OPEN} again`, requestId: randomUUID() },
        [Verbs.actionCaptureDated]: {
          owners: 'RS',
          actionText: `check ${OPEN} once more`,
          requestId: randomUUID(),
          noDate: 'true',
        },
        [Verbs.registerShow]: ids,
        [Verbs.registerSave]: { ...ids },
        [Verbs.visitorGuest]: { ...ids, aadObjectId: aadOf(GU.n) },
        [Verbs.visitorDeputy]: { ...ids, aadObjectId: aadOf(GU.n), forInitials: 'KC' },
        [Verbs.agencyReplace]: { from: 'LA', to: 'EDU' },
        [Verbs.inviteesConfirm]: {},
        [Verbs.commandRun]: { text: 'agenda', command: 'actions', requestId: randomUUID() },
        ...entryClicks(meeting),
        [Verbs.meetingLink]: { boardId: board.id },
        [Verbs.reportConfirm]: {
          ...ids,
          boardId: board.id,
          memberIds: board.members.map((m) => m.id).join(','),
        },
        [Verbs.forecastAttend]: { ...ids, agencyCode: 'POLICE' },
        [Verbs.forecastDeputy]: { ...ids, agencyCode: 'POLICE', deputyName: 'Sam Patel' },
        [Verbs.apologiesSend]: { ...ids, deputyName: 'Sam Patel', deputyDesignation: 'DI' },
        [Verbs.meetingEnd]: ids,
      };
      for (const [verb, data] of Object.entries(verbData)) {
        await click(room, verb, data, verb === Verbs.actionNotMine ? RS : EM);
        // The same click by a guest in the chat sees no more than the chat.
        await click(room, verb, data, GU);
      }

      // Commands after the meeting, by the coordinator, a member and a guest, in the chat.
      for (const who of [EM, LB, GU]) {
        for (const text of [
          'summary',
          'minutes',
          'minutes 24/11/26',
          'minutes last',
          'minutes 20 November 2026',
          'actions',
          'actions overdue',
          `actions RS`,
          'actions meeting 24/11/26',
          'agenda',
          'papers',
          'attendance',
          'history',
          'report 2026-27',
          'members',
          'personal data',
          'meeting link',
          'attendance report',
          'quorum forecast',
          'apologies for 24/11/26 deputy Sam Patel, DI',
        ])
          await say(room, text, who);
      }
      await say(room, 'summary post');
      await say(room, `done ${hush.number} ${HUSH} all sent`);
      await say(room, `reopen ${hush.number}`);
      await say(room, `due ${hush.number} 08/12/26`);
      await say(room, `assign ${hush.number} RS`);
      await say(room, `close ${hush.number} ${HUSH} superseded`);
      await say(room, `reopen ${hush.number}`);
      await say(room, 'minutes approved with amendments: none');
      await say(room, 'minutes not approved');
      await say(room, `interest edit KC 2 ${HUSH} trustee of the provider under review`);
      await say(room, `personal data RS`);
      const open = actions.find((a) => a.text.includes(OPEN))!;
      await say(room, `action ${open.number} confidential`);
      await say(room, `action ${open.number} not confidential`);

      // The same people privately: a member reads everything; a guest nothing confidential.
      for (const who of [EM, RS, GU])
        for (const text of ['summary', 'minutes', 'actions all', 'agenda', `actions ${'RS'}`])
          await say(personalChat(who), text, who);

      // Message extension: search inserts into any chat; createAction from the compose box.
      for (const text of ['', HUSH, 'actions', 'meetings', 'Executive', 'overdue']) {
        await extension(EM, personalChat(EM), 'composeExtension/query', {
          commandId: MESSAGE_EXTENSION_COMMANDS.searchBoard,
          parameters: [{ name: 'searchText', value: text }],
          queryOptions: { skip: 0, count: 25 },
        });
      }
      await say(room, 'meeting start'); // a new meeting is not running; the agenda answers
      await extension(EM, room.where, 'composeExtension/fetchTask', {
        commandId: MESSAGE_EXTENSION_COMMANDS.createAction,
        commandContext: 'message',
        messagePayload: { body: { content: `RS to follow up ${OPEN}` } },
      });
      await extension(EM, room.where, 'composeExtension/submitAction', {
        commandId: MESSAGE_EXTENSION_COMMANDS.createAction,
        commandContext: 'message',
        data: {
          boardId: board.id,
          owners: 'RS',
          text: `follow up ${OPEN}`,
          requestId: randomUUID(),
        },
      });

      // Reminders, escalations and digests over the next four weeks: RS in her personal chat,
      // KC (no personal chat) @mentioned in the board's conversation.
      await openLinks();
      await sweepDays(board, '2026-11-24', 28);
    }

    const restrictedEverywhere: Reader[] = ['chat', 'insert', 'guest', 'public-file'];
    const leaks = outputs
      .filter((o) => restrictedEverywhere.includes(o.reader) && o.body.includes(HUSH))
      .map((o) => {
        const at = o.body.indexOf(HUSH);
        return `${o.reader}: ${o.route} …${o.body.slice(Math.max(0, at - 80), at + 20)}`;
      });
    console.info(
      `confidentiality canary: ${outputs.length} outputs checked (${opened} downloads), ` +
        Object.entries(
          outputs.reduce<Record<string, number>>(
            (n, o) => ({ ...n, [o.reader]: (n[o.reader] ?? 0) + 1 }),
            {},
          ),
        )
          .map(([k, v]) => `${k} ${v}`)
          .join(', ') +
        `; leaks ${leaks.length}`,
    );
    expect(leaks).toEqual([]);

    // The canary is alive: it sees the sentinel where it is allowed, and open content in the chat.
    const seen = (reader: Reader) =>
      outputs.some((o) => o.reader === reader && o.body.includes(HUSH));
    expect(seen('member')).toBe(true);
    expect(seen('restricted-file')).toBe(true);
    /** Issue 20: the summary's action-log review and notes reach members privately. */
    const privately = (words: string) =>
      outputs.some(
        (o) =>
          o.reader === 'member' && o.body.includes('Action log review') && o.body.includes(words),
      );
    expect(privately(`Update: ${HUSH} carried update`)).toBe(true);
    expect(privately(`${HUSH} discussed the family history`)).toBe(true);
    expect(
      outputs.some(
        (o) =>
          o.reader === 'chat' &&
          o.body.includes('Action log review') &&
          o.body.includes('Update given — see the restricted minutes'),
      ),
    ).toBe(true);
    expect([...renumbering.values()].every((d) => d.meetingId !== undefined)).toBe(true);
    expect(outputs.some((o) => o.reader === 'chat' && o.body.includes(OPEN))).toBe(true);
    expect(outputs.some((o) => o.reader === 'public-file' && o.body.includes(OPEN))).toBe(true);
    expect(outputs.some((o) => o.reader === 'insert' && o.body.includes(OPEN))).toBe(true);
    expect(
      outputs.filter((o) => o.route.startsWith('proactive after reminder')).length,
    ).toBeGreaterThan(3);
  }, 240_000);

  it('covers every command, card verb and message-extension command', () => {
    const kinds = COMMAND_CATALOGUE.map((c) => c.kind).filter((k) => !commandsDriven.has(k));
    expect(kinds).toEqual([]);
    expect(Object.values(Verbs).filter((v) => !verbsDriven.has(v))).toEqual([]);
    expect(
      Object.values(MESSAGE_EXTENSION_COMMANDS).filter((c) => !extensionCommandsDriven.has(c)),
    ).toEqual([]);
  });
});
