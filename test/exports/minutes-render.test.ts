import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { referenceMinutesInput } from '../../src/dev/reference-minutes.js';
import { renderDocx } from '../../src/dev/render-docx.js';
import { buildMinutesDocx } from '../../src/exports/minutes-docx.js';

/**
 * The minutes as LibreOffice prints them (issue 20, item 3): the .docx of the Herefordshire-style
 * reference meeting is converted to PDF and PNG. Fails — never skips — when `soffice`, `pdftoppm`
 * or `pdftotext` is missing (apt-get install libreoffice-writer-nogui poppler-utils).
 */

/** The PDF's words on one line each run of spaces, so wrapped table cells can be found. */
const flat = (text: string): string => text.replace(/\s+/g, ' ');

describe('the minutes .docx rendered by LibreOffice', () => {
  it('prints to PDF with every part of the reference layout, and to PNG pages', async () => {
    const rendered = await renderDocx(await buildMinutesDocx(referenceMinutesInput()));
    try {
      const text = flat(rendered.text);
      for (const shown of [
        'Draft · RESTRICTED — full minutes for board members; not for publication',
        'Herefordshire Safeguarding Children',
        'Safeguarding Partnership Board — DRAFT',
        'Wednesday 19 February 2020, 10am–12pm, Mordiford Room, Plough Lane, Hereford',
        'Chaired by: Ivan Powell (IP)',
        'Deputies: Gill Cox, Assistant Director, Safeguarding and Family Support (for PG)',
        'Also in attendance: Juliet Bryant (JB), Partnership Business Manager',
        'Apologies: Sian Roberts (SR)',
        'Martin Hughes (MH) arrived at item 2.',
        '1. Neglect strategy and toolkit',
        'Taken 10.25am–10.50am',
        'The board approved the neglect strategy for publication.',
        'Action log review',
        'New actions',
        'Next meeting Wednesday 22 April 2020 10am–12pm',
      ])
        expect(text).toContain(shown);
      /** Table cells wrap in the PDF: their words are there, in order, on some line. */
      expect(text).toMatch(/23\.10\.19\s.*\bDNA\b/);
      expect(text).toMatch(/Ongoing –/);
      expect(text).toMatch(/revised date/);
      expect(text).toMatch(/31\.03\.20/);
      expect(text).not.toMatch(/Welcome\. Welcome/);
      expect(rendered.pages.length).toBeGreaterThanOrEqual(2);
      for (const page of rendered.pages) {
        const png = await readFile(page);
        expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
        expect(png.length).toBeGreaterThan(10_000);
      }
    } finally {
      await rendered.cleanUp();
    }
  }, 240_000);
});
