import { copyFile, mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { buildMinutesDocx } from '../exports/minutes-docx.js';
import { referenceMinutesInput } from './reference-minutes.js';
import { renderDocx } from './render-docx.js';

/**
 * `npm run screenshot:minutes`: renders the minutes of the Herefordshire-style reference meeting
 * (dev/reference-minutes.ts) with LibreOffice and writes its pages to
 * docs/screenshots/minutes-page-<n>.png.
 */
const renderMinutesPages = async (): Promise<void> => {
  const out = resolve(__dirname, '../../docs/screenshots');
  await mkdir(out, { recursive: true });
  const rendered = await renderDocx(await buildMinutesDocx(referenceMinutesInput()), { dpi: 80 });
  try {
    for (const [index, page] of rendered.pages.entries()) {
      const target = resolve(out, `minutes-page-${index + 1}.png`);
      await copyFile(page, target);
      console.log(`wrote ${target}`);
    }
  } finally {
    await rendered.cleanUp();
  }
};

renderMinutesPages().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
