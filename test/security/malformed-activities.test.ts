import { Application } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { Verbs } from '../../src/cards/verbs.js';
import type { BotFrameworkDouble } from '../../doubles/bot-framework-double.js';
import type { ProductionEdge } from '../support/bot-framework-double.js';
import { BOT_APP_ID, OTHER_TENANT } from '../../doubles/bot-framework-double.js';
import { recordingLogger, runPool, startProductionEdge } from '../support/bot-framework-double.js';
import { rawRequest } from '../support/http-client.js';
import {
  BOT,
  executeInvoke,
  groupChat,
  messageText,
  person,
  personalChat,
  taskInvoke,
  teamsActivity,
} from '../support/teams-harness.js';

/**
 * Issue 8 item 10: 10,000 generated malformed activities, each with an authentic token, over real
 * HTTP to the app in production mode. No 5xx, the server stays up, and a handler runs for exactly
 * the activities the generator meant to stay valid (odd but well-typed), never for the others.
 * The generator is seeded: a failure names the seed and the index that reproduce it.
 */

const SEED = 0x5eed_0008;
const COUNT = 10_000;

/** mulberry32: small, fast and good enough to pick mutations reproducibly. */
const createRandom = (seed: number) => {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number): number => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  return { next, int, pick };
};
type Random = ReturnType<typeof createRandom>;

type Json = Record<string, unknown>;
/** Why a request must not reach a handler, or 'valid' when it must reach exactly one. */
type Expectation = 'valid' | 'invalid' | 'unparseable';

const ODD = [
  '\u202eevil\u202c',
  'zero\u200bwidth\u200djoin\u2060',
  'lone \ud800 high',
  'lone \udfff low',
  '👩‍👩‍👧‍👦🏳️‍🌈🧑🏿‍⚖️',
  'e\u0301\u0301\u0301\u0301 combining',
  'nul \u0000 inside',
  '\ufeffbom',
  '<at>Quorate</at><at>',
  '<script>alert(1)</script>',
  '%s %n %x {0} ${x} {{x}}',
  '"quoted" \\ back\\slash',
  'line\nbreak\r\ntab\t',
  'Ω≈ç√∫˜µ≤≥÷ 田中さん 𝕳𝖊𝖑𝖑𝖔 ',
  "'; DROP TABLE boards; --",
  'SELECT * FROM c WHERE c.id = @id',
  '/etc/passwd ../../..',
  '\u0085\u2028\u2029',
];
const oddText = (r: Random, max = 400): string => {
  let text = '';
  while (text.length < 1 + r.int(max)) text += r.pick(ODD);
  return text;
};
const WRONG_VALUES: readonly unknown[] = [42, -1.5, 0, true, false, null, [], {}, ['x'], { $: 1 }];
const nested = (depth: number): unknown => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = i % 2 === 0 ? { n: value } : [value];
  return value;
};

const get = (root: Json, path: string): Json | undefined => {
  let at: unknown = root;
  for (const key of path.split('.').slice(0, -1)) {
    at = typeof at === 'object' && at !== null ? (at as Json)[key] : undefined;
  }
  return typeof at === 'object' && at !== null ? (at as Json) : undefined;
};
const leaf = (path: string): string => path.split('.').at(-1)!;
const setAt = (root: Json, path: string, value: unknown): void => {
  const parent = get(root, path);
  if (parent !== undefined) parent[leaf(path)] = value;
};
const removeAt = (root: Json, path: string): void => {
  const parent = get(root, path);
  if (parent !== undefined) delete parent[leaf(path)];
};

