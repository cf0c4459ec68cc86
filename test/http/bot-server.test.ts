import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { startEmbeddedCosmos } from '../../src/dev/embedded-cosmos.js';
import { silentLogger } from '../../src/log.js';
import { signDownload } from '../../src/services/download-links.js';
import { aadOf, TENANT } from '../support/fixtures.js';
import { postActivity, rawRequest } from '../support/http-client.js';
import { groupChat, messageText, person } from '../support/teams-harness.js';
import { uniqueDatabaseName } from '../support/test-deps.js';

const EM = person(7, 'Elisabeth Major');

const SECRET = 'bot-server-test-secret-0123456789abcdef';
const localConfig = (endpoint: string, key: string) =>
  loadConfig(
    {
      PORT: '0',
      COSMOS_ENDPOINT: endpoint,
      COSMOS_KEY: key,
      COSMOS_DATABASE: uniqueDatabaseName(),
      FILE_LINK_SECRET: SECRET,
    },
    'local',
  );

let app: RunningApp;
beforeAll(async () => {
  app = await startApp({
    config: localConfig(inject('cosmosEndpoint'), inject('cosmosKey')),
    log: silentLogger,
    readRoster: () => Promise.resolve([{ aadObjectId: aadOf(1), name: 'Brian Boxall' }]),
  });
});
afterAll(async () => {
  await app.close();
});

const expectReplies = (activity: object) => ({
  ...activity,
  id: `act-${Math.random()}`,
  deliveryMode: 'expectReplies',
});

describe('POST /api/messages on 127.0.0.1', () => {
  it('answers a valid activity through the real routes and Cosmos', async () => {
    const chat = groupChat();
    const answer = await postActivity(
      app.port,
      expectReplies(messageText(EM, chat, 'setup Executive Planning Meeting')),
    );
    expect(answer.status).toBe(200);
    const replies = (
      JSON.parse(answer.body) as {
        activities: { type: string; attachments?: { content: unknown }[] }[];
      }
    ).activities;
    expect(JSON.stringify(replies.filter((a) => a.type === 'message'))).toContain(
      'Executive Planning Meeting',
    );
    const members = await postActivity(app.port, expectReplies(messageText(EM, chat, 'members')));
    expect(members.body).toContain('Brian Boxall');
  });

  it.each([
    ['not JSON', '{"type": "message", ', 400, 'Bad request'],
    ['a JSON array', '[{"type":"message"}]', 400, 'Bad request'],
    ['a JSON string', '"message"', 400, 'Bad request'],
    ['null', 'null', 400, 'Bad request'],
    ['no type', '{"text":"help"}', 400, 'Bad request'],
    ['an empty type', '{"type":""}', 400, 'Bad request'],
    ['a non-string type', '{"type":42}', 400, 'Bad request'],
    [
      'no conversation',
      JSON.stringify({
        type: 'message',
        channelId: 'msteams',
        serviceUrl: 'https://x.test/',
        from: { id: 'a' },
        recipient: { id: 'b' },
      }),
      400,
      'Bad request',
    ],
    [
      'over 256 KB',
      JSON.stringify({ type: 'message', text: 'x'.repeat(300 * 1024) }),
      413,
      'Payload too large',
    ],
    ['empty', '', 400, 'Bad request'],
  ])(
    'a body that is %s gets %i with a fixed short answer, and the server stays up',
    async (_name, body, status, text) => {
      const answer = await rawRequest(app.port, { body });
      expect(answer).toEqual({ status, body: text });
      expect((await rawRequest(app.port, { method: 'GET', path: '/healthz' })).status).toBe(200);
    },
  );

  it('refuses other methods and paths', async () => {
    expect(await rawRequest(app.port, { method: 'GET' })).toEqual({
      status: 405,
      body: 'Method not allowed',
    });
    expect(await rawRequest(app.port, { method: 'GET', path: '/nope' })).toEqual({
      status: 404,
      body: 'Not found',
    });
  });

  it('GET /healthz is 200 with Cosmos reachable', async () => {
    expect(await rawRequest(app.port, { method: 'GET', path: '/healthz' })).toEqual({
      status: 200,
      body: '{"status":"ok"}',
    });
  });
});

