/**
 * Loopback doubles of the Bot Framework's token service and of the real app in production mode,
 * shared by the tests and the bench (so nothing here may import vitest or test helpers).
 */
import type { KeyObject } from 'node:crypto';
import { createHmac, generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RunningApp } from '../src/app.js';
import { startApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import type { Logger } from '../src/log.js';
import type { BotFrameworkEndpoints } from '../src/teams/bot-framework-endpoints.js';

/**
 * A loopback stand-in for the Bot Framework: OpenID metadata and signing keys for tokens from the
 * channel (and, separately, for Entra tokens on botbuilder's emulator path), tokens signed here,
 * and a record of every other request (a connector or login call would land there). The bot's
 * production mode is pointed at it through AppOptions.botFrameworkEndpoints.
 */

export const BOT_APP_ID = '5d7e3c2a-9b1f-4e6d-8a2c-3f4b5c6d7e8f';
export const BOT_APP_TENANT = '22222222-2222-4222-8222-222222222222';
export const OTHER_TENANT = '33333333-3333-4333-8333-333333333333';

export type DoubleKey = { kid: string; privateKey: KeyObject; publicPem: string; jwk: object };

const createKey = (endorsements?: string[]): DoubleKey => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = `kid-${randomUUID()}`;
  const { n, e } = publicKey.export({ format: 'jwk' });
  return {
    kid,
    privateKey,
    publicPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    jwk: {
      kty: 'RSA',
      use: 'sig',
      kid,
      n,
      e,
      ...(endorsements !== undefined && { endorsements }),
    },
  };
};

const segment = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');

export type Claims = Record<string, unknown>;
export type SignOptions = {
  /** Which private key signs (default: the Teams key). */
  key?: DoubleKey;
  /** The `kid` in the header (default: the signing key's). */
  kid?: string;
  alg?: 'RS256' | 'HS256' | 'none';
  /** For HS256: the HMAC secret (key confusion uses a published public key's PEM). */
  hmacSecret?: string;
};

export type BotFrameworkDouble = {
  baseUrl: string;
  /** Every parameterised setting, pointing here. */
  endpoints: BotFrameworkEndpoints;
  issuer: string;
  /** A Teams-like service URL on the double; nothing should ever be sent there in these tests. */
  serviceUrl: string;
  keys: {
    /** Published for the channel, endorsed for msteams only. */
    teams: DoubleKey;
    /** Published for the channel, endorsed for webchat only. */
    webchat: DoubleKey;
    /** Published for the channel, endorsed for msteams and webchat. */
    multiChannel: DoubleKey;
    /** Published on the emulator (Entra) metadata, as Entra's keys are. */
    entra: DoubleKey;
    /** Never published. */
    unpublished: DoubleKey;
  };
  /** A signed JWT. */
  sign: (claims: Claims, options?: SignOptions) => string;
  /** Claims as the Bot Framework puts them in a token to the bot, valid now for an hour. */
  channelClaims: (serviceUrl: string, overrides?: Claims) => Claims;
  /** Requests for anything but metadata and keys (connector, login): method and path. */
  unexpected: { method: string; path: string }[];
  /** Metadata and key downloads. */
  metadataRequests: () => number;
  close: () => Promise<void>;
};