const REQUIRED_STRINGS: [string, number][] = [
  ['type', 64],
  ['channelId', 64],
  ['from.id', 512],
  ['recipient.id', 512],
  ['conversation.id', 1024],
];
const REQUIRED_OBJECTS = ['from', 'recipient', 'conversation'];
/** Optional fields the SDK or our routes read: present means well-typed. */
const OPTIONAL_TYPED: [string, 'string' | 'array' | 'object' | 'boolean'][] = [
  ['text', 'string'],
  ['name', 'string'],
  ['locale', 'string'],
  ['entities', 'array'],
  ['attachments', 'array'],
  ['membersAdded', 'array'],
  ['channelData', 'object'],
  ['from.aadObjectId', 'string'],
  ['from.name', 'string'],
  ['conversation.tenantId', 'string'],
  ['conversation.conversationType', 'string'],
  ['conversation.isGroup', 'boolean'],
  ['replyToId', 'string'],
];
const kindOf = (value: unknown): string =>
  Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;

type Mutation = { expect: Expectation; apply: (a: Json, r: Random) => void };

/** Each breaks what validation (or the tenant/channel gate) must refuse. */
const invalid: Mutation[] = [
  {
    expect: 'invalid',
    apply: (a, r) => removeAt(a, r.pick([...REQUIRED_STRINGS.map(([p]) => p), 'serviceUrl'])),
  },
  { expect: 'invalid', apply: (a, r) => removeAt(a, r.pick(REQUIRED_OBJECTS)) },
  {
    expect: 'invalid',
    apply: (a, r) =>
      setAt(
        a,
        r.pick([...REQUIRED_STRINGS.map(([p]) => p), 'serviceUrl']),
        r.pick([...WRONG_VALUES, '']),
      ),
  },
  {
    expect: 'invalid',
    apply: (a, r) => setAt(a, r.pick(REQUIRED_OBJECTS), r.pick(['x', 42, null, [], true])),
  },
  {
    expect: 'invalid',
    apply: (a, r) => {
      const [path, max] = r.pick(REQUIRED_STRINGS);
      setAt(a, path, 'x'.repeat(max + 1 + r.int(60_000)));
    },
  },
  {
    expect: 'invalid',
    apply: (a, r) =>
      setAt(a, 'serviceUrl', r.pick(['not a url', 'smba.trafficmanager.net/uk/', ' ', oddText(r)])),
  },
  {
    expect: 'invalid',
    apply: (a, r) =>
      setAt(a, 'serviceUrl', `https://smba.trafficmanager.net/${'a'.repeat(2048 + r.int(5000))}`),
  },
  {
    expect: 'invalid',
    apply: (a, r) => {
      const [path, kind] = r.pick(OPTIONAL_TYPED);
      setAt(
        a,
        path,
        r.pick([...WRONG_VALUES, 'text'].filter((v) => kindOf(v) !== kind && v !== null)),
      );
    },
  },
  {
    expect: 'invalid',
    apply: (a, r) =>
      setAt(a, 'channelId', r.pick(['webchat', 'directline', 'MSTEAMS', 'msteams '])),
  },
  {
    expect: 'invalid',
    apply: (a, r) => {
      const tenant = r.pick([OTHER_TENANT, '', 'not-a-tenant']);
      if (r.next() < 0.5) setAt(a, 'conversation.tenantId', tenant);
      else a.channelData = { ...(a.channelData as Json), tenant: { id: tenant } };
    },
  },
  {
    expect: 'invalid',
    apply: (a, r) => {
      const where = r.pick([
        'value',
        'channelData.extra',
        'from.deep',
        'conversation.deep',
        'extra',
      ]);
      setAt(a, where, nested(70 + r.int(3000)));
    },
  },
];

invalid.push({
  expect: 'invalid',
  apply: (a, r) => {
    const mention = r.pick([
      { type: 'mention', text: '<at>Quorate</at>' },
      { type: 'mention', mentioned: BOT, text: 42 },
      { type: 'Mention', mentioned: 'Quorate', text: '<at>Quorate</at>' },
      { text: '<at>Quorate</at>', mentioned: BOT },
      { type: 7, mentioned: BOT, text: '<at>Quorate</at>' },
    ]);
    a.entities = [...(Array.isArray(a.entities) ? a.entities : []), mention];
  },
});

