import { randomUUID } from 'node:crypto';
import { Application, TeamsAdapter } from '@microsoft/teams-ai';
import type { Activity } from 'botbuilder';
import { CallerIdConstants, ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Verbs } from '../../src/cards/verbs.js';
import { UnauthorizedRequest } from '../../src/teams/authenticate-channel-request.js';
import { publicCloudEndpoints } from '../../src/teams/bot-framework-endpoints.js';
import { createAdapter } from '../../src/teams/quorate-adapter.js';
import type { BotFrameworkDouble } from '../../doubles/bot-framework-double.js';
import type { ProductionEdge } from '../support/bot-framework-double.js';
import { BOT_APP_ID, BOT_APP_TENANT, OTHER_TENANT } from '../../doubles/bot-framework-double.js';
import { recordingLogger, runPool, startProductionEdge } from '../support/bot-framework-double.js';
import { executeInvoke, groupChat, messageText, person } from '../support/teams-harness.js';
import { TENANT } from '../support/fixtures.js';

/**
 * Issue 8 item 1: every kind of bad token is answered 401 with a fixed body over real HTTP, by the
 * app in production mode, and no handler runs; good tokens are answered 200 and do run one.
 */

const EM = person(7, 'Elisabeth Major');
const PER_CASE = 100;
const SKEW_SECONDS = 5 * 60;

let double: BotFrameworkDouble;
let client: ProductionEdge['client'];
let edge: ProductionEdge;
const logs = recordingLogger();
const handlerCalls = vi.spyOn(Application.prototype, 'run');
/** botbuilder prints some token failures with console.error; keep them, check them, hide them. */
const consoleErrors = vi.spyOn(console, 'error').mockImplementation(() => undefined);

beforeAll(async () => {
  edge = await startProductionEdge(logs.log);
  ({ double, client } = edge);
});
afterAll(async () => {
  await edge.close();
});

/** Half messages (replies expected in the answer), half card actions (invokes). */
const activityFor = (i: number, serviceUrl = double.serviceUrl): Partial<Activity> => {
  const chat = groupChat();
  const base =
    i % 2 === 0
      ? { ...messageText(EM, chat, 'help'), deliveryMode: 'expectReplies' }
      : executeInvoke(EM, chat, Verbs.help);
  return { ...base, id: `act-${randomUUID()}`, serviceUrl };
};

const now = (): number => Math.floor(Date.now() / 1000);

type Attempt = { authorization?: string; activity: Partial<Activity>; secrets: string[] };