export const startBotFrameworkDouble = async (): Promise<BotFrameworkDouble> => {
  const keys = {
    teams: createKey(['msteams']),
    webchat: createKey(['webchat']),
    multiChannel: createKey(['msteams', 'webchat']),
    entra: createKey(),
    unpublished: createKey(['msteams']),
  };
  const unexpected: { method: string; path: string }[] = [];
  let metadata = 0;
  let baseUrl = '';
  const json = (res: ServerResponse, value: object): void => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(value));
  };
  const server: Server = createServer((req: IncomingMessage, res) => {
    const path = req.url ?? '/';
    req.resume();
    switch (`${req.method} ${path}`) {
      case 'GET /channel/openid':
        metadata += 1;
        return json(res, {
          issuer: baseUrl,
          jwks_uri: `${baseUrl}/channel/jwks`,
          id_token_signing_alg_values_supported: ['RS256'],
        });
      case 'GET /channel/jwks':
        metadata += 1;
        return json(res, { keys: [keys.teams.jwk, keys.webchat.jwk, keys.multiChannel.jwk] });
      case 'GET /entra/openid':
        metadata += 1;
        return json(res, {
          issuer: `https://login.microsoftonline.com/${BOT_APP_TENANT}/v2.0`,
          jwks_uri: `${baseUrl}/entra/jwks`,
        });
      case 'GET /entra/jwks':
        metadata += 1;
        return json(res, { keys: [keys.entra.jwk] });
      default:
        unexpected.push({ method: req.method ?? '', path });
        res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const issuer = baseUrl;

  const signToken = (claims: Claims, options: SignOptions = {}): string => {
    const key = options.key ?? keys.teams;
    const alg = options.alg ?? 'RS256';
    const head = segment({ alg, typ: 'JWT', kid: options.kid ?? key.kid });
    const body = segment(claims);
    const data = `${head}.${body}`;
    if (alg === 'none') return `${data}.`;
    if (alg === 'HS256') {
      const mac = createHmac('sha256', options.hmacSecret ?? '').update(data);
      return `${data}.${mac.digest('base64url')}`;
    }
    return `${data}.${sign('sha256', Buffer.from(data), key.privateKey).toString('base64url')}`;
  };

  return {
    baseUrl,
    issuer,
    serviceUrl: `${baseUrl}/connector/`,
    endpoints: {
      ToBotFromChannelTokenIssuer: issuer,
      ToBotFromChannelOpenIdMetadataUrl: `${baseUrl}/channel/openid`,
      ToBotFromEmulatorOpenIdMetadataUrl: `${baseUrl}/entra/openid`,
      ToChannelFromBotLoginUrl: `${baseUrl}/login/botframework.com`,
      ToChannelFromBotOAuthScope: `${baseUrl}/scope`,
      OAuthUrl: `${baseUrl}/oauth`,
      CallerId: 'urn:botframework:loopback-double',
      ValidateAuthority: false,
    },
    keys,
    sign: signToken,
    channelClaims: (serviceUrl, overrides = {}) => {
      const now = Math.floor(Date.now() / 1000);
      return {
        serviceurl: serviceUrl,
        nbf: now - 60,
        exp: now + 3600,
        iss: issuer,
        aud: BOT_APP_ID,
        jti: randomUUID(),
        ...overrides,
      };
    },
    unexpected,
    metadataRequests: () => metadata,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};

export const FILE_LINK_SECRET = 'security-test-file-link-secret-0123456789';

/**
 * The real app in PRODUCTION mode (SingleTenant, tenant allow-list, Cosmos) on 127.0.0.1, its
 * authentication pointed at the double.
 */
export const startProductionApp = (options: {
  double: BotFrameworkDouble;
  cosmosEndpoint: string;
  cosmosKey: string;
  database: string;
  log: Logger;
  /** Tenants a token may name besides the bot's own. */
  allowedTenantIds: string[];
}): Promise<RunningApp> =>
  startApp({
    config: loadConfig(
      {
        QUORATE_MODE: 'production',
        HOST: '127.0.0.1',
        PORT: '0',
        PUBLIC_BASE_URL: 'https://quorate.example.test',
        MICROSOFT_APP_ID: BOT_APP_ID,
        MICROSOFT_APP_TYPE: 'SingleTenant',
        MICROSOFT_APP_TENANT_ID: BOT_APP_TENANT,
        MICROSOFT_APP_PASSWORD: 'not-a-real-secret',
        ALLOWED_TENANT_IDS: options.allowedTenantIds.join(','),
        COSMOS_ENDPOINT: options.cosmosEndpoint,
        COSMOS_KEY: options.cosmosKey,
        COSMOS_DATABASE: options.database,
        FILE_LINK_SECRET,
      },
      'production',
    ),
    log: options.log,
    readRoster: () => Promise.resolve([]),
    botFrameworkEndpoints: options.double.endpoints,
  });
