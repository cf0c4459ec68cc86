import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import {
  APP_PACKAGE_DIR,
  APP_PACKAGE_FILES,
  AppPackageError,
  packageSettings,
  writeAppPackage,
} from '../../src/dev/app-manifest.js';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});
const tempDir = async (): Promise<string> => {
  const dir = await mkdtemp(join(tmpdir(), 'quorate-package-'));
  dirs.push(dir);
  return dir;
};

describe('npm run package (writeAppPackage)', () => {
  it('writes a zip with exactly manifest.json, color.png and outline.png at its root', async () => {
    const { values } = packageSettings(
      {
        MICROSOFT_APP_ID: '0b6f7a8e-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
        PUBLIC_BASE_URL: 'https://quorate.example.org',
      },
      '0.1.0',
    );
    const file = join(await tempDir(), 'nested', 'quorate.zip');
    const { manifest } = await writeAppPackage(values, file);
    const zip = await JSZip.loadAsync(await readFile(file));
    const entries = Object.values(zip.files);
    expect(entries.map((e) => e.name).sort()).toEqual([...APP_PACKAGE_FILES].sort());
    expect(entries.every((e) => !e.dir)).toBe(true);
    const packed = JSON.parse(await zip.file('manifest.json')!.async('string')) as unknown;
    expect(packed).toEqual(manifest);
    expect(manifest.bots[0]?.botId).toBe('0b6f7a8e-1c2d-4e5f-8a9b-0c1d2e3f4a5b');
    expect(manifest.validDomains).toEqual(['quorate.example.org']);
    for (const icon of ['color.png', 'outline.png']) {
      expect(await zip.file(icon)!.async('nodebuffer')).toEqual(
        await readFile(join(APP_PACKAGE_DIR, icon)),
      );
    }
  });

  it('writes nothing when the manifest would not validate', async () => {
    const { values } = packageSettings({}, '0.1.0');
    const file = join(await tempDir(), 'quorate.zip');
    const error = await writeAppPackage({ ...values, WEBSITE_URL: 'ftp://example.org' }, file).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppPackageError);
    expect((error as AppPackageError).problems.join('\n')).toContain('/developer/websiteUrl');
    await expect(readFile(file)).rejects.toThrow();
  });
});
