/**
 * `npm run test:e2e`: the local stack (embedded Cosmos with a fresh data folder, the bot, the
 * Microsoft 365 Agents Playground) on free loopback ports, driven in Debian Chromium with
 * playwright-core. Screenshots after each step go to test-results/e2e/; on failure the page's HTML
 * and the bot's log are kept beside them. Everything is stopped at the end, pass or fail.
 */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { loadConfig } from '../src/config.js';
import {
  DEMO_GROUP_CHAT_ID,
  DEMO_TENANT_ID,
  demoBoard,
  demoMeeting,
  demoMembers,
} from '../src/dev/demo-board.js';
import type { LocalStack } from '../src/dev/local-stack.js';
import { startLocalStack } from '../src/dev/local-stack.js';
import type { Logger } from '../src/log.js';
import type { Activity } from './playground.js';
import {
  composeArea,
  customActivityTemplate,
  openActionOnMessage,
  searchMessageExtension,
  sendCustomActivity,
} from './playground.js';

const ROOT = resolve(__dirname, '..');
const OUT = join(ROOT, 'test-results', 'e2e');
/** Under the 5 minutes the whole run may take, leaving time to stop everything. */
const OVERALL_LIMIT_MS = 4.5 * 60_000;
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

const freePort = (): Promise<number> =>
  new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => done(port));
    });
  });

const waitForHttp = async (url: string, ms: number): Promise<void> => {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${ms} ms`);
};

const botLog: string[] = [];
const log: Logger = {
  info: (event, fields) => botLog.push(JSON.stringify({ level: 'info', event, ...fields })),
  warn: (event, fields) => botLog.push(JSON.stringify({ level: 'warn', event, ...fields })),
  error: (event, fields) => botLog.push(JSON.stringify({ level: 'error', event, ...fields })),
};

type Step = { name: string; run: (page: Page) => Promise<void> };
type Result = { name: string; ok: boolean; ms: number; error?: string };
const results: Result[] = [];
/** The playground's process, stopped at the end even when the time limit cuts the run short. */
let playground: ChildProcess | undefined;

/** Waits until one more element than `before` contains `text` (a new reply, not an old one). */
const expectNew = async (
  page: Page,
  text: string | RegExp,
  before: number,
  timeout = 15_000,
): Promise<void> => {
  const locator = page.getByText(text, { exact: false });
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    if ((await locator.count()) > before) return;
    await page.waitForTimeout(200);
  }
  throw new Error(`no new reply containing "${text}" within ${timeout} ms`);
};

/** The open chat must show `text` (already there or arriving). */
const expectReply = (page: Page, text: string, timeout = 15_000): Promise<void> =>
  expectNew(page, text, 0, timeout);

/** The running step's number: its screenshots start with it. */
let stepIndex = 0;
/** A screenshot within the running step: `<step number><suffix>.png`, e.g. 13a-reminder-card. */
const shotPath = (suffix: string): string =>
  join(OUT, `${String(stepIndex).padStart(2, '0')}${suffix}.png`);
const shot = async (page: Page, suffix: string): Promise<void> => {
  await page.screenshot({ path: shotPath(suffix) });
};

let mentionBot = false;
/** The bot's port, for the local-only clock control. */
let botPort = 0;
let playgroundPort = 0;
/** When the seeded board meeting is scheduled to start (UTC), as Teams' meetingStart reports it. */
let meetingStartsAt = '';

/** Teams' id for the online meeting behind the demo group chat (channelData.meeting.id). */
const TEAMS_MEETING_ID = 'MCMxOTptZWV0aW5nX05vcnRoZmllbGRFeGVjdXRpdmVAdGhyZWFkLnYy';

/**
 * A Teams meeting event as the custom activity editor sends it: the dialog's own template for the
 * group chat (the playground's serviceUrl, conversation, recipient and from) plus what Teams adds.
 */
const meetingEvent = async (page: Page, name: string, value: unknown): Promise<Activity> => ({
  ...(await customActivityTemplate(page, playgroundPort, DEMO_GROUP_CHAT_ID)),
  type: 'event',
  name,
  value,
  channelData: { tenant: { id: DEMO_TENANT_ID }, meeting: { id: TEAMS_MEETING_ID } },
});

/** A meetingParticipantJoin member entry for a person of the playground's roster (or a stranger). */
const joiner = (
  who: string | { name: string; aadObjectId: string },
): { user: { id: string; aadObjectId: string; name: string }; meeting: object } => {
  const member =
    typeof who === 'string' ? demoMembers().find((m) => m.initials === who) : undefined;
  const person =
    typeof who === 'string'
      ? { name: member?.name ?? who, aadObjectId: member?.aadObjectId ?? '' }
      : who;
  return {
    user: { id: `29:${person.aadObjectId}`, aadObjectId: person.aadObjectId, name: person.name },
    meeting: { inMeeting: true, role: 'Attendee' },
  };
};

const JOIN_EVENT = 'application/vnd.microsoft.meetingParticipantJoin';

/** Waits until the bot has logged `count` events named `event` (silent turns have no reply). */
const expectLogged = async (event: string, count: number, timeout = 15_000): Promise<void> => {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    if (botLog.filter((l) => l.includes(`"event":"${event}"`)).length >= count) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the bot did not log ${event} ×${count} within ${timeout} ms`);
};

