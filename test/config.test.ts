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

const refusal = (env: Record<string, string | undefined>): string => {
  try {
    loadConfig(env, 'production');
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('configuration was accepted');
};

describe('loadConfig', () => {
  it('local mode needs nothing and listens on loopback only', () => {
    const config = loadConfig({ HOST: '0.0.0.0' }, 'local');
    expect(config).toMatchObject({
      mode: 'local',
      host: '127.0.0.1',
      port: 3978,
      auth: { kind: 'anonymous' },
    });
    expect(config.local).toEqual({
      dataDir: '.data',
      playground: true,
      playgroundPort: 56150,
      cosmosPort: 8081,
    });
  });

  it('accepts a complete production configuration', () => {
    const config = loadConfig(PRODUCTION, 'production');
    expect(config.auth).toEqual({
      kind: 'SingleTenant',
      appId: PRODUCTION.MICROSOFT_APP_ID,
      tenantId: PRODUCTION.MICROSOFT_APP_TENANT_ID,
      password: 'secret',
    });
    expect(config.allowedTenantIds).toEqual([PRODUCTION.ALLOWED_TENANT_IDS]);
  });

  it('accepts a user-assigned managed identity without a password or Cosmos key', () => {
    const { MICROSOFT_APP_PASSWORD: _p, ...env } = PRODUCTION;
    const config = loadConfig(
      { ...env, MICROSOFT_APP_TYPE: 'UserAssignedMsi', AZURE_CLIENT_ID: 'abc' },
      'production',
    );
    expect(config.auth.kind).toBe('UserAssignedMsi');
    expect(config.cosmos.managedIdentityClientId).toBe('abc');
  });

  it.each([
    'MICROSOFT_APP_ID',
    'MICROSOFT_APP_TYPE',
    'MICROSOFT_APP_TENANT_ID',
    'MICROSOFT_APP_PASSWORD',
    'ALLOWED_TENANT_IDS',
    'COSMOS_ENDPOINT',
    'PUBLIC_BASE_URL',
    'FILE_LINK_SECRET',
  ])('refuses production without %s, naming it', (name) => {
    expect(refusal({ ...PRODUCTION, [name]: undefined })).toContain(name);
    expect(refusal({ ...PRODUCTION, [name]: '  ' })).toContain(name);
  });

  it.each([
    [{ MICROSOFT_APP_TYPE: 'MultiTenant' }, 'MICROSOFT_APP_TYPE "MultiTenant" is not allowed'],
    [{ MICROSOFT_APP_ID: 'not-a-guid' }, 'MICROSOFT_APP_ID must be'],
    [{ ALLOWED_TENANT_IDS: 'contoso' }, 'ALLOWED_TENANT_IDS holds "contoso"'],
    [{ COSMOS_ENDPOINT: 'not a url' }, 'COSMOS_ENDPOINT is invalid'],
    [{ PORT: 'eighty' }, 'PORT is invalid'],
    [{ QUORATE_MODE: 'staging' }, 'QUORATE_MODE is invalid'],
  ])('refuses %j', (override, message) => {
    expect(refusal({ ...PRODUCTION, ...override })).toContain(message);
  });

  it('refuses an app id in local mode rather than run half-authenticated', () => {
    expect(() => loadConfig({ MICROSOFT_APP_ID: PRODUCTION.MICROSOFT_APP_ID }, 'local')).toThrow(
      /QUORATE_MODE=production/,
    );
  });
});
