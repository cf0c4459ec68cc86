import { randomUUID } from 'node:crypto';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Application, TeamsAdapter } from '@microsoft/teams-ai';
import type { Activity } from 'botbuilder';
import { ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import { AuthenticationConstants, EmulatorValidation } from 'botframework-connector';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { BotFrameworkDouble } from '../../doubles/bot-framework-double.js';
import type { ProductionEdge } from '../support/bot-framework-double.js';
import { BOT_APP_ID, BOT_APP_TENANT } from '../../doubles/bot-framework-double.js';
import { recordingLogger, runPool, startProductionEdge } from '../support/bot-framework-double.js';
import { groupChat, messageText, person } from '../support/teams-harness.js';

/**
 * Issue 8 item 3: botbuilder 4.23.3 appends four issuers to one process-wide list
 * (EmulatorValidation.ToBotFromEmulatorTokenValidationParameters.issuer) for every unseen `tid` of
 * any token, before it verifies anything: 20,000 unsigned tokens grew it by 80,000 entries and
 * made each request four times slower. The app screens tokens by their unverified issuer first.
 */

const REQUESTS = 20_000;
const BATCH = 1_000;

let double: BotFrameworkDouble;
let client: ProductionEdge['client'];
let edge: ProductionEdge;
const logs = recordingLogger();
const handlerCalls = vi.spyOn(Application.prototype, 'run');
const issuers = EmulatorValidation.ToBotFromEmulatorTokenValidationParameters.issuer as string[];

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const heapUsed = (): number => {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed;
};

beforeAll(async () => {
  edge = await startProductionEdge(logs.log);
  ({ double, client } = edge);
});
afterAll(async () => {
  await edge.close();
});

const unsigned = (claims: Record<string, unknown>): string =>
  `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(
    JSON.stringify(claims),
  ).toString('base64url')}.`;

/** An unsigned token naming a tenant nobody has seen, under one of four issuers. */
const floodToken = (i: number): string => {
  const tid = randomUUID();
  const iss = [
    `https://login.microsoftonline.com/${tid}/v2.0`,
    `https://sts.windows.net/${tid}/`,
    double.issuer,
    AuthenticationConstants.ToBotFromChannelTokenIssuer,
  ][i % 4];
  const now = Math.floor(Date.now() / 1000);
  return unsigned({ iss, tid, aud: BOT_APP_ID, azp: BOT_APP_ID, ver: '2.0', exp: now + 600 });
};

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

describe('a flood of unsigned tokens with random tenant ids', () => {
  it('20,000 requests: all 401, no handler, the SDK’s issuer list unchanged, memory and latency flat', async () => {
    const activity = {
      ...messageText(person(7, 'Elisabeth Major'), groupChat(), 'help'),
      id: 'act-flood',
      serviceUrl: double.serviceUrl,
    };
    const body = JSON.stringify(activity);
    const issuersBefore = issuers.length;
    const heapBefore = heapUsed();
    const latencies: number[] = new Array<number>(REQUESTS);
    const statuses: Record<string, number> = {};
    const started = performance.now();
    await runPool(REQUESTS, 16, async (i) => {
      const authorization = `Bearer ${floodToken(i)}`;
      const t0 = performance.now();
      const answer = await client.post(body, authorization);
      latencies[i] = performance.now() - t0;
      const key = `${answer.status} ${answer.body}`;
      statuses[key] = (statuses[key] ?? 0) + 1;
    });
    const seconds = (performance.now() - started) / 1000;
    const heapAfter = heapUsed();
    const first = median(latencies.slice(0, BATCH));
    const last = median(latencies.slice(-BATCH));

    console.info(
      `issuer flood: ${REQUESTS} requests in ${seconds.toFixed(1)} s; issuer list ${issuersBefore} → ${issuers.length}; heap ${(heapBefore / 2 ** 20).toFixed(1)} → ${(heapAfter / 2 ** 20).toFixed(1)} MB; median latency first/last ${BATCH}: ${first.toFixed(2)} / ${last.toFixed(2)} ms`,
    );
    expect(statuses).toEqual({ '401 Unauthorized': REQUESTS });
    expect(handlerCalls).not.toHaveBeenCalled();
    expect(issuers.length).toBe(issuersBefore);
    expect(heapAfter - heapBefore).toBeLessThan(32 * 2 ** 20);
    expect(last).toBeLessThan(first * 3 + 2);
    expect(
      logs.events.filter((e) => e.event === 'auth.refused' && e.fields.reason !== 'screened'),
    ).toEqual([]);
  }, 90_000);

  it('the list is live: stock botbuilder, unscreened, grows it by four per unseen tenant (the control)', async () => {
    const settings = {
      MicrosoftAppId: BOT_APP_ID,
      MicrosoftAppPassword: 'not-a-real-secret',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: BOT_APP_TENANT,
    };
    const stock = new TeamsAdapter(
      { ...settings, ...double.endpoints },
      new ConfigurationServiceClientCredentialFactory(settings),
    );
    const before = issuers.length;
    for (let i = 0; i < 50; i += 1) {
      await expect(
        stock['botFrameworkAuthentication'].authenticateRequest(
          { channelId: 'msteams', serviceUrl: double.serviceUrl } as Activity,
          `Bearer ${floodToken(i)}`,
        ),
      ).rejects.toThrow();
    }
    expect(issuers.length - before).toBe(200);
  });
});
