import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The Debian packages that give `soffice` (headless Writer) and `pdftoppm`/`pdftotext`. */
export const RENDER_PACKAGES = 'libreoffice-writer-nogui poppler-utils';

export type RenderedDocx = {
  /** The unique directory of this run; `cleanUp` removes it. */
  dir: string;
  pdf: string;
  /** One PNG a page, in page order. */
  pages: string[];
  /** The PDF's text (`pdftotext -layout`). */
  text: string;
  cleanUp: () => Promise<void>;
};

const have = async (command: string): Promise<boolean> =>
  run('sh', ['-c', `command -v ${command}`]).then(
    () => true,
    () => false,
  );

/**
 * Renders a .docx as LibreOffice prints it: to PDF with `soffice --headless`, then each page to a
 * PNG with `pdftoppm`. Each run has its own temporary directory and its own LibreOffice profile
 * (`-env:UserInstallation`), so parallel runs never share the profile lock. Throws, naming the
 * packages to install, when a tool is missing.
 */
export const renderDocx = async (
  docx: Buffer,
  options: { name?: string; dpi?: number } = {},
): Promise<RenderedDocx> => {
  for (const tool of ['soffice', 'pdftoppm', 'pdftotext'])
    if (!(await have(tool)))
      throw new Error(`${tool} is not installed: apt-get install ${RENDER_PACKAGES}`);
  const dir = await mkdtemp(join(tmpdir(), 'quorate-render-'));
  const cleanUp = (): Promise<void> => rm(dir, { recursive: true, force: true });
  try {
    const name = options.name ?? 'minutes';
    const source = join(dir, `${name}.docx`);
    await writeFile(source, docx);
    await run(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        source,
      ],
      { timeout: 180_000 },
    );
    const pdf = join(dir, `${name}.pdf`);
    await run('pdftoppm', ['-png', '-r', String(options.dpi ?? 80), pdf, join(dir, 'page')], {
      timeout: 60_000,
    });
    const pages = (await readdir(dir))
      .filter((f) => /^page-\d+\.png$/.test(f))
      .sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]))
      .map((f) => join(dir, f));
    const { stdout } = await run('pdftotext', ['-layout', pdf, '-'], { timeout: 60_000 });
    return { dir, pdf, pages, text: stdout, cleanUp };
  } catch (error) {
    await cleanUp();
    throw error;
  }
};
