import { randomBytes } from 'node:crypto';
import { z } from 'zod';

export type Mode = 'local' | 'production';

/** Per Cosmos request: well under Teams' 5 s invoke budget. */
export const DEFAULT_COSMOS_REQUEST_TIMEOUT_MS = 3000;
const port = z.coerce.number().int().min(0).max(65535);
const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v === '' ? undefined : v));
const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const EnvSchema = z.object({
  QUORATE_MODE: z.enum(['local', 'production']).optional(),
  PORT: port.default(3978),
  HOST: optionalText,
  PUBLIC_BASE_URL: optionalText.pipe(z.string().url().optional()),
  MICROSOFT_APP_ID: optionalText,
  MICROSOFT_APP_TYPE: optionalText,
  MICROSOFT_APP_TENANT_ID: optionalText,
  MICROSOFT_APP_PASSWORD: optionalText,
  ALLOWED_TENANT_IDS: optionalText,
  COSMOS_ENDPOINT: optionalText.pipe(z.string().url().optional()),
  COSMOS_KEY: optionalText,
  COSMOS_DATABASE: z.string().trim().min(1).default('quorate'),
  COSMOS_REQUEST_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(500)
    .max(60000)
    .default(DEFAULT_COSMOS_REQUEST_TIMEOUT_MS),
  AZURE_CLIENT_ID: optionalText,
  FILE_LINK_SECRET: optionalText,
  DATA_DIR: z.string().trim().min(1).default('.data'),
  PLAYGROUND: z.enum(['on', 'off']).default('on'),
  REMINDERS: z.enum(['on', 'off']).default('on'),
  REMINDER_SWEEP_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  REMINDER_SEND_RATE: z.coerce.number().int().min(1).max(50).default(4),
  PLAYGROUND_PORT: port.default(56150),
  COSMOS_PORT: port.default(8081),
  GRAPH_BASE_URL: optionalText.pipe(z.string().url().optional()),
  ATTENDANCE_REPORTS: z.enum(['on', 'off']).optional(),
});

const GRAPH_V1 = 'https://graph.microsoft.com/v1.0';

export type BotAuth =
  | { kind: 'anonymous' }
  | {
      kind: 'SingleTenant';
      appId: string;
      tenantId: string;
      password: string;
    }
  | { kind: 'UserAssignedMsi'; appId: string; tenantId: string };

