import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { processEnvironment } from '../config.js';
import {
  APP_PACKAGE_DIR,
  AppPackageError,
  DEFAULT_PACKAGE_FILE,
  packageSettings,
  writeAppPackage,
} from './app-manifest.js';

/**
 * `npm run package [-- <out.zip>]`: fills appPackage/manifest.json from the environment
 * (MICROSOFT_APP_ID, PUBLIC_BASE_URL, TEAMS_APP_* — see docs/deploy.md), validates it against the
 * v1.24 schema offline and writes appPackage/build/quorate.zip for Teams.
 */
const packageApp = async (): Promise<void> => {
  const root = resolve(APP_PACKAGE_DIR, '..');
  const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
    version: string;
  };
  const { values, defaulted } = packageSettings(processEnvironment(), version);
  const outArgument = process.argv[2];
  const outFile = outArgument === undefined ? DEFAULT_PACKAGE_FILE : resolve(outArgument);
  const { file } = await writeAppPackage(values, outFile);
  const shown = relative(process.cwd(), file);
  console.log(`Wrote ${shown.startsWith('..') ? file : shown}`);
  console.log(
    `  Teams app ${values.APP_ID} v${values.APP_VERSION}, bot ${values.BOT_ID}, domain ${values.BOT_DOMAIN}`,
  );
  if (defaulted.includes('MICROSOFT_APP_ID') || defaulted.includes('PUBLIC_BASE_URL')) {
    console.log(
      `  Not set, so local defaults were used: ${defaulted.join(', ')}. Fine to inspect, not to upload.`,
    );
  }
};

packageApp().catch((error: unknown) => {
  console.error(error instanceof AppPackageError ? error.message : error);
  process.exitCode = 1;
});
