import { AlignmentType, HeadingLevel, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

/** The Word document's building blocks: headings, paragraphs and tables whose header rows repeat on every page. */

/** Table text, in half-points: 9 pt, so the wide tables fit a landscape page. */
const TABLE_TEXT_SIZE = 18;
const HEADER_SHADING = 'F3F2F1';

export function heading(text: string, level: 1 | 2): Paragraph {
  return new Paragraph({ text, heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, keepNext: true });
}

export function paragraph(text: string): Paragraph {
  return new Paragraph({ text });
}

export function bullet(text: string): Paragraph {
  return new Paragraph({ text, bullet: { level: 0 } });
}

/** A cell's text: a number or a text; a list of texts is one line each. */
export type CellValue = string | number | readonly string[];

function cell(value: CellValue, header: boolean): TableCell {
  const lines = typeof value === 'number' ? [String(value)] : typeof value === 'string' ? [value] : value;
  const alignment = typeof value === 'number' ? AlignmentType.RIGHT : AlignmentType.LEFT;
  return new TableCell({
    children: (lines.length ? lines : ['']).map((line) => new Paragraph({ alignment, children: [new TextRun({ text: line, bold: header, size: TABLE_TEXT_SIZE })] })),
    shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_SHADING } : undefined
  });
}

/**
 * A table whose first row is its header (w:tblHeader: Word repeats it on each page and screen
 * readers announce it with each cell), no row split across a page, and `bold` rows (totals) in bold.
 */
export function table(header: readonly string[], rows: ReadonlyArray<readonly CellValue[]>, boldRows: number = 0): Table {
  const bodyStart = rows.length - boldRows;
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((text) => cell(text, true)) }),
      ...rows.map((values, index) => new TableRow({ cantSplit: true, children: values.map((value) => cell(value, index >= bodyStart)) }))
    ]
  });
}
