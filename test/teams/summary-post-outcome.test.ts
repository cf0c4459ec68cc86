import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeConnector } from '../../doubles/fake-connector.js';
import { startFakeConnector } from '../../doubles/fake-connector.js';
import { createBotClient } from '../support/bot-framework-double.js';
import { aadOf } from '../support/fixtures.js';
import type { SendingApp } from '../support/sending-app.js';
import { startSendingApp } from '../support/sending-app.js';
import type { Harness, Where } from '../support/teams-harness.js';
import {
  createHarness,
  groupChat,
  messageText,
  person,
  personalChat,
} from '../support/teams-harness.js';

const EM = person(7, 'Elisabeth Major');

let h: Harness;
let connector: FakeConnector;
let sending: SendingApp;
let chat: Where;

beforeAll(async () => {
  connector = await startFakeConnector();
  h = await createHarness();
  h.roster.push({ aadObjectId: aadOf(7), name: 'Elisabeth Major' });
  sending = await startSendingApp(h.deps);
  chat = groupChat();
  const say = (text: string) =>
    h.send({ ...messageText(EM, chat, text), serviceUrl: connector.url });
  h.deps.clock.set('2026-11-23T10:00:00Z');
  await say('setup Northfield Partnership Executive');
  await say('meeting new Executive on 23 November 2026 10:00-12:00');
  await say('meeting start');
  await say('decision The neglect strategy was agreed');
  await say('meeting end');
});
afterAll(async () => {
  await sending.close();
  await connector.close();
});

describe('summary post says what Teams answered (the app over HTTP, local mode)', () => {
  it('a 403 from the board’s chat is told to the coordinator; nothing is claimed as posted', async () => {
    connector.answer = (conversation) =>
      conversation === chat.conversationId ? { status: 403 } : { status: 201 };
    const client = createBotClient(sending.app.port);
    const id = randomUUID();
    const answer = await client.postActivity({
      ...messageText(EM, personalChat(EM), 'summary post'),
      id,
      serviceUrl: connector.url,
    });
    client.close();
    expect(answer.status).toBeLessThan(300);
    const replies = connector.delivered
      .filter((d) => d.conversationId === personalChat(EM).conversationId)
      .map((d) => String(d.activity.text));
    expect(replies.filter((t) => t.includes('Teams refused the post'))).toHaveLength(1);
    expect(replies.join()).not.toContain('Sorry, something went wrong');
    expect(
      connector.requests.filter(
        (r) => r.conversationId === chat.conversationId && r.status === 403,
      ),
    ).toHaveLength(1);
  });
});
