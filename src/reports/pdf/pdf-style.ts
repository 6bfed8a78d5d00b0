// The look of the PDF report in one place: page size, margins, fonts, colours, and text the built-in fonts can show.
import type PDFDocument from 'pdfkit';

export type Doc = InstanceType<typeof PDFDocument>;

export const PAGE = { size: 'A4' as const, margin: 56, top: 72, bottom: 64 };

export const FONT = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique' };

export const COLOUR = {
  ink: '#1f2933',
  muted: '#616e7c',
  rule: '#cbd2d9',
  band: '#1f3864',
  light: '#f0f4f8',
  window: '#d9e2ec',
  major: '#c0392b',
  minor: '#e67e22',
  observation: '#2e86c1',
  review: '#7f8c8d',
  evidenced: '#27ae60',
  stale: '#f1c40f',
  expired: '#e67e22',
  none: '#c0392b',
  done: '#27ae60',
  planned: '#2e86c1',
  proposed: '#95a5a6',
  atRisk: '#e67e22',
  overdue: '#c0392b',
};

export const verdictColour = (verdict: string): string =>
  verdict === 'not-ready' ? COLOUR.major : verdict === 'ready-after-specific-actions' ? COLOUR.minor : COLOUR.evidenced;

// The standard PDF fonts pdfkit ships encode Windows-1252; other characters would print as garbage.
const replacements: Readonly<Record<string, string>> = { '→': '->', '←': '<-', '≥': '>=', '≤': '<=', '✓': 'yes', '✗': 'no', '×': 'x', '−': '-', '\u00a0': ' ' };
const cp1252Extras = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Text as the built-in fonts can print it: a few symbols spelt out, anything else outside Windows-1252 as `?`. */
export function printable(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (replacements[ch] !== undefined) out += replacements[ch];
    else if (code === 10 || (code >= 32 && code < 127) || (code >= 160 && code <= 255) || cp1252Extras.has(ch)) out += ch;
    else out += '?';
  }
  return out;
}

export const contentWidth = (doc: Doc): number => doc.page.width - doc.page.margins.left - doc.page.margins.right;

/** Starts a new page unless `height` points still fit above the bottom margin. */
export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

export function heading(doc: Doc, text: string): void {
  ensureSpace(doc, 80);
  doc.moveDown(0.6);
  doc.font(FONT.bold).fontSize(16).fillColor(COLOUR.band).text(printable(text), doc.page.margins.left, doc.y);
  const y = doc.y + 2;
  doc.moveTo(doc.page.margins.left, y).lineTo(doc.page.width - doc.page.margins.right, y).lineWidth(1).strokeColor(COLOUR.band).stroke();
  doc.moveDown(0.6);
  doc.font(FONT.regular).fontSize(10).fillColor(COLOUR.ink);
}

export function subheading(doc: Doc, text: string, colour: string = COLOUR.ink): void {
  ensureSpace(doc, 50);
  doc.moveDown(0.4);
  doc.font(FONT.bold).fontSize(12).fillColor(colour).text(printable(text), doc.page.margins.left, doc.y);
  doc.moveDown(0.2);
  doc.font(FONT.regular).fontSize(10).fillColor(COLOUR.ink);
}

export function paragraph(doc: Doc, text: string, options: { colour?: string; size?: number; font?: string; indent?: number } = {}): void {
  const indent = options.indent ?? 0;
  doc.font(options.font ?? FONT.regular).fontSize(options.size ?? 10).fillColor(options.colour ?? COLOUR.ink)
    .text(printable(text), doc.page.margins.left + indent, doc.y, { width: contentWidth(doc) - indent, lineGap: 1.5 });
}

export function bullet(doc: Doc, text: string, indent = 0): void {
  const x = doc.page.margins.left + indent;
  doc.font(FONT.regular).fontSize(10).fillColor(COLOUR.ink);
  ensureSpace(doc, 14);
  doc.circle(x + 3, doc.y + 5, 1.6).fill(COLOUR.ink);
  doc.fillColor(COLOUR.ink).text(printable(text), x + 12, doc.y, { width: contentWidth(doc) - indent - 12, lineGap: 1.5 });
  doc.moveDown(0.2);
}
