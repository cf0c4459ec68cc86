import { describe, expect, it } from 'vitest';
import { isAllowedServiceUrl } from '../../src/teams/proactive.js';

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
});