const ACTION_FROM_MESSAGE = 'Write to the schools about the new training charges';
/** Case-sensitive: the chat message it came from says "…will write to the schools…". */
const ACTION_CARD_TEXT = new RegExp(ACTION_FROM_MESSAGE);

/** A day `days` ahead, written as a chair would ("3 December 2026"), and its ISO day. */
const daysAhead = (days: number): { text: string; iso: string } => {
  const d = new Date(Date.now() + days * 86_400_000);
  return {
    text: d.toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }),
    iso: d.toISOString().slice(0, 10),
  };
};

const say = async (page: Page, text: string): Promise<void> => {
  const box = page.locator('[contenteditable="true"]').first();
  await box.click();
  if (mentionBot) {
    await page.keyboard.type('@');
    await page.getByRole('menuitem', { name: 'Quorate' }).first().click({ timeout: 5000 });
    await page.keyboard.type(' ');
  }
  // Inserted at once, as a paste would be: typing key by key costs seconds on a busy machine.
  await page.keyboard.insertText(text);
  await page.keyboard.press('Enter');
};

/** Sends `text` and waits for a new reply containing each of `expected`. */
const ask = async (page: Page, text: string, ...expected: string[]): Promise<void> => {
  const before = await Promise.all(
    expected.map((e) => page.getByText(e, { exact: false }).count()),
  );
  await say(page, text);
  for (const [i, e] of expected.entries()) await expectNew(page, e, before[i] ?? 0);
};

