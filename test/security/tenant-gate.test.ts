import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Application } from '@microsoft/teams-ai';
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { Verbs } from '../../src/cards/verbs.js';
import type { BotFrameworkDouble, DoubleKey } from '../../doubles/bot-framework-double.js';
import type { ProductionEdge } from '../support/bot-framework-double.js';
import { OTHER_TENANT } from '../../doubles/bot-framework-double.js';
import { recordingLogger, runPool, startProductionEdge } from '../support/bot-framework-double.js';
import { TENANT } from '../support/fixtures.js';
import {
  BOT,
  executeInvoke,
  groupChat,
  messageText,
  person,
  taskInvoke,
  teamsActivity,
} from '../support/teams-harness.js';

/**
 * Issue 8 item 2: authenticated activities from a tenant that is not allowed, with no tenant, with
 * two different tenants, or from another channel than Teams reach no handler, touch no Cosmos
 * document and send nothing; invokes are answered 403, not 501.
 */

const EM = person(7, 'Elisabeth Major');
const PER_KIND = 10;

/** Counts every request the app makes to Cosmos, by standing between them on loopback. */
const startCosmosCounter = async (target: string) => {
  const seen: string[] = [];
  const server: Server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    const upstream = request(
      `${target}${req.url ?? '/'}`,
      { method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};

let double: BotFrameworkDouble;
let cosmos: Awaited<ReturnType<typeof startCosmosCounter>>;
let client: ProductionEdge['client'];
let edge: ProductionEdge;
const logs = recordingLogger();
const handlerCalls = vi.spyOn(Application.prototype, 'run');

beforeAll(async () => {
  cosmos = await startCosmosCounter(inject('cosmosEndpoint'));
  edge = await startProductionEdge(logs.log, cosmos.endpoint);
  ({ double, client } = edge);
});
afterAll(async () => {
  await edge.close();
  await cosmos.close();
});

/** Every kind of activity the bot routes, from one group chat. */
const kinds: [string, (chat: ReturnType<typeof groupChat>) => Partial<Activity>][] = [
  ['a command', (chat) => messageText(EM, chat, 'setup Executive Planning Meeting')],
  ['a card action', (chat) => executeInvoke(EM, chat, Verbs.help)],
  ['a dialog fetch', (chat) => taskInvoke(EM, chat, 'task/fetch', { verb: Verbs.setupOpen })],
  [
    'a message-extension submit',
    (chat) =>
      teamsActivity(EM, chat, {
        type: 'invoke',
        name: 'composeExtension/submitAction',
        value: {
          commandId: 'createAction',
          data: { text: 'circulate the report', owners: 'EM', requestId: randomUUID() },
        },
      }),
  ],
  [
    'the bot being added',
    (chat) =>
      teamsActivity(EM, chat, {
        type: 'conversationUpdate',
        membersAdded: [{ id: BOT.id, name: BOT.name }],
      }),
  ],
];

type Shape = (activity: Partial<Activity>) => Partial<Activity>;
const withTenants =
  (conversation: unknown, channelData: unknown): Shape =>
  (activity) => {
    const { tenantId: _dropped, ...rest } = activity.conversation!;
    return {
      ...activity,
      conversation: {
        ...rest,
        ...(conversation !== undefined && { tenantId: conversation }),
      } as Activity['conversation'],
      channelData:
        channelData === undefined
          ? {}
          : { tenant: channelData === null ? null : { id: channelData } },
    };
  };

/** The third field picks another signing key than the Teams-only one. */
const refusals: [string, Shape, (() => DoubleKey) | undefined][] = [
  ['a tenant not on the allow-list', withTenants(OTHER_TENANT, OTHER_TENANT), undefined],
  [
    'a tenant only in conversation.tenantId, not allowed',
    withTenants(OTHER_TENANT, undefined),
    undefined,
  ],
  ['no tenant at all', withTenants(undefined, undefined), undefined],
  ['a null tenant', withTenants(undefined, null), undefined],
  ['an empty tenant id', withTenants('', ''), undefined],
  ['a tenant id that is a number', withTenants(undefined, 1111), undefined],
  ['a tenant id that is a list', withTenants([TENANT], TENANT), undefined],
  [
    'channelData.tenant a bare string',
    (a) => ({ ...a, channelData: { tenant: TENANT } }),
    undefined,
  ],
  [
    'the allowed tenant in channelData, another in the conversation',
    withTenants(OTHER_TENANT, TENANT),
    undefined,
  ],
  [
    'the allowed tenant in the conversation, another in channelData',
    withTenants(TENANT, OTHER_TENANT),
    undefined,
  ],
  // The key is endorsed for webchat too, so the token is authentic and the gate has to say no.
  ['channelId webchat', (a) => ({ ...a, channelId: 'webchat' }), () => double.keys.multiChannel],
];

const send = async (activity: Partial<Activity>, key?: DoubleKey) => {
  const full: Partial<Activity> = {
    ...activity,
    id: `act-${randomUUID()}`,
    serviceUrl: double.serviceUrl,
    ...(activity.type !== 'invoke' && { deliveryMode: 'expectReplies' }),
  };
  const token = double.sign(double.channelClaims(double.serviceUrl), key ? { key } : {});
  return client.postActivity(full, `Bearer ${token}`);
};

describe('the tenant and channel gate, in production mode with authentic tokens', () => {
  it('lets the allowed tenant through to the handlers and Cosmos (the control)', async () => {
    const calls = handlerCalls.mock.calls.length;
    const cosmosBefore = cosmos.seen.length;
    for (const [, build] of kinds) {
      const answer = await send(build(groupChat()));
      expect(answer.status).toBe(200);
      expect(answer.body).not.toBe('');
    }
    expect(handlerCalls.mock.calls.length - calls).toBe(kinds.length);
    expect(cosmos.seen.length).toBeGreaterThan(cosmosBefore);
  });

  it.each(refusals)(
    '%s: no handler, no Cosmos request, nothing sent, invokes answered 403',
    async (_name, shape, key) => {
      const calls = handlerCalls.mock.calls.length;
      const cosmosBefore = cosmos.seen.length;
      const refusedLogs = logs.count('activity.refused');
      const statuses: Record<string, number> = {};
      await runPool(kinds.length * PER_KIND, 5, async (i) => {
        const [kind, build] = kinds[i % kinds.length]!;
        const activity = shape(build(groupChat()));
        const answer = await send(activity, key?.());
        statuses[`${kind}: ${answer.status} ${answer.body}`] =
          (statuses[`${kind}: ${answer.status} ${answer.body}`] ?? 0) + 1;
      });
      const expected: Record<string, number> = {};
      for (const [kind, build] of kinds) {
        const isInvoke = build(groupChat()).type === 'invoke';
        expected[
          isInvoke ? `${kind}: 403 {"message":"Forbidden"}` : `${kind}: 200 {"activities":[]}`
        ] = PER_KIND;
      }
      expect(statuses).toEqual(expected);
      expect(handlerCalls.mock.calls.length - calls).toBe(0);
      expect(cosmos.seen.slice(cosmosBefore)).toEqual([]);
      expect(logs.count('activity.refused') - refusedLogs).toBe(kinds.length * PER_KIND);
    },
  );

  it('sent nothing to the connector or a login endpoint, and logged no failure', () => {
    expect(double.unexpected).toEqual([]);
    expect(logs.count('request.failed')).toBe(0);
    expect(logs.count('auth.refused')).toBe(0);
  });
});
