import { HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

/** A4 text width with the default margins, in twentieths of a point. */
export const TEXT_WIDTH = 9026;

/** A table cell; a value with line breaks becomes one paragraph a line. */
const cell = (value: string, bold = false): TableCell =>
  new TableCell({
    children: value
      .split('\n')
      .map((line) => new Paragraph({ children: [new TextRun({ text: line, bold, size: 20 })] })),
  });

/** A full-width table; `widths` are relative column widths (twentieths of a point, summed to the text width). */
export const docxTable = (header: string[], rows: string[][], widths: number[]): Table => {
  const total = widths.reduce((a, b) => a + b, 0);
  const columnWidths = widths.map((w) => Math.round((w / total) * TEXT_WIDTH));
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths,
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
    ],
  });
};

export const para = (
  value: string,
  options: { bold?: boolean; italics?: boolean } = {},
): Paragraph =>
  new Paragraph({ children: [new TextRun({ text: value, ...options })], spacing: { after: 120 } });

/** "Label: value" with the label in bold, as minutes set out "Apologies:", "Present:". */
export const labelled = (label: string, value: string): Paragraph =>
  new Paragraph({
    children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun({ text: value })],
    spacing: { after: 120 },
  });

export const heading = (text: string, level: 1 | 2 | 3): Paragraph =>
  new Paragraph({
    text,
    heading:
      level === 1
        ? HeadingLevel.HEADING_1
        : level === 2
          ? HeadingLevel.HEADING_2
          : HeadingLevel.HEADING_3,
  });

export type DocxBlock = Paragraph | Table;
