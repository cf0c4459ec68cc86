import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { APP_PACKAGE_DIR } from '../../src/dev/app-manifest.js';
import { CONTAINER_DEFINITIONS } from '../../src/storage/cosmos-schema.js';

const INFRA = join(APP_PACKAGE_DIR, '..', 'infra');

/** main.bicep without its `//` comments (a `//` inside a 'string' stays). */
const readBicep = async (): Promise<string> =>
  (await readFile(join(INFRA, 'main.bicep'), 'utf8'))
    .split('\n')
    .map((line) => line.replace(/^((?:[^'/]|\/(?!\/)|'(?:[^'\\]|\\.)*')*)\/\/.*$/, '$1'))
    .join('\n');

/** The bracketed literal that follows `header` (`var appSettings = {`), brackets matched. */
const blockAfter = (bicep: string, header: RegExp): string => {
  const match = header.exec(bicep);
  if (match === null) throw new Error(`main.bicep has no ${String(header)}`);
  const start = match.index + match[0].length - 1;
  let depth = 0;
  let quoted = false;
  for (let i = start; i < bicep.length; i += 1) {
    const ch = bicep[i];
    if (ch === "'" && bicep[i - 1] !== '\\') quoted = !quoted;
    if (quoted) continue;
    if (ch === '{' || ch === '[') depth += 1;
    if (ch === '}' || ch === ']') depth -= 1;
    if (depth === 0) return bicep.slice(start, i + 1);
  }
  throw new Error(`unbalanced block after ${String(header)}`);
};

/** The top-level keys of a multi-line Bicep object literal. */
const keysOf = (block: string): string[] => {
  const indent = /\n(\s+)\S/.exec(block)?.[1] ?? '  ';
  return [...block.matchAll(new RegExp(`\\n${indent}([A-Za-z_][A-Za-z0-9_]*):`, 'g'))].map(
    (m) => m[1] ?? '',
  );
};

/** A Bicep literal made only of objects, arrays and 'strings' (one item or key a line), as data. */
const literal = (block: string): unknown =>
  JSON.parse(
    block
      .replace(/'((?:[^'\\]|\\.)*)'/g, (_m, s: string) => JSON.stringify(s.replace(/\\'/g, "'")))
      .replace(/^(\s*)([A-Za-z_][A-Za-z0-9_]*):/gm, '$1"$2":')
      .replace(/([\]}"\w])[ \t]*\n(\s*[[{"\w])/g, '$1,\n$2'),
  );

const COMPLETE = {
  QUORATE_MODE: 'production',
  MICROSOFT_APP_ID: '0b6f7a8e-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
  MICROSOFT_APP_TENANT_ID: '11111111-1111-4111-8111-111111111111',
  ALLOWED_TENANT_IDS: '11111111-1111-4111-8111-111111111111',
  COSMOS_ENDPOINT: 'https://quorate.documents.azure.com:443/',
  PUBLIC_BASE_URL: 'https://quorate.azurewebsites.net',
  FILE_LINK_SECRET: 'a-long-secret-of-at-least-32-characters-0123456789',
  AZURE_CLIENT_ID: '22222222-2222-4222-8222-222222222222',
};
const SINGLE_TENANT = {
  ...COMPLETE,
  MICROSOFT_APP_TYPE: 'SingleTenant',
  MICROSOFT_APP_PASSWORD: 'x',
};
const MANAGED_IDENTITY = { ...COMPLETE, MICROSOFT_APP_TYPE: 'UserAssignedMsi' };

/**
 * The variables loadConfig refuses to run without, found as test/config.test.ts does: start from a
 * complete production environment and leave each one out. The server starts with
 * loadConfig(env, 'production'); 'local' as the default shows whether QUORATE_MODE matters too.
 */
const requiredVariables = (env: Record<string, string>): string[] => {
  expect(() => loadConfig(env, 'local')).not.toThrow();
  return Object.keys(env).filter((name) => {
    const { [name]: _left, ...rest } = env;
    try {
      loadConfig(rest, 'local');
      return false;
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return true;
    }
  });
};

