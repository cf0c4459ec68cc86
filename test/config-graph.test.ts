import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

const PRODUCTION = {
  QUORATE_MODE: 'production',
  MICROSOFT_APP_ID: '0b6f7a8e-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
  MICROSOFT_APP_TYPE: 'SingleTenant',
  MICROSOFT_APP_TENANT_ID: '11111111-1111-4111-8111-111111111111',
  MICROSOFT_APP_PASSWORD: 'secret',
  ALLOWED_TENANT_IDS: '11111111-1111-4111-8111-111111111111',
  COSMOS_ENDPOINT: 'https://quorate.documents.azure.com:443/',
  PUBLIC_BASE_URL: 'https://quorate.example.org',
  FILE_LINK_SECRET: 'a-long-secret-of-at-least-32-characters-0123456789',
};

describe('where Teams attendance reports are read (Microsoft Graph)', () => {
  it.each([
    ['production, by default', PRODUCTION, 'production', 'https://graph.microsoft.com/v1.0'],
    [
      'production, turned off',
      { ...PRODUCTION, ATTENDANCE_REPORTS: 'off' },
      'production',
      undefined,
    ],
    [
      'production, another cloud',
      { ...PRODUCTION, GRAPH_BASE_URL: 'https://graph.microsoft.us/v1.0' },
      'production',
      'https://graph.microsoft.us/v1.0',
    ],
    ['local, by default (no token to ask with)', {}, 'local', undefined],
    [
      'local, on a double',
      { GRAPH_BASE_URL: 'http://127.0.0.1:4321/v1.0' },
      'local',
      'http://127.0.0.1:4321/v1.0',
    ],
  ] as const)('%s', (_case, env, mode, expected) => {
    expect(loadConfig({ ...env }, mode).graph?.baseUrl).toBe(expected);
  });

  it('refuses a GRAPH_BASE_URL that is not a URL', () => {
    expect(() => loadConfig({ GRAPH_BASE_URL: 'graph' }, 'local')).toThrow(ConfigError);
  });
});