/** Each case builds one request from its index, so that the 100 differ. */
const badCases: [string, 'screened' | 'refused', (i: number) => Attempt][] = [
  ['no Authorization header', 'screened', (i) => ({ activity: activityFor(i), secrets: [] })],
  [
    'another scheme',
    'screened',
    (i) => {
      const token = double.sign(double.channelClaims(double.serviceUrl));
      const scheme = ['Basic', 'bearer', 'Token', 'Bearer  ', 'Bearer\t'][i % 5]!;
      return {
        authorization: scheme.endsWith(' ') ? `${scheme}${token}` : `${scheme} ${token}`,
        activity: activityFor(i),
        secrets: [token],
      };
    },
  ],
  [
    'another issuer',
    'screened',
    (i) => {
      const iss = [
        AuthenticationConstants.ToBotFromChannelTokenIssuer,
        'https://api.botframework.test',
        `${double.issuer}/`,
        `https://sts.windows.net/${BOT_APP_TENANT}/`,
      ][i % 4];
      const token = double.sign(double.channelClaims(double.serviceUrl, { iss }));
      return { authorization: `Bearer ${token}`, activity: activityFor(i), secrets: [token] };
    },
  ],
  [
    'another audience',
    'refused',
    (i) => {
      const aud = [randomUUID(), AuthenticationConstants.ToChannelFromBotOAuthScope, ''][i % 3];
      const token = double.sign(double.channelClaims(double.serviceUrl, { aud }));
      return { authorization: `Bearer ${token}`, activity: activityFor(i), secrets: [token] };
    },
  ],
  [
    'expired beyond the 5-minute skew',
    'refused',
    (i) => {
      const exp = now() - SKEW_SECONDS - 10 - i;
      const token = double.sign(double.channelClaims(double.serviceUrl, { exp, nbf: exp - 3600 }));
      return { authorization: `Bearer ${token}`, activity: activityFor(i), secrets: [token] };
    },
  ],
  [
    'not yet valid beyond the skew',
    'refused',
    (i) => {
      const nbf = now() + SKEW_SECONDS + 10 + i;
      const token = double.sign(double.channelClaims(double.serviceUrl, { nbf, exp: nbf + 3600 }));
      return { authorization: `Bearer ${token}`, activity: activityFor(i), secrets: [token] };
    },
  ],
  [
    'a forged signature under a published key id',
    'refused',
    (i) => {
      const token = double.sign(double.channelClaims(double.serviceUrl), {
        key: double.keys.unpublished,
        kid: [double.keys.teams.kid, double.keys.multiChannel.kid][i % 2]!,
      });
      return { authorization: `Bearer ${token}`, activity: activityFor(i), secrets: [token] };
    },
  ],
  [
    'an unknown key id',
    'refused',
    (i) => {
      const token = double.sign(double.channelClaims(double.serviceUrl), {
        key: double.keys.unpublished,
        kid: i % 2 === 0 ? double.keys.unpublished.kid : `kid-${randomUUID()}`,
      });
      return { authorization: `Bearer ${token}`, activity: activityFor(i), secrets: [token] };
    },
  ],
  [
    'alg none',
    'refused',
    (i) => {
      const token = double.sign(double.channelClaims(double.serviceUrl), {
        alg: 'none',
        kid: double.keys.teams.kid,
      });
      return { authorization: `Bearer ${token}`, activity: activityFor(i), secrets: [token] };
    },
  ],
  [
    'HS256 keyed with the published public key',
    'refused',
    (i) => {
      const key = i % 2 === 0 ? double.keys.teams : double.keys.multiChannel;
      const token = double.sign(double.channelClaims(double.serviceUrl), {
        alg: 'HS256',
        kid: key.kid,
        hmacSecret: key.publicPem,
      });
      return { authorization: `Bearer ${token}`, activity: activityFor(i), secrets: [token] };
    },
  ],
  [
    'a serviceurl claim that is not the activity’s serviceUrl',
    'refused',
    (i) => {
      const claimed = ['https://smba.trafficmanager.net/uk/', `${double.serviceUrl}x/`][i % 2];
      const token = double.sign(double.channelClaims(claimed!));
      return { authorization: `Bearer ${token}`, activity: activityFor(i), secrets: [token] };
    },
  ],
  [
    'a key not endorsed for msteams',
    'refused',
    (i) => {
      const token = double.sign(double.channelClaims(double.serviceUrl), {
        key: double.keys.webchat,
      });
      return { authorization: `Bearer ${token}`, activity: activityFor(i), secrets: [token] };
    },
  ],
  [
    'a signed token whose tid names a tenant that is not allowed',
    'screened',
    (i) => {
      const tid = i % 2 === 0 ? OTHER_TENANT : randomUUID();
      const token = double.sign(double.channelClaims(double.serviceUrl, { tid }));
      return { authorization: `Bearer ${token}`, activity: activityFor(i), secrets: [token] };
    },
  ],
  [
    'an Entra token minted with the bot’s own secret',
    'screened',
    (i) => {
      const claims = {
        iss:
          i % 2 === 0
            ? `https://login.microsoftonline.com/${BOT_APP_TENANT}/v2.0`
            : `https://sts.windows.net/${BOT_APP_TENANT}/`,
        aud: BOT_APP_ID,
        azp: BOT_APP_ID,
        appid: BOT_APP_ID,
        tid: BOT_APP_TENANT,
        ver: i % 2 === 0 ? '2.0' : '1.0',
        nbf: now() - 60,
        exp: now() + 3600,
        jti: randomUUID(),
      };
      const token = double.sign(claims, { key: double.keys.entra });
      return { authorization: `Bearer ${token}`, activity: activityFor(i), secrets: [token] };
    },
  ],
];

describe('production mode against the loopback Bot Framework', () => {
  it('answers tokens the double signed: 200, through the handlers (the baseline the refusals below are measured against)', async () => {
    const before = handlerCalls.mock.calls.length;
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => {
        const activity = activityFor(i);
        const token = double.sign(double.channelClaims(activity.serviceUrl!));
        return client.postActivity(activity, `Bearer ${token}`);
      }),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
    expect(answers[0]!.body).toContain('Quorate');
    expect(handlerCalls.mock.calls.length - before).toBe(20);
    expect(double.metadataRequests()).toBeGreaterThan(0);
  });

  it('accepts a tid claim naming an allowed tenant or the bot’s own (Teams adds one on some callbacks)', async () => {
    const before = handlerCalls.mock.calls.length;
    for (const tid of [TENANT, BOT_APP_TENANT]) {
      const activity = activityFor(0);
      const token = double.sign(
        double.channelClaims(activity.serviceUrl!, { tid, appid: BOT_APP_ID }),
      );
      expect((await client.postActivity(activity, `Bearer ${token}`)).status).toBe(200);
    }
    expect(handlerCalls.mock.calls.length - before).toBe(2);
  });

  it('accepts a token expired or not yet valid by less than the 5-minute skew', async () => {
    const before = handlerCalls.mock.calls.length;
    const exp = now() - SKEW_SECONDS + 60;
    const nbf = now() + SKEW_SECONDS - 60;
    for (const claims of [
      { exp, nbf: exp - 3600 },
      { nbf, exp: nbf + 3600 },
    ]) {
      const activity = activityFor(0);
      const token = double.sign(double.channelClaims(activity.serviceUrl!, claims));
      expect((await client.postActivity(activity, `Bearer ${token}`)).status).toBe(200);
    }
    expect(handlerCalls.mock.calls.length - before).toBe(2);
  });

  it.each(badCases)(
    '%s: 100 requests, all 401 with a fixed body, no handler (stopped: %s)',
    async (_name, stoppedBy, attempt) => {
      const before = handlerCalls.mock.calls.length;
      const unauthorizedLogs = logs.count('auth.refused');
      const consoleBefore = consoleErrors.mock.calls.length;
      const seen = new Map<string, number>();
      const secrets: string[] = [];
      await runPool(PER_CASE, 8, async (i) => {
        const { authorization, activity, secrets: own } = attempt(i);
        secrets.push(...own);
        const answer = await client.postActivity(activity, authorization);
        const key = `${answer.status} ${answer.body}`;
        seen.set(key, (seen.get(key) ?? 0) + 1);
      });
      expect(Object.fromEntries(seen)).toEqual({ '401 Unauthorized': PER_CASE });
      expect(handlerCalls.mock.calls.length - before).toBe(0);
      const refusals = logs.events.filter((e) => e.event === 'auth.refused');
      expect(refusals.slice(unauthorizedLogs).map((e) => e.fields.reason)).toEqual(
        Array(PER_CASE).fill(stoppedBy),
      );
      expect(logs.count('request.failed')).toBe(0);
      const printed = JSON.stringify(consoleErrors.mock.calls.slice(consoleBefore));
      const logged = JSON.stringify(logs.events);
      for (const token of secrets) {
        const signature = token.split('.')[2]!;
        const payload = token.split('.')[1]!;
        for (const text of [printed, logged]) {
          if (signature !== '') expect(text).not.toContain(signature);
          expect(text).not.toContain(payload);
        }
      }
    },
  );

  it('never sent anything to the connector or a login endpoint', () => {
    expect(double.unexpected).toEqual([]);
  });
});