describe('infra/main.bicep', () => {
  let bicep: string;
  beforeAll(async () => {
    bicep = await readBicep();
  });

  it('sets every variable the production configuration requires, for both kinds of bot identity', () => {
    const common = keysOf(blockAfter(bicep, /^var appSettings = \{/m));
    const singleTenantOnly = keysOf(blockAfter(bicep, /^var singleTenantSettings = \{/m));
    const managedIdentity = requiredVariables(MANAGED_IDENTITY);
    const singleTenant = requiredVariables(SINGLE_TENANT);
    expect(managedIdentity).toEqual(expect.arrayContaining(['QUORATE_MODE', 'MICROSOFT_APP_ID']));
    expect(singleTenant).toContain('MICROSOFT_APP_PASSWORD');
    expect(managedIdentity.filter((name) => !common.includes(name))).toEqual([]);
    expect(singleTenant.filter((name) => ![...common, ...singleTenantOnly].includes(name))).toEqual(
      [],
    );
    // Not refused without, but the deployment depends on them: keyless Cosmos and telemetry.
    expect(common).toEqual(
      expect.arrayContaining(['AZURE_CLIENT_ID', 'APPLICATIONINSIGHTS_CONNECTION_STRING']),
    );
    expect(bicep).toMatch(/^\s+QUORATE_MODE: 'production'$/m);
    expect(bicep).toMatch(
      /properties: union\(appSettings, botAppType == 'SingleTenant' \? singleTenantSettings : \{\}\)/,
    );
  });

  it('declares the containers, partition keys and composite indexes of cosmos-schema.ts', () => {
    const declared = literal(blockAfter(bicep, /^var cosmosContainers = \[/m));
    const expected = Object.values(CONTAINER_DEFINITIONS).map((d) => ({
      name: d.id,
      partitionKey: d.partitionKey,
      compositeIndexes: d.indexingPolicy?.compositeIndexes ?? [],
    }));
    const asSchema = (
      declared as { name: string; partitionKey: string; compositeIndexes: [] }[]
    ).map((c) => ({ ...c, partitionKey: { paths: [c.partitionKey] } }));
    expect(asSchema).toEqual(expected);
    expect(bicep).toMatch(/= \[for container in cosmosContainers: \{/);
    expect(bicep).toMatch(/compositeIndexes: container\.compositeIndexes/);
    expect(bicep).toMatch(/^\s+container\.partitionKey$/m);
  });

  it('names the database the app uses by default', () => {
    expect(bicep).toMatch(
      new RegExp(`^var cosmosDatabaseName = '${loadConfig({}, 'local').cosmos.database}'$`, 'm'),
    );
    expect(keysOf(blockAfter(bicep, /^var appSettings = \{/m))).toContain('COSMOS_DATABASE');
  });

  it('keeps Cosmos keyless in one UK region and the web app on HTTPS with two or more instances', () => {
    expect(bicep).toMatch(/^\s+disableLocalAuth: true$/m);
    expect(bicep).toMatch(/^param cosmosLocation string = 'uksouth'$/m);
    expect(bicep).toMatch(/^\s+enableMultipleWriteLocations: false$/m);
    expect(bicep).toMatch(
      /roleDefinitionId: '\$\{cosmos\.id\}\/sqlRoleDefinitions\/\$\{cosmosDataContributorRoleId\}'/,
    );
    expect(bicep).toMatch(
      /^var cosmosDataContributorRoleId = '00000000-0000-0000-0000-000000000002'$/m,
    );
    expect(bicep).toMatch(/^\s+httpsOnly: true$/m);
    expect(bicep).toMatch(/^\s+alwaysOn: true$/m);
    expect(bicep).toMatch(/^\s+linuxFxVersion: 'NODE\|20-lts'$/m);
    expect(bicep).toMatch(/@minValue\(2\)\n(?:@.*\n)*param instanceCount int = [2-9]\n/);
    expect(bicep).toMatch(/endpoint: botEndpoint/);
    expect(bicep).toMatch(/^var botEndpoint = '\$\{publicBaseUrl\}\/api\/messages'$/m);
    expect(bicep).toMatch(/channelName: 'MsTeamsChannel'/);
  });

  it('has a parameters file that sets only declared, non-secret parameters', async () => {
    const file = JSON.parse(await readFile(join(INFRA, 'main.parameters.json'), 'utf8')) as {
      parameters: Record<string, unknown>;
    };
    const declared = [...bicep.matchAll(/^param (\w+) /gm)].map((m) => m[1]);
    const secure = [...bicep.matchAll(/@secure\(\)\n(?:@.*\n)*param (\w+) /g)].map((m) => m[1]);
    expect(secure.sort()).toEqual(['botAppPassword', 'fileLinkSecret']);
    for (const name of Object.keys(file.parameters)) {
      expect(declared, name).toContain(name);
      expect(secure, `${name} is a secret: pass it on the command line`).not.toContain(name);
    }
  });

  it('outputs what npm run package and the operator need', () => {
    const outputs = [...bicep.matchAll(/^output (\w+) /gm)].map((m) => m[1]);
    expect(outputs).toEqual(
      expect.arrayContaining([
        'botEndpoint',
        'botAppId',
        'identityClientId',
        'cosmosEndpoint',
        'publicBaseUrl',
      ]),
    );
  });
});

describe('the Bicep readers used above', () => {
  it('turn a literal into data and read keys at the top level only', () => {
    const block = `{\n  A_B: 'x'\n  nested: {\n    C: 'y'\n  }\n  list: [\n    {\n      path: '/p'\n    }\n    []\n  ]\n}`;
    expect(literal(block)).toEqual({ A_B: 'x', nested: { C: 'y' }, list: [{ path: '/p' }, []] });
    expect(keysOf(block)).toEqual(['A_B', 'nested', 'list']);
    expect(blockAfter(`var a = {\n  b: '}'\n}\nvar c = 1`, /^var a = \{/m)).toBe(`{\n  b: '}'\n}`);
    expect(literal(`[\n  'it\\'s'\n]`)).toEqual(["it's"]);
  });
});