export type Config = {
  mode: Mode;
  host: string;
  port: number;
  publicBaseUrl: string;
  auth: BotAuth;
  /** Empty means any tenant (local mode only). */
  allowedTenantIds: string[];
  /** Signs download links (minutes, CSV); shared by every instance. Random per process locally. */
  fileLinkSecret: string;
  cosmos: {
    endpoint?: string;
    key?: string;
    database: string;
    requestTimeoutMs: number;
    managedIdentityClientId?: string;
  };
  local: { dataDir: string; playground: boolean; playgroundPort: number; cosmosPort: number };
  reminders: {
    enabled: boolean;
    sweepSeconds: number;
    /** Proactive sends per tenant per second, across all instances. */
    sendRatePerTenant: number;
  };
  /**
   * Where Teams' attendance reports are read (Microsoft Graph); absent: not read. Production reads
   * them unless ATTENDANCE_REPORTS=off; a local run only when GRAPH_BASE_URL names a double.
   */
  graph?: { baseUrl: string };
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const fail = (message: string): never => {
  throw new ConfigError(message);
};

/**
 * Reads and validates the environment once. Production mode refuses to start unless the bot is
 * authenticated (app id, app type, tenant), tenants are restricted and Cosmos is configured:
 * botbuilder accepts unauthenticated requests when the app id is empty (DESIGN.md §2).
 */
export const loadConfig = (env: Record<string, string | undefined>, defaultMode: Mode): Config => {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail(
      `${issue?.path.join('.') ?? 'environment'} is invalid: ${issue?.message ?? 'unknown problem'}`,
    );
  }
  const e = parsed.data;
  const mode = e.QUORATE_MODE ?? defaultMode;
  const allowedTenantIds = (e.ALLOWED_TENANT_IDS ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');
  const cosmos = {
    ...(e.COSMOS_ENDPOINT !== undefined && { endpoint: e.COSMOS_ENDPOINT }),
    ...(e.COSMOS_KEY !== undefined && { key: e.COSMOS_KEY }),
    database: e.COSMOS_DATABASE,
    requestTimeoutMs: e.COSMOS_REQUEST_TIMEOUT_MS,
    ...(e.AZURE_CLIENT_ID !== undefined && { managedIdentityClientId: e.AZURE_CLIENT_ID }),
  };
  const reminders = {
    enabled: e.REMINDERS === 'on',
    sweepSeconds: e.REMINDER_SWEEP_SECONDS,
    sendRatePerTenant: e.REMINDER_SEND_RATE,
  };
  const local = {
    dataDir: e.DATA_DIR,
    playground: e.PLAYGROUND === 'on',
    playgroundPort: e.PLAYGROUND_PORT,
    cosmosPort: e.COSMOS_PORT,
  };
  const graphWanted =
    e.ATTENDANCE_REPORTS === 'on' ||
    (e.ATTENDANCE_REPORTS === undefined &&
      (mode === 'production' || e.GRAPH_BASE_URL !== undefined));
  const graph = graphWanted ? { graph: { baseUrl: e.GRAPH_BASE_URL ?? GRAPH_V1 } } : {};
  if (mode === 'local') {
    if (e.MICROSOFT_APP_ID !== undefined) {
      fail(
        'MICROSOFT_APP_ID is set in local mode: set QUORATE_MODE=production to run authenticated',
      );
    }
    return {
      mode,
      fileLinkSecret: e.FILE_LINK_SECRET ?? randomBytes(32).toString('base64url'),
      host: '127.0.0.1',
      port: e.PORT,
      publicBaseUrl: e.PUBLIC_BASE_URL ?? `http://127.0.0.1:${e.PORT}`,
      auth: { kind: 'anonymous' },
      allowedTenantIds,
      cosmos,
      local,
      reminders,
      ...graph,
    };
  }
  const appId = e.MICROSOFT_APP_ID ?? fail('MICROSOFT_APP_ID is required in production mode');
  if (!guid.test(appId))
    fail('MICROSOFT_APP_ID must be the bot’s Entra application (client) id, a GUID');
  const appType =
    e.MICROSOFT_APP_TYPE ??
    fail('MICROSOFT_APP_TYPE is required in production mode (SingleTenant or UserAssignedMsi)');
  const tenantId =
    e.MICROSOFT_APP_TENANT_ID ?? fail('MICROSOFT_APP_TENANT_ID is required in production mode');
  if (!guid.test(tenantId)) fail('MICROSOFT_APP_TENANT_ID must be a GUID');
  if (allowedTenantIds.length === 0)
    fail('ALLOWED_TENANT_IDS is required in production mode (comma-separated tenant ids)');
  const badTenant = allowedTenantIds.find((t) => !guid.test(t));
  if (badTenant !== undefined)
    fail(`ALLOWED_TENANT_IDS holds "${badTenant}", which is not a tenant id (GUID)`);
  if (cosmos.endpoint === undefined) fail('COSMOS_ENDPOINT is required in production mode');
  const fileLinkSecret =
    e.FILE_LINK_SECRET ??
    fail(
      'FILE_LINK_SECRET is required in production mode (signs download links; the same on every instance)',
    );
  if (fileLinkSecret.length < 32) fail('FILE_LINK_SECRET must be at least 32 characters');
  const publicBaseUrl =
    e.PUBLIC_BASE_URL ??
    fail('PUBLIC_BASE_URL is required in production mode (the bot’s https address)');
  let auth: BotAuth;
  if (appType === 'SingleTenant') {
    const password =
      e.MICROSOFT_APP_PASSWORD ??
      fail('MICROSOFT_APP_PASSWORD is required when MICROSOFT_APP_TYPE is SingleTenant');
    auth = { kind: 'SingleTenant', appId, tenantId, password };
  } else if (appType === 'UserAssignedMsi' || appType === 'UserAssignedMSI') {
    auth = { kind: 'UserAssignedMsi', appId, tenantId };
  } else {
    return fail(
      `MICROSOFT_APP_TYPE "${appType}" is not allowed: use SingleTenant or UserAssignedMsi`,
    );
  }
  return {
    mode,
    fileLinkSecret,
    host: e.HOST ?? '0.0.0.0',
    port: e.PORT,
    publicBaseUrl,
    auth,
    allowedTenantIds,
    cosmos,
    local,
    reminders,
    ...graph,
  };
};

/** The process environment; the only place that reads it. */
export const processEnvironment = (): Record<string, string | undefined> => ({ ...process.env });
