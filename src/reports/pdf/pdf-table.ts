// Tables in the PDF through pdfkit's own table layout: a shaded bold header, light rules, wrapped cells, page breaks.
import { COLOUR, contentWidth, ensureSpace, FONT, printable, type Doc } from './pdf-style.ts';

export interface PdfColumn {
  readonly header: string;
  /** Width in points, or `*` to share what is left. */
  readonly width: number | '*';
}

export function pdfTable(doc: Doc, columns: readonly PdfColumn[], rows: readonly (readonly (string | number | undefined)[])[]): void {
  ensureSpace(doc, 60);
  doc.x = doc.page.margins.left;
  const border = { top: 0.4, bottom: 0.4, left: 0, right: 0 };
  const header = columns.map((c) => ({ text: printable(c.header), font: { src: FONT.bold, size: 8.5 }, backgroundColor: COLOUR.light, type: 'TH' as const }));
  const body = rows.map((r) => columns.map((_, i) => ({ text: printable(String(r[i] ?? '')), font: { src: FONT.regular, size: 8.5 } })));
  doc.table({
    maxWidth: contentWidth(doc),
    columnStyles: columns.map((c) => c.width),
    defaultStyle: { border, borderColor: COLOUR.rule, padding: [3, 4, 3, 4], textColor: COLOUR.ink },
    data: [header, ...body],
  });
  doc.x = doc.page.margins.left;
  doc.moveDown(0.8);
}
