import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { SourceFile } from './architecture.js';

/** Every .ts file under `root`, with its path relative to `root` in forward slashes. */
export const readSourceTree = async (root: string): Promise<SourceFile[]> => {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  return Promise.all(
    files.map(async (file) => ({
      path: relative(root, file).split(sep).join('/'),
      text: await readFile(file, 'utf8'),
    })),
  );
};
