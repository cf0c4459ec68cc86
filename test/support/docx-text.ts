import JSZip from 'jszip';
import { verifyDownload } from '../../src/services/download-links.js';
import { exportMinutesDocx } from '../../src/services/export-minutes.js';
import type { Harness } from './teams-harness.js';

const SECRET = 'test-secret-test-secret-test-secret';

const unescape = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The texts of a piece of WordprocessingML, one line a paragraph. */
const paragraphs = (xml: string): string[] =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescape(t[1] ?? '')).join(''),
  );

/** What a reader sees in a .docx: its paragraphs (body and header), and its tables cell by cell. */
export type DocxText = {
  /** Every paragraph of the body outside tables, in order. */
  lines: string[];
  /** The body's headings (Word heading styles), in order. */
  headings: string[];
  /** The page header's paragraphs. */
  header: string[];
  /** Each table as rows of cells; a cell's paragraphs joined with "\n". */
  tables: string[][][];
  /** Everything, tags dropped and spaces collapsed. */
  words: string;
};

export const docxText = async (body: Buffer): Promise<DocxText> => {
  const zip = await JSZip.loadAsync(body);
  const xml = await zip.file('word/document.xml')!.async('string');
  const headers = await Promise.all(
    Object.keys(zip.files)
      .filter((f) => /^word\/header\d*\.xml$/.test(f))
      .map((f) => zip.file(f)!.async('string')),
  );
  const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((table) =>
    [...(table[1] ?? '').matchAll(/<w:tr[ >]([\s\S]*?)<\/w:tr>/g)].map((row) =>
      [...(row[1] ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) =>
        paragraphs(cell[1] ?? '').join('\n'),
      ),
    ),
  );
  const headings = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .filter((p) => /<w:pStyle w:val="(?:Heading\d|Title)"\/>/.test(p[0]))
    .flatMap((p) => paragraphs(p[0]));
  return {
    headings,
    lines: paragraphs(xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '')).filter((l) => l !== ''),
    header: headers.flatMap(paragraphs).filter((l) => l !== ''),
    tables,
    words: unescape(
      [xml, ...headers]
        .join(' ')
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' '),
    ),
  };
};

/** The .docx behind the personal link of a `minutes` reply, as the download route serves it. */
export const minutesOfReply = async (h: Harness, reply: string): Promise<DocxText> => {
  const token = /\/files\/([^)\s]+)\)/.exec(reply)?.[1];
  if (token === undefined) throw new Error(`no minutes link in: ${reply}`);
  const grant = verifyDownload(token, SECRET, h.deps.clock.now());
  if (grant === undefined) throw new Error('the minutes link did not verify');
  const file = await exportMinutesDocx(h.deps, grant);
  if (file === undefined) throw new Error('no minutes for that link');
  return docxText(file.body);
};

/** The lines strictly between two headings or lines of the minutes. */
export const between = (lines: readonly string[], from: string, to: string): string[] =>
  lines.slice(lines.indexOf(from) + 1, lines.indexOf(to));

/**
 * The agenda part of the minutes split into the "Taken 2.05pm–2.25pm" lines (from the test clock;
 * a reference has none) and the rest, which a reference's text is compared with.
 */
export const agendaLines = (lines: readonly string[]): { taken: string[]; said: string[] } => {
  const agenda = between(lines, 'Agenda and notes', 'Action log review');
  return {
    taken: agenda.filter((l) => l.startsWith('Taken ')),
    said: agenda.filter((l) => !l.startsWith('Taken ')),
  };
};