/** Odd but well-typed: these must reach a handler, once, and be answered without a failure. */
const valid: Mutation[] = [
  {
    expect: 'valid',
    apply: (a, r) => {
      if (a.type === 'message') a.text = `${String(a.text)} ${oddText(r)}`;
      else a.extraText = oddText(r);
    },
  },
  {
    expect: 'valid',
    apply: (a, r) => {
      if (a.type === 'message') a.text = `<at>Quorate</at> ${'note '.repeat(r.int(5000))}`;
    },
  },
  { expect: 'valid', apply: (a, r) => setAt(a, 'from.name', oddText(r, 100)) },
  {
    expect: 'valid',
    apply: (a, r) => {
      const entity = {
        type: r.pick(['clientInfo', 'https://schema.org/Message', oddText(r, 20)]),
        x: oddText(r, 40),
      };
      a.entities = [...(Array.isArray(a.entities) ? a.entities : []), entity];
    },
  },
  { expect: 'valid', apply: (a, r) => setAt(a, 'conversation.name', oddText(r, 100)) },
  { expect: 'valid', apply: (a, r) => setAt(a, 'from.id', `29:${oddText(r, 40)}`.slice(0, 500)) },
  {
    expect: 'valid',
    apply: (a, r) =>
      setAt(a, 'locale', r.pick(['xx', 'en-GB-x-odd', 'zz-ZZ', '', '\u0000', 'a'.repeat(200)])),
  },
  {
    expect: 'valid',
    apply: (a, r) => {
      a[oddText(r, 20)] = nested(1 + r.int(8));
      a.unknownField = {
        deep: nested(r.int(10)),
        list: [1, 'two', null, { three: oddText(r, 30) }],
      };
    },
  },
  {
    expect: 'valid',
    apply: (a, r) => {
      a.channelData = {
        ...(a.channelData as Json),
        [oddText(r, 10)]: oddText(r, 50),
        eventType: oddText(r, 20),
      };
    },
  },
  {
    expect: 'valid',
    apply: (a, r) => {
      if (a.type === 'invoke') {
        const value = (a.value ?? {}) as Json;
        a.value = {
          ...value,
          data: { ...((value.data as Json) ?? {}), note: oddText(r), n: nested(r.int(6)) },
        };
      }
    },
  },
];

const EM = person(7, 'Elisabeth Major');
const chats = Array.from({ length: 12 }, () => groupChat());

/** Well-formed activities of each kind the bot routes; the generator breaks copies of them. */
const bases = (r: Random): Json => {
  const chat = r.pick(chats);
  const kind = r.int(6);
  const activity =
    kind === 0
      ? messageText(EM, chat, r.pick(['help', 'actions', 'members', 'agenda']))
      : kind === 1
        ? messageText(EM, personalChat(EM), 'help')
        : kind === 2
          ? executeInvoke(EM, chat, Verbs.help)
          : kind === 3
            ? taskInvoke(EM, chat, 'task/fetch', { verb: Verbs.setupOpen })
            : kind === 4
              ? teamsActivity(EM, chat, {
                  type: 'conversationUpdate',
                  membersAdded: [{ id: BOT.id, name: BOT.name }],
                })
              : teamsActivity(EM, chat, {
                  type: 'messageReaction',
                  reactionsAdded: [{ type: 'like' }],
                });
  return structuredClone(activity);
};

type Generated = { index: number; expect: Expectation; body: string; serviceUrl: string };

const generate = (index: number, r: Random, serviceUrl: string): Generated => {
  const roll = r.next();
  if (roll < 0.03) {
    const whole = JSON.stringify({ ...bases(r), serviceUrl });
    const body = r.pick([
      whole.slice(0, r.int(whole.length)),
      `[${whole}]`,
      whole.replace('{', '{{'),
      '\u0000'.repeat(r.int(50)),
      JSON.stringify(oddText(r)),
    ]);
    return { index, expect: 'unparseable', body, serviceUrl };
  }
  const activity: Json = { ...bases(r), serviceUrl, id: `gen-${index}` };
  if (activity.type !== 'invoke') activity.deliveryMode = 'expectReplies';
  const isValid = roll < 0.33;
  const pool = isValid ? valid : invalid;
  const steps = isValid ? 1 + r.int(3) : 1 + r.int(2);
  // Odd-but-valid changes first, so that they can never repair a breaking one.
  if (!isValid && r.next() < 0.3) r.pick(valid).apply(activity, r);
  for (let i = 0; i < steps; i += 1) r.pick(pool).apply(activity, r);
  activity.id = `gen-${index}`;
  const url = typeof activity.serviceUrl === 'string' ? activity.serviceUrl : serviceUrl;
  return {
    index,
    expect: isValid ? 'valid' : 'invalid',
    body: JSON.stringify(activity),
    serviceUrl: url,
  };
};