describe('GET /files/<token>', () => {
  it('serves the attendance CSV to a member through the history card’s signed link, and nothing else', async () => {
    const chat = groupChat();
    await postActivity(app.port, expectReplies(messageText(EM, chat, 'setup CSV Board')));
    /** The coordinator who set it up is an officer (never coded) unless made to sit as a member. */
    await postActivity(app.port, expectReplies(messageText(EM, chat, 'member edit EM member')));
    await postActivity(
      app.port,
      expectReplies(messageText(EM, chat, 'meeting new Exec on 13/07/22 2-3pm')),
    );
    await postActivity(app.port, expectReplies(messageText(EM, chat, 'meeting start')));
    await postActivity(app.port, expectReplies(messageText(EM, chat, 'present EM')));
    await postActivity(app.port, expectReplies(messageText(EM, chat, 'meeting end')));
    const history = await postActivity(app.port, expectReplies(messageText(EM, chat, 'history')));
    const url = /"url":"(http:\/\/127\.0\.0\.1:\d+\/files\/[^"]+)"/.exec(history.body)?.[1];
    expect(url).toBeDefined();
    const path = new URL(url!).pathname;
    const file = await rawRequest(app.port, { method: 'GET', path });
    expect(file.status).toBe(200);
    expect(file.body).toContain('Name,Initials,Designation,Agency,2022-07-13');
    expect(file.body).toContain('Elisabeth Major,EM,,,A');
    const tampered = await rawRequest(app.port, { method: 'GET', path: `${path.slice(0, -2)}xx` });
    expect(tampered).toEqual({
      status: 404,
      body: 'This link has expired or is not valid. Ask Quorate for a new one.',
    });
    const board = await app.deps.boards.findByConversation(TENANT, chat.conversationId);
    const outsider = signDownload(
      { kind: 'attendance.csv', tenantId: TENANT, boardId: board!.id, aadObjectId: 'not-a-member' },
      SECRET,
      new Date(),
    );
    expect((await rawRequest(app.port, { method: 'GET', path: `/files/${outsider}` })).status).toBe(
      404,
    );
    const expired = signDownload(
      { kind: 'attendance.csv', tenantId: TENANT, boardId: board!.id, aadObjectId: aadOf(7) },
      SECRET,
      new Date(Date.now() - 3_600_000),
    );
    expect((await rawRequest(app.port, { method: 'GET', path: `/files/${expired}` })).status).toBe(
      404,
    );
    await postActivity(
      app.port,
      expectReplies(
        messageText(EM, chat, 'action EM to circulate the report, with "quotes" by 10/08/22'),
      ),
    );
    const log = await postActivity(app.port, expectReplies(messageText(EM, chat, 'actions all')));
    const logUrl = /"url":"(http:\/\/127\.0\.0\.1:\d+\/files\/[^"]+)"/.exec(log.body)?.[1];
    const csv = await rawRequest(app.port, { method: 'GET', path: new URL(logUrl!).pathname });
    expect(csv.status).toBe(200);
    expect(csv.body).toContain('Number,Reference,Action,Owners,Due,Status,Latest update,Raised');
    expect(csv.body).toContain('1,,"circulate the report, with ""quotes""",EM,2022-08-10,open,,');
    const reportCard = await postActivity(
      app.port,
      expectReplies(messageText(EM, chat, 'report 2022-23')),
    );
    const reportUrl = /"url":"(http:\/\/127\.0\.0\.1:\d+\/files\/[^"]+)"/.exec(
      reportCard.body,
    )?.[1];
    const reportCsv = await rawRequest(app.port, {
      method: 'GET',
      path: new URL(reportUrl!).pathname,
    });
    expect(reportCsv.status).toBe(200);
    expect(reportCsv.body).toContain(
      'Agency,Code,Statutory,Meetings,Represented,By member,By deputy only,Rate %',
    );
    expect(reportCsv.body).toContain('Meetings held,1');
  });
});

describe('health and shutdown', () => {
  it('GET /healthz is 503 once Cosmos is unreachable', async () => {
    const cosmos = await startEmbeddedCosmos(0);
    const own = await startApp({
      config: {
        ...localConfig(cosmos.endpoint, cosmos.key),
        cosmos: { ...localConfig(cosmos.endpoint, cosmos.key).cosmos, requestTimeoutMs: 1000 },
      },
      log: silentLogger,
    });
    expect((await rawRequest(own.port, { method: 'GET', path: '/healthz' })).status).toBe(200);
    await cosmos.close();
    expect(await rawRequest(own.port, { method: 'GET', path: '/healthz' })).toEqual({
      status: 503,
      body: '{"status":"unavailable"}',
    });
    await own.close();
  });

  it('finishes a turn in flight before closing, then refuses connections', async () => {
    const own = await startApp({
      config: localConfig(inject('cosmosEndpoint'), inject('cosmosKey')),
      log: silentLogger,
    });
    const inFlight = postActivity(own.port, expectReplies(messageText(EM, groupChat(), 'help')));
    await new Promise((r) => setTimeout(r, 20));
    await own.close();
    expect((await inFlight).status).toBe(200);
    await expect(rawRequest(own.port, { method: 'GET', path: '/healthz' })).rejects.toThrow(
      /ECONNREFUSED/,
    );
  });
});