const STEPS: Step[] = [
  {
    name: 'personal chat: help renders the commands card',
    run: async (page) => {
      await ask(page, 'help', 'Quorate commands', 'action ‹owners› to ‹text›');
    },
  },
  {
    name: 'personal chat: the seeded board’s agenda card renders with its items',
    run: async (page) => {
      await ask(page, 'agenda', 'Child exploitation: police update', 'Planned');
    },
  },
  {
    name: 'group chat: the chair starts the meeting by @mention',
    run: async (page) => {
      await page.getByText('Northfield SCP Executive').first().click();
      await page.waitForTimeout(1500);
      mentionBot = true;
      await ask(page, 'meeting start', 'Meeting started.');
    },
  },
  {
    name: 'group chat: the Teams meeting starts — a meetingStart event from Mock an Activity → Custom activity',
    run: async (page) => {
      await ask(
        page,
        'attendance',
        'Not quorate: Northfield Council, Northfield Police, Northfield Integrated Care Board not represented',
      );
      const before = await page.getByText('The meeting has started.').count();
      await sendCustomActivity(
        page,
        await meetingEvent(page, 'application/vnd.microsoft.meetingStart', {
          Id: TEAMS_MEETING_ID,
          Title: 'Executive Planning Meeting',
          StartTime: meetingStartsAt,
          JoinUrl: 'https://teams.microsoft.com/l/meetup-join/northfield-executive',
          MeetingType: 'Scheduled',
        }),
        shotPath('a-custom-activity-meeting-start'),
      );
      await expectNew(page, 'The meeting has started.', before);
      await expectLogged('meeting.event', 1);
    },
  },
  {
    name: 'group chat: participants join (meetingParticipantJoin events), the register pre-fills and the quorum banner changes',
    run: async (page) => {
      const confirm = 'joined the Teams meeting — please confirm';
      const before = {
        confirm: await page.getByText(confirm).count(),
        visitor: await page.getByText('Sam Guest joined and is not a member').count(),
        banner: await page.getByText('Not quorate: Northfield Police not represented').count(),
      };
      // Members joining are recorded silently: wait for the bot rather than for a reply.
      await sendCustomActivity(
        page,
        await meetingEvent(page, JOIN_EVENT, { members: ['HM', 'DP', 'TE'].map(joiner) }),
      );
      await expectLogged('meeting.participants', 1);
      // Someone who is not a member joins: the register comes back asking who they are.
      await sendCustomActivity(
        page,
        await meetingEvent(page, JOIN_EVENT, {
          members: [
            joiner({ name: 'Sam Guest', aadObjectId: '00000000-0000-4000-8000-000000000099' }),
          ],
        }),
      );
      await expectNew(page, 'Sam Guest joined and is not a member', before.visitor);
      await expectNew(page, 'Not quorate: Northfield Police not represented', before.banner);
      // HM, DP and TE are marked A from their joins, waiting for the chair to confirm.
      await expectNew(page, confirm, before.confirm + 2);
      // The step's screenshot shows the register's top: the question and the banner.
      await page.getByText('Sam Guest joined and is not a member').last().scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'group chat: attendance and the quorum banner',
    run: async (page) => {
      await ask(page, 'present HM DP TE', 'HM, DP, TE: present.');
      await ask(
        page,
        'apologies PN',
        'PN: apologies.',
        'Not quorate: Northfield Police not represented',
      );
      await ask(
        page,
        'deputy Sam Guest (Detective Inspector) for PN',
        'Sam Guest attends for PN (SD).',
        '(Northfield Police by deputy)',
      );
    },
  },
  {
    name: 'group chat: a late arrival joins the Teams meeting and the chair records it',
    run: async (page) => {
      await sendCustomActivity(
        page,
        await meetingEvent(page, JOIN_EVENT, { members: [joiner('GA')] }),
      );
      await expectLogged('meeting.participants', 3);
      await ask(page, 'late GA at item 1', 'GA arrived late.');
    },
  },
  {
    name: 'group chat: an action is captured and completed from its card',
    run: async (page) => {
      await ask(
        page,
        'action DP to circulate the yearly report to partners by the end of the month',
        'Recorded as action 1.',
      );
      await page.getByRole('button', { name: 'Mark done' }).last().click();
      await expectReply(page, 'Marked complete.');
    },
  },
  {
    name: 'group chat: a stale action card answers with the action as it is now',
    run: async (page) => {
      await ask(page, 'action HM to brief the schools forum', 'Recorded as action');
      const number = /Recorded as action (\d+)/.exec(
        (await page
          .getByText(/Recorded as action \d+/)
          .last()
          .textContent()) ?? '',
      )?.[1];
      if (number === undefined) throw new Error('no action number');
      await ask(page, `update ${number} Forum booked for March`, 'Update added.');
      const buttons = page.getByRole('button', { name: 'Mark done' });
      await buttons.nth((await buttons.count()) - 2).click();
      await expectReply(page, 'This card was out of date, so nothing was changed.');
    },
  },
  {
    name: 'group chat: an action captured from a message through the message extension’s createAction dialog',
    run: async (page) => {
      await ask(
        page,
        'note Grace will write to the schools about the new training charges',
        'Noted under item',
      );
      const before = await page.getByText(ACTION_CARD_TEXT).count();
      const dialog = await openActionOnMessage(
        page,
        'note Grace will write to the schools about the new training charges',
        'createAction',
      );
      const fields = dialog.getByRole('textbox');
      const prefilled = await fields.nth(0).inputValue();
      if (!prefilled.includes('Grace will write to the schools about the new training charges'))
        throw new Error(`the dialog did not carry the message: "${prefilled}"`);
      await fields.nth(0).fill(ACTION_FROM_MESSAGE);
      await fields.nth(1).fill('GA');
      await fields.nth(2).fill('31 March 2027');
      await shot(page, 'a-create-action-dialog');
      await dialog.getByRole('button', { name: 'Record action' }).click();
      await dialog.waitFor({ state: 'hidden' });
      // Teams puts the result card in the compose box; the person sends it.
      const compose = composeArea(page);
      await compose.getByText(ACTION_FROM_MESSAGE).waitFor({ timeout: 10_000 });
      await compose.getByText('GA (Grace Adeyemi)').waitFor();
      await shot(page, 'b-action-card-in-compose-box');
      await page.getByRole('button', { name: 'Send Message' }).click();
      await compose.getByText(ACTION_FROM_MESSAGE).waitFor({ state: 'detached' });
      await expectNew(page, ACTION_CARD_TEXT, before);
    },
  },
  {
    name: 'group chat: searchBoard finds that action and inserts it as a card',
    run: async (page) => {
      const before = await page.getByText(ACTION_CARD_TEXT).count();
      const results = await searchMessageExtension(
        page,
        'searchBoard',
        'searchText',
        'training charges',
      );
      const hit = results.getByText(`GA · ${ACTION_FROM_MESSAGE}`);
      await hit.waitFor({ timeout: 10_000 });
      if ((await results.getByText(/^Action \d+/).count()) !== 1)
        throw new Error('searchBoard did not find exactly one action');
      await shot(page, 'a-search-board-results');
      await hit.click();
      await results.waitFor({ state: 'hidden' });
      const compose = composeArea(page);
      await compose.getByText(ACTION_FROM_MESSAGE).waitFor({ timeout: 10_000 });
      await page.getByRole('button', { name: 'Send Message' }).click();
      await compose.getByText(ACTION_FROM_MESSAGE).waitFor({ state: 'detached' });
      await expectNew(page, ACTION_CARD_TEXT, before);
    },
  },
  {
    name: 'group chat: a decision is recorded and shown on the agenda card',
    run: async (page) => {
      await ask(page, 'next', 'Now: Minutes');
      await ask(
        page,
        'decision The yearly report was agreed for publication.',
        'Decision recorded under item Minutes',
      );
      await ask(page, 'agenda', 'The yearly report was agreed for publication.');
    },
  },
  {
    name: 'group chat: an item runs to 1.5 × its allocation and Refresh shows the overrun in place',
    run: async (page) => {
      /** The minutes take 15 of their 10 minutes; item 1 then runs 30 of its 20. */
      const minutes = await fetch(`http://127.0.0.1:${botPort}/dev/clock?advance=0.25`, {
        method: 'POST',
      });
      if (minutes.status !== 200) throw new Error(`the clock control answered ${minutes.status}`);
      await ask(page, 'item 1', 'Now: 1');
      const moved = await fetch(`http://127.0.0.1:${botPort}/dev/clock?advance=0.5`, {
        method: 'POST',
      });
      const body = (await moved.json()) as { swept?: { timing?: { due?: number } } };
      if (moved.status !== 200 || body.swept?.timing?.due !== 1)
        throw new Error(`the clock control answered ${moved.status} ${JSON.stringify(body)}`);
      const overrun = /Started .* · 3\d of 20 min/;
      const before = await page.getByText(overrun).count();
      const messages = await page.getByText('Executive Planning Meeting').count();
      await page.getByRole('button', { name: 'Refresh' }).last().click();
      await expectNew(page, overrun, before);
      await expectNew(page, /Running \d+ min over: planned to end/, 0);
      /** Updated in place: the chat holds no more cards than before the click. */
      const after = await page.getByText('Executive Planning Meeting').count();
      if (after !== messages) throw new Error(`Refresh posted a new card (${messages} → ${after})`);
      await page.getByText(overrun).last().scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(ROOT, 'docs', 'screenshots', 'agenda-overrun.png') });
    },
  },
  {
    name: 'group chat: a due date Quorate is not sure of ("by 31st") is asked about, then recorded from the card',
    run: async (page) => {
      await ask(
        page,
        'action DP to send the figures to the ICB by 31st',
        'When is this action due?',
      );
      await page.getByRole('button', { name: 'Record with this date' }).last().click();
      await expectReply(page, 'Recorded as action');
    },
  },
  {
    name: 'group chat: a note recorded by mistake is undone, and "Note:" as minutes write it is read',
    run: async (page) => {
      await ask(page, 'Note: the wrong paper was tabled', 'Noted under item');
      await ask(page, 'undo', 'Undone: note added');
    },
  },
  {
    name: 'group chat: a mistyped command gets "Did you mean" with a button that runs it',
    run: async (page) => {
      await ask(page, 'agnda', 'Did you mean this?');
      const agreed = 'The yearly report was agreed for publication.';
      const before = await page.getByText(agreed, { exact: false }).count();
      await page.getByRole('button', { name: 'Run it' }).last().click();
      await expectNew(page, agreed, before);
    },
  },
  {
    name: 'personal chat: the clock moves on, a reminder arrives as a card and the owner completes it there',
    run: async (page) => {
      const due = daysAhead(10);
      await ask(
        page,
        `action RC to send the partners’ figures by ${due.text}`,
        'Recorded as action',
      );
      const moved = await fetch(`http://127.0.0.1:${botPort}/dev/clock?to=${due.iso}T10:00:00Z`, {
        method: 'POST',
      });
      const body = (await moved.json()) as { swept?: { sent?: number } };
      if (moved.status !== 200 || (body.swept?.sent ?? 0) < 1)
        throw new Error(`the clock control answered ${moved.status} ${JSON.stringify(body)}`);
      mentionBot = false;
      await page.getByText('Personal Chat').first().click();
      await page.waitForTimeout(1500);
      await expectReply(page, 'Reminder:');
      await expectReply(page, 'send the partners’ figures');
      await shot(page, 'a-reminder-card-in-personal-chat');
      await page.getByRole('button', { name: 'Mark done' }).last().click();
      await expectReply(page, 'Marked complete.');
      await shot(page, 'b-reminder-answered-in-place');
      await page.getByText('Northfield SCP Executive').first().click();
      await page.waitForTimeout(1500);
      mentionBot = true;
    },
  },
  {
    name: 'group chat: the meeting ends and its summary is posted to the channel',
    run: async (page) => {
      await ask(page, 'meeting end', 'Meeting ended.');
      await ask(
        page,
        'summary post',
        'Posted to the board’s channel',
        'Summary — Executive Planning Meeting',
      );
    },
  },
  {
    name: 'group chat: the minutes link downloads a .docx',
    run: async (page) => {
      await ask(page, 'minutes', 'download .docx');
      const href = await page
        .getByRole('link', { name: 'download .docx' })
        .last()
        .getAttribute('href');
      if (href === null) throw new Error('no minutes link');
      const response = await page.request.get(href);
      const type = response.headers()['content-type'] ?? '';
      const body = await response.body();
      if (
        response.status() !== 200 ||
        !type.includes('wordprocessingml') ||
        body.subarray(0, 2).toString() !== 'PK'
      ) {
        throw new Error(`minutes download answered ${response.status()} ${type}`);
      }
    },
  },
  {
    name: 'group chat: at the next meeting a note is recorded and the previous minutes are approved with an amendment',
    run: async (page) => {
      await ask(page, `next meeting ${daysAhead(42).text} 2pm`, 'Next meeting:');
      await ask(page, 'meeting start', 'Meeting started.');
      await ask(
        page,
        'note Apologies were received from the Designated Doctor.',
        'Noted under item',
      );
      await ask(
        page,
        'minutes approved with amendments: the yearly report is to be published in December',
        'were agreed with amendments: the yearly report is to be published in December',
      );
    },
  },
  {
    name: 'group chat: a confidential item stays out of the chat, and the coordinator reads it privately',
    run: async (page) => {
      await ask(
        page,
        'agenda add Child R rapid review confidential',
        'Added item 1: Confidential item (confidential).',
      );
      await ask(page, 'item 1', 'Now: 1 Confidential item');
      await ask(
        page,
        'decision Child R to proceed to a CSPR',
        'Decision recorded under item 1 (Confidential item).',
      );
      await ask(page, 'summary', 'I have sent you the full version in our personal chat.');
      /** The chair's own typed lines name Child R; nothing Quorate says in the chat does. */
      if ((await page.getByText('Agreed: Child R', { exact: false }).count()) > 0)
        throw new Error('the group chat shows the confidential decision');
      await page.getByText('Personal Chat').first().click();
      await page.waitForTimeout(1500);
      await expectNew(page, 'Agreed: Child R to proceed to a CSPR', 0);
      await page.getByText('Northfield SCP Executive').first().click();
      await page.waitForTimeout(1500);
    },
  },
  {
    name: 'group chat: unknown owner initials get a suggestion and nothing is saved',
    run: async (page) => {
      await ask(
        page,
        'action PD to brief the board',
        'PD is not a member of this board — did you mean DP, Daniel Price?',
      );
    },
  },
  {
    name: 'channel: a new board is set up and its members imported from a pasted table',
    run: async (page) => {
      await page.getByText('General').first().click();
      await page.waitForTimeout(1500);
      mentionBot = true;
      await ask(page, 'setup Northfield Safeguarding Adults Board', 'is set up');
      // The playground's compose box drops line breaks, so the rows go on one line, split by ";".
      await ask(
        page,
        'members import Alan Whitfield (AW) | Independent Chair | LA | chair; ' +
          'Beth Okafor (BO) | Head of Adult Safeguarding | LA; Carl Jensen (CJ) | Detective Inspector | POLICE',
        'Imported: 3 added',
      );
      await ask(page, 'members', 'Beth Okafor');
    },
  },
];

