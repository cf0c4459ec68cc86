import { describe, expect, it } from 'vitest';
import type { Logger } from '../../src/log.js';
import { createAdapter } from '../../src/teams/quorate-adapter.js';
import { createProactiveSender, isAllowedServiceUrl } from '../../src/teams/proactive.js';

describe('proactive sends go only to Teams service URLs', () => {
  it.each([
    ['https://smba.trafficmanager.net/uk/', false, true],
    ['https://smba.trafficmanager.net/amer/', false, true],
    ['https://api.botframework.com/', false, true],
    ['http://smba.trafficmanager.net/uk/', false, false],
    ['https://smba.trafficmanager.net.evil.example/', false, false],
    ['https://evil.example/smba.trafficmanager.net', false, false],
    ['http://127.0.0.1:56150/_connector', false, false],
    ['http://127.0.0.1:56150/_connector', true, true],
    ['http://localhost:56150/_connector', true, true],
    ['not a url', true, false],
    [undefined, true, false],
  ])('%s (loopback allowed: %s) → %s', (url, loopback, allowed) => {
    expect(isAllowedServiceUrl(url, loopback)).toBe(allowed);
  });

  it('a stored reference with another host is refused before any request, and logged by id', async () => {
    const lines: string[] = [];
    const keep = (event: string, fields?: Record<string, unknown>): void => {
      lines.push(JSON.stringify({ event, ...fields }));
    };
    const log: Logger = { info: keep, warn: keep, error: keep };
    const send = createProactiveSender(createAdapter({ kind: 'anonymous' }), '', false, log);
    const reference = {
      serviceUrl: 'https://collector.evil.example/v3/',
      conversation: { id: '19:board-chat@thread.v2' },
      channelId: 'msteams',
    };
    expect(await send(reference, { type: 'message', text: 'Minutes' })).toEqual({
      ok: false,
      permanent: true,
      code: 'url-refused',
    });
    expect(lines).toEqual([
      JSON.stringify({
        event: 'proactive.refused',
        reason: 'service-url-not-allowed',
        conversation: '19:board-chat@thread.v2',
      }),
    ]);
  });
});