let double: BotFrameworkDouble;
let app: RunningApp;
let client: ProductionEdge['client'];
let edge: ProductionEdge;
const logs = recordingLogger();
/** The id of every activity a handler received, read while its turn is alive. */
const reachedIds: string[] = [];
const run = Object.getOwnPropertyDescriptor(Application.prototype, 'run')!.value as (
  this: Application,
  context: TurnContext,
) => Promise<boolean>;
const handlerCalls = vi.spyOn(Application.prototype, 'run').mockImplementation(function (
  this: Application,
  context: TurnContext,
) {
  reachedIds.push(String(context.activity.id));
  return run.call(this, context);
});
/** botbuilder prints refused endorsements with console.error; keep the output readable. */
vi.spyOn(console, 'error').mockImplementation(() => undefined);

beforeAll(async () => {
  edge = await startProductionEdge(logs.log);
  ({ double, app, client } = edge);
});
afterAll(async () => {
  await edge.close();
});

describe(`10,000 malformed authenticated activities (seed ${SEED.toString(16)})`, () => {
  it('never a 5xx, the server stays up, and only valid activities reach a handler, once each', async () => {
    const r = createRandom(SEED);
    const tokens = new Map<string, string>();
    const tokenFor = (serviceUrl: string): string => {
      let token = tokens.get(serviceUrl);
      if (token === undefined) {
        // The multi-channel key, so that a channelId other than msteams is left to the gate.
        token = `Bearer ${double.sign(double.channelClaims(serviceUrl, { aud: BOT_APP_ID }), { key: double.keys.multiChannel })}`;
        tokens.set(serviceUrl, token);
      }
      return token;
    };
    const generated = Array.from({ length: COUNT }, (_, i) => generate(i, r, double.serviceUrl));
    const answers = new Array<{ status: number; body: string }>(COUNT);
    await runPool(COUNT, 8, async (i) => {
      const g = generated[i]!;
      answers[i] = await client.post(g.body, tokenFor(g.serviceUrl));
    });

    const reached = new Map<string, number>();
    for (const id of reachedIds) reached.set(id, (reached.get(id) ?? 0) + 1);
    const tally: Record<string, number> = {};
    const wrong: string[] = [];
    for (const g of generated) {
      const answer = answers[g.index]!;
      const times = reached.get(`gen-${g.index}`) ?? 0;
      const key = `${g.expect} → ${answer.status}`;
      tally[key] = (tally[key] ?? 0) + 1;
      const ok =
        answer.status < 500 &&
        (g.expect === 'valid' ? answer.status === 200 && times === 1 : times === 0);
      if (!ok && wrong.length < 10) {
        wrong.push(
          `#${g.index} ${g.expect} → ${answer.status} ${answer.body.slice(0, 80)}, handler ×${times}: ${g.body.slice(0, 300)}`,
        );
      }
    }
    console.info(
      `malformed activities: ${JSON.stringify(tally)}; handler calls ${handlerCalls.mock.calls.length}`,
    );
    expect(wrong).toEqual([]);
    expect(handlerCalls.mock.calls.length).toBe(
      generated.filter((g) => g.expect === 'valid').length,
    );
    expect(logs.events.filter((e) => e.level === 'error')).toEqual([]);
    expect(await rawRequest(app.port, { method: 'GET', path: '/healthz' })).toMatchObject({
      status: 200,
    });
    expect(double.unexpected).toEqual([]);
  }, 120_000);
});