describe('the adapter itself, without the pre-authentication screen', () => {
  const entraHeader = (): string => {
    const token = double.sign(
      {
        iss: `https://login.microsoftonline.com/${BOT_APP_TENANT}/v2.0`,
        aud: BOT_APP_ID,
        azp: BOT_APP_ID,
        tid: BOT_APP_TENANT,
        ver: '2.0',
        nbf: now() - 60,
        exp: now() + 3600,
      },
      { key: double.keys.entra },
    );
    return `Bearer ${token}`;
  };
  const settings = {
    MicrosoftAppId: BOT_APP_ID,
    MicrosoftAppPassword: 'not-a-real-secret',
    MicrosoftAppType: 'SingleTenant',
    MicrosoftAppTenantId: BOT_APP_TENANT,
  };

  it('stock botbuilder accepts an Entra token minted with the bot’s secret (why the check exists)', async () => {
    const stock = new TeamsAdapter(
      { ...settings, ...double.endpoints },
      new ConfigurationServiceClientCredentialFactory(settings),
    );
    const result = await stock['botFrameworkAuthentication'].authenticateRequest(
      activityFor(0) as Activity,
      entraHeader(),
    );
    expect(result.claimsIdentity.isAuthenticated).toBe(true);
  });

  it('ours refuses it in the SDK too (validateClaims requires the channel issuer)', async () => {
    const ours = createAdapter(
      { kind: 'SingleTenant', appId: BOT_APP_ID, password: 'x', tenantId: BOT_APP_TENANT },
      { endpoints: double.endpoints, allowedTenantIds: [OTHER_TENANT] },
    );
    await expect(
      ours['botFrameworkAuthentication'].authenticateRequest(
        activityFor(0) as Activity,
        entraHeader(),
      ),
    ).rejects.toBeInstanceOf(UnauthorizedRequest);
    const activity = activityFor(0);
    const good = `Bearer ${double.sign(double.channelClaims(activity.serviceUrl!))}`;
    const accepted = await ours['botFrameworkAuthentication'].authenticateRequest(
      activity as Activity,
      good,
    );
    expect(accepted.claimsIdentity.isAuthenticated).toBe(true);
  });

  it('production defaults are the SDK’s public cloud settings, every one of them', () => {
    expect(publicCloudEndpoints).toEqual({
      ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
      ToBotFromChannelOpenIdMetadataUrl: AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
      ToBotFromEmulatorOpenIdMetadataUrl:
        AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
      ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
      ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
      OAuthUrl: AuthenticationConstants.OAuthUrl,
      CallerId: CallerIdConstants.PublicAzureChannel,
      ValidateAuthority: true,
    });
    const production = createAdapter({
      kind: 'SingleTenant',
      appId: BOT_APP_ID,
      password: 'x',
      tenantId: BOT_APP_TENANT,
    });
    const inner = (production['botFrameworkAuthentication'] as unknown as { inner: object }).inner;
    expect(inner).toMatchObject({
      toBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
      toBotFromChannelOpenIdMetadataUrl: AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
      toBotFromEmulatorOpenIdMetadataUrl:
        AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
      toChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
      toChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
      oAuthUrl: AuthenticationConstants.OAuthUrl,
      callerId: CallerIdConstants.PublicAzureChannel,
      validateAuthority: true,
    });
  });
});