const main = async (): Promise<number> => {
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  const dataDir = await mkdtemp(join(tmpdir(), 'quorate-e2e-'));
  const userDataDir = await mkdtemp(join(tmpdir(), 'quorate-chromium-'));
  playgroundPort = await freePort();
  const config = loadConfig(
    { PORT: '0', COSMOS_PORT: '0', DATA_DIR: dataDir, PLAYGROUND: 'off' },
    'local',
  );
  let stack: LocalStack | undefined;
  let browser: BrowserContext | undefined;
  try {
    stack = await startLocalStack(config, log);
    botPort = stack.app.port;
    const board = demoBoard(new Date());
    await stack.app.deps.boards.create(board);
    const meeting = await stack.app.deps.meetings.create(demoMeeting(board, new Date()));
    meetingStartsAt = meeting.startsAt;
    playground = spawn(
      process.execPath,
      [
        require.resolve('@microsoft/m365agentsplayground/cli.js'),
        '-e',
        `http://127.0.0.1:${stack.app.port}/api/messages`,
        '-c',
        'msteams',
        '-p',
        String(playgroundPort),
        '--disable-telemetry',
      ],
      { cwd: ROOT, env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' }, stdio: 'ignore' },
    );
    await waitForHttp(`http://127.0.0.1:${playgroundPort}/`, 60_000);
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 1000 },
    });
    browser = context;
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${playgroundPort}/`);
    await page.locator('[contenteditable="true"]').first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(2000);
    for (const step of STEPS) {
      stepIndex += 1;
      const started = Date.now();
      const slug = `${String(stepIndex).padStart(2, '0')}-${step.name
        .replace(/[^a-z0-9]+/gi, '-')
        .toLowerCase()
        .slice(0, 60)}`;
      try {
        await step.run(page);
        results.push({ name: step.name, ok: true, ms: Date.now() - started });
      } catch (error) {
        results.push({
          name: step.name,
          ok: false,
          ms: Date.now() - started,
          error: error instanceof Error ? error.message.split('\n')[0] : String(error),
        });
        await writeFile(join(OUT, `${slug}.html`), await page.content());
        await writeFile(join(OUT, `${slug}.bot.log`), botLog.join('\n'));
      }
      await page.screenshot({ path: join(OUT, `${slug}.png`) });
      if (results.at(-1)?.ok === false) break;
    }
    await page.setViewportSize({ width: 420, height: 900 });
    await page.screenshot({ path: join(OUT, 'narrow.png') });
  } catch (error) {
    results.push({
      name: 'start the stack, the playground and Chromium',
      ok: false,
      ms: 0,
      error: error instanceof Error ? error.message.split('\n')[0] : String(error),
    });
    await writeFile(join(OUT, 'startup.bot.log'), botLog.join('\n'));
  } finally {
    await browser?.close().catch(() => undefined);
    playground?.kill('SIGTERM');
    await stack?.stop().catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true });
    await rm(userDataDir, { recursive: true, force: true });
  }
  return report();
};

/** Prints every step's outcome and, last, "N passed, N failed"; the exit code. */
const report = (): number => {
  const passed = results.filter((r) => r.ok).length;
  /** Steps after a failure do not run: they count as failed, never as skipped. */
  const failed = STEPS.length - passed;
  for (const r of results)
    process.stdout.write(
      `${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.ms} ms)${r.error === undefined ? '' : ` — ${r.error}`}\n`,
    );
  writeFileSync(
    join(ROOT, 'test-results', 'e2e.json'),
    JSON.stringify({ passed, failed, steps: results }, null, 2),
  );
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  return failed === 0 ? 0 : 1;
};

const limit = setTimeout(() => {
  process.stderr.write('e2e: overall time limit reached\n');
  playground?.kill('SIGTERM');
  report();
  process.exit(1);
}, OVERALL_LIMIT_MS);
limit.unref();

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    process.stderr.write(`e2e: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
