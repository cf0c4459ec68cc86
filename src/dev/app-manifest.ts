import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { ValidateFunction } from 'ajv-draft-04';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import JSZip from 'jszip';

/** The Teams app package sources: the manifest template and the two icons. */
export const APP_PACKAGE_DIR = resolve(__dirname, '../../appPackage');
export const MANIFEST_TEMPLATE_FILE = join(APP_PACKAGE_DIR, 'manifest.json');
export const DEFAULT_PACKAGE_FILE = join(APP_PACKAGE_DIR, 'build', 'quorate.zip');
/** What the zip holds, at its root: nothing else. */
export const APP_PACKAGE_FILES = ['manifest.json', 'color.png', 'outline.png'] as const;

export const MANIFEST_VERSION = '1.24';
/** The official schema, as bundled by @microsoft/app-manifest (its validateManifest() downloads it). */
export const MANIFEST_SCHEMA_FILE = join(
  dirname(require.resolve('@microsoft/app-manifest/package.json')),
  'build/json-schemas/teams',
  `v${MANIFEST_VERSION}`,
  'MicrosoftTeams.schema.json',
);

/** Teams shows at most 10 commands per list, titles up to 32 and descriptions up to 128 characters. */
export const COMMAND_LIMITS = { perList: 10, title: 32, description: 128 } as const;

export type BotCommand = { title: string; description: string };
export type ComposeExtensionCommand = {
  id: string;
  type?: 'query' | 'action';
  fetchTask?: boolean;
  context?: string[];
};
/** The parts of a Teams manifest that Quorate's tests and packaging read; the rest passes through. */
export type TeamsManifest = {
  $schema: string;
  manifestVersion: string;
  version: string;
  id: string;
  icons: { color: string; outline: string };
  bots: {
    botId: string;
    scopes: string[];
    supportsFiles?: boolean;
    commandLists?: { scopes: string[]; commands: BotCommand[] }[];
  }[];
  composeExtensions?: { botId?: string; commands?: ComposeExtensionCommand[] }[];
  validDomains?: string[];
  webApplicationInfo?: { id: string; resource?: string };
  authorization?: { permissions?: { resourceSpecific?: { name: string; type: string }[] } };
  [key: string]: unknown;
};

/** Values of the template's `${{NAME}}` placeholders. */
export type ManifestValues = {
  APP_ID: string;
  APP_VERSION: string;
  BOT_ID: string;
  BOT_DOMAIN: string;
  DEVELOPER_NAME: string;
  WEBSITE_URL: string;
  PRIVACY_URL: string;
  TERMS_URL: string;
};

export class AppPackageError extends Error {
  override name = 'AppPackageError';
  constructor(
    message: string,
    readonly problems: string[] = [],
  ) {
    super(problems.length === 0 ? message : `${message}:\n  ${problems.join('\n  ')}`);
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** Fictional ids for a package that is only looked at or sideloaded into a test tenant. */
export const LOCAL_DEFAULTS = {
  TEAMS_APP_ID: '7d3c1a52-0f4e-4b8a-9c61-5e2f0a9b7c14',
  MICROSOFT_APP_ID: '00000000-0000-4000-8000-0000000000b0',
  PUBLIC_BASE_URL: 'https://localhost',
  TEAMS_APP_DEVELOPER_NAME: 'Quorate',
} as const;

/** The environment variables `npm run package` reads (all optional; see docs/deploy.md). */
export const PACKAGE_VARIABLES = [
  'MICROSOFT_APP_ID',
  'PUBLIC_BASE_URL',
  'TEAMS_APP_ID',
  'TEAMS_APP_VERSION',
  'TEAMS_APP_DEVELOPER_NAME',
  'TEAMS_APP_WEBSITE_URL',
  'TEAMS_APP_PRIVACY_URL',
  'TEAMS_APP_TERMS_URL',
] as const;

export type PackageSettings = {
  values: ManifestValues;
  /** Variables that were not set, so a local default was used. */
  defaulted: string[];
};

const httpsUrl = (name: string, raw: string): string => {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AppPackageError(`${name} is not a URL: "${raw}"`);
  }
  if (url.protocol !== 'https:') throw new AppPackageError(`${name} must start with https://`);
  return url.href;
};

/**
 * The placeholder values from the environment, with local defaults so that a package can be built
 * with nothing set. `appVersion` is the fallback for TEAMS_APP_VERSION (package.json's version).
 */
export const packageSettings = (
  env: Record<string, string | undefined>,
  appVersion: string,
): PackageSettings => {
  const defaulted: string[] = [];
  const read = (name: (typeof PACKAGE_VARIABLES)[number], fallback: string): string => {
    const value = env[name]?.trim() ?? '';
    if (value !== '') return value;
    defaulted.push(name);
    return fallback;
  };
  const appId = read('TEAMS_APP_ID', LOCAL_DEFAULTS.TEAMS_APP_ID);
  if (!GUID.test(appId)) throw new AppPackageError('TEAMS_APP_ID must be a GUID');
  const botId = read('MICROSOFT_APP_ID', LOCAL_DEFAULTS.MICROSOFT_APP_ID);
  if (!GUID.test(botId))
    throw new AppPackageError('MICROSOFT_APP_ID must be the bot’s app (client) id, a GUID');
  const version = read('TEAMS_APP_VERSION', appVersion);
  if (!SEMVER.test(version))
    throw new AppPackageError(`TEAMS_APP_VERSION must look like 1.2.3, not "${version}"`);
  const base = new URL(
    httpsUrl('PUBLIC_BASE_URL', read('PUBLIC_BASE_URL', LOCAL_DEFAULTS.PUBLIC_BASE_URL)),
  );
  const website = httpsUrl('TEAMS_APP_WEBSITE_URL', read('TEAMS_APP_WEBSITE_URL', base.origin));
  return {
    values: {
      APP_ID: appId.toLowerCase(),
      APP_VERSION: version,
      BOT_ID: botId.toLowerCase(),
      BOT_DOMAIN: base.hostname,
      DEVELOPER_NAME: read('TEAMS_APP_DEVELOPER_NAME', LOCAL_DEFAULTS.TEAMS_APP_DEVELOPER_NAME),
      WEBSITE_URL: website,
      PRIVACY_URL: httpsUrl('TEAMS_APP_PRIVACY_URL', read('TEAMS_APP_PRIVACY_URL', website)),
      TERMS_URL: httpsUrl('TEAMS_APP_TERMS_URL', read('TEAMS_APP_TERMS_URL', website)),
    },
    defaulted,
  };
};

const PLACEHOLDER = /\$\{\{([A-Za-z0-9_]+)\}\}/g;

/** The placeholder names a template uses, in order of first use. */
export const placeholdersOf = (template: string): string[] => [
  ...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '')),
];

