// The readiness report as a PDF a compliance manager hands to top management: title page, verdict, findings,
// evidence index, readiness steps and certification timeline, with a running header and page numbers.
import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import PDFDocument from 'pdfkit';
import type { ReportContents } from '../report-contents.ts';
import type { ProgressListener } from '../spreadsheet/progress.ts';
import { evidenceSection } from './evidence-section.ts';
import { findingsSection } from './findings-section.ts';
import { COLOUR, FONT, PAGE, printable, type Doc } from './pdf-style.ts';
import { stepsSection, timelineSection } from './steps-and-timeline.ts';
import { titlePage, verdictSection } from './title-and-verdict.ts';

/** Draws the header and "Page n of m" on every page but the title page, once all pages exist. */
function pageFrames(doc: Doc, c: ReportContents): number {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    if (i === range.start) continue;
    doc.switchToPage(i);
    const { left, right } = doc.page.margins;
    const width = doc.page.width - left - right;
    // Writing in the margins must not make pdfkit start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font(FONT.regular).fontSize(8).fillColor(COLOUR.muted);
    doc.text(printable(`AIMS readiness report · ${c.aims.organisation.name}`), left, 32, { width: width / 2, lineBreak: false, ellipsis: true });
    doc.text(`As of ${c.asOf}`, left + width / 2, 32, { width: width / 2, align: 'right', lineBreak: false });
    doc.moveTo(left, 46).lineTo(left + width, 46).lineWidth(0.5).strokeColor(COLOUR.rule).stroke();
    doc.text(`Page ${i - range.start + 1} of ${range.count}`, left, doc.page.height - 40, { width, align: 'center', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  return range.count;
}

/** Renders the report into a pdfkit document; returns the document (not yet ended) and its page count. */
export function renderReadinessPdf(c: ReportContents, onProgress?: ProgressListener): { doc: Doc; pages: number } {
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.margin, right: PAGE.margin },
    bufferPages: true,
    // The as-of date, not the clock: the same records give the same document.
    info: {
      Title: `AIMS readiness report: ${c.aims.organisation.name}`,
      Author: 'OpenAIMS',
      Subject: 'ISO/IEC 42001 certification readiness',
      CreationDate: new Date(`${c.asOf}T00:00:00Z`),
    },
  });
  const sections: [string, (doc: Doc, c: ReportContents) => void][] = [
    ['title page', titlePage], ['verdict', verdictSection], ['findings', findingsSection], ['evidence index', evidenceSection],
    ['readiness steps', stepsSection], ['timeline', timelineSection],
  ];
  sections.forEach(([what, draw], i) => {
    if (i === 1) doc.addPage();
    draw(doc, c);
    onProgress?.(i + 1, sections.length + 1, what);
  });
  const pages = pageFrames(doc, c);
  onProgress?.(sections.length + 1, sections.length + 1, 'page numbers');
  return { doc, pages };
}

/** Writes the report to `file`; resolves with its page count and size once the file is complete. */
export async function writeReadinessPdf(file: string, c: ReportContents, onProgress?: ProgressListener): Promise<{ pages: number; bytes: number }> {
  const out = createWriteStream(file);
  const done = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
  });
  const { doc, pages } = renderReadinessPdf(c, onProgress);
  doc.pipe(out);
  doc.end();
  await done;
  return { pages, bytes: (await stat(file)).size };
}