/**
 * Replaces every `${{NAME}}` in a JSON template with its value, escaped for a JSON string. A name
 * without a value is an error, so nothing unfilled reaches a package.
 */
export const fillTemplate = (template: string, values: Record<string, string>): string => {
  const missing = placeholdersOf(template).filter((name) => values[name] === undefined);
  if (missing.length > 0)
    throw new AppPackageError(`No value for ${missing.map((m) => `\${{${m}}}`).join(', ')}`);
  return template.replace(PLACEHOLDER, (_match, name: string) =>
    JSON.stringify(values[name] ?? '').slice(1, -1),
  );
};

let validator: ValidateFunction | undefined;

const schemaValidator = async (): Promise<ValidateFunction> => {
  if (validator !== undefined) return validator;
  const schema = JSON.parse(await readFile(MANIFEST_SCHEMA_FILE, 'utf8')) as Record<
    string,
    unknown
  >;
  // The official schema uses annotations Ajv's strict mode does not know.
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  validator = ajv.compile(schema);
  return validator;
};

/**
 * What is wrong with a manifest: the official v1.24 schema, offline, then the limits Teams applies
 * to bot command lists beyond the schema. Empty when it is fine.
 */
export const manifestProblems = async (manifest: unknown): Promise<string[]> => {
  const validate = await schemaValidator();
  const problems =
    validate(manifest) === true
      ? []
      : (validate.errors ?? []).map(
          (e) =>
            `${e.instancePath === '' ? '(manifest)' : e.instancePath} ${e.message ?? e.keyword}` +
            (e.keyword === 'enum' ? ` (${JSON.stringify(e.params)})` : ''),
        );
  const bots = (manifest as Partial<TeamsManifest>).bots;
  (Array.isArray(bots) ? bots : []).forEach((bot, b) => {
    (bot.commandLists ?? []).forEach((list, l) => {
      const where = `/bots/${b}/commandLists/${l}`;
      if (list.commands.length > COMMAND_LIMITS.perList)
        problems.push(`${where} has ${list.commands.length} commands; Teams shows 10 at most`);
      list.commands.forEach((c, i) => {
        if (c.title.length > COMMAND_LIMITS.title)
          problems.push(`${where}/commands/${i} title "${c.title}" is over 32 characters`);
        if (c.description.length > COMMAND_LIMITS.description)
          problems.push(`${where}/commands/${i} description is over 128 characters`);
      });
    });
  });
  return problems;
};

/** The template filled with these values, checked against the schema; throws with the problems. */
export const appManifest = async (values: ManifestValues): Promise<TeamsManifest> => {
  const template = await readFile(MANIFEST_TEMPLATE_FILE, 'utf8');
  const manifest = JSON.parse(fillTemplate(template, values)) as unknown;
  const problems = await manifestProblems(manifest);
  if (problems.length > 0) throw new AppPackageError('The app manifest is not valid', problems);
  return manifest as TeamsManifest;
};

/** Builds the app package zip (manifest.json, color.png, outline.png at its root). */
export const writeAppPackage = async (
  values: ManifestValues,
  outFile: string = DEFAULT_PACKAGE_FILE,
): Promise<{ file: string; manifest: TeamsManifest }> => {
  const manifest = await appManifest(values);
  const zip = new JSZip();
  // A fixed date, so the same inputs give the same zip.
  const date = new Date('2024-01-01T00:00:00Z');
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`, { date });
  for (const icon of [manifest.icons.color, manifest.icons.outline]) {
    zip.file(icon, await readFile(join(APP_PACKAGE_DIR, icon)), { date });
  }
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  await mkdir(dirname(outFile), { recursive: true });
  await writeFile(outFile, bytes);
  return { file: outFile, manifest };
};
