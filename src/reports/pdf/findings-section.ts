// The findings section: a chart of findings per clause and Annex A group, then every finding by severity with its
// clause references, the records it is about and the fix.
import type { CheckOutputFinding } from '../../checks/readiness/readiness.ts';
import type { ReportContents } from '../report-contents.ts';
import { findingsChart } from './charts.ts';
import { COLOUR, contentWidth, ensureSpace, FONT, heading, paragraph, printable, subheading, type Doc } from './pdf-style.ts';
import { findingsByGroup } from './report-figures.ts';

const groups: readonly { title: string; colour: string; match: (f: CheckOutputFinding) => boolean }[] = [
  { title: 'Major findings', colour: COLOUR.major, match: (f) => f.outcome === 'finding' && f.severity === 'major' },
  { title: 'Minor findings', colour: COLOUR.minor, match: (f) => f.outcome === 'finding' && f.severity === 'minor' },
  { title: 'Observations', colour: COLOUR.observation, match: (f) => f.outcome === 'finding' && f.severity === 'observation' },
  { title: 'Needing a person’s review', colour: COLOUR.review, match: (f) => f.outcome === 'needs-review' },
];

function finding(doc: Doc, f: CheckOutputFinding, n: number, title: string | undefined, colour: string): void {
  ensureSpace(doc, 90);
  const left = doc.page.margins.left;
  const top = doc.y;
  doc.font(FONT.bold).fontSize(10).fillColor(COLOUR.ink)
    .text(printable(`${n}. ${title ?? f.check}`), left + 10, top, { width: contentWidth(doc) - 10, continued: false });
  doc.font(FONT.regular).fontSize(8.5).fillColor(COLOUR.muted)
    .text(printable(`${f.check} · ${f.refs.join(', ')}${f.decidesVerdict ? ' · decides the verdict' : ''}`), left + 10, doc.y, { width: contentWidth(doc) - 10 });
  doc.moveDown(0.2);
  paragraph(doc, f.message, { indent: 10 });
  if (f.subjects.length > 0) {
    const about = f.subjects.map((s) => `${s.register}/${s.id}${s.label ? ` "${s.label}"` : ''}`).join('; ');
    paragraph(doc, `About: ${about}`, { indent: 10, size: 8.5, colour: COLOUR.muted });
  }
  doc.moveDown(0.2);
  paragraph(doc, `Fix: ${f.fix}`, { indent: 10, font: FONT.italic, size: 9.5 });
  const bottom = doc.y;
  // A coloured rule beside the finding; one that broke across pages gets none rather than a wrong one.
  if (bottom > top) doc.rect(left, top, 3, bottom - top).fill(colour);
  doc.moveDown(0.8);
}

export function findingsSection(doc: Doc, c: ReportContents): void {
  heading(doc, '2. Findings by severity');
  const { findings } = c.check;
  const titles = new Map(c.readiness.checks.map((k) => [k.id, k.meta.title]));
  paragraph(doc, `${findings.length} results to act on. The chart counts each finding once per clause (4–10) and Annex A group (A.2–A.10) it cites.`);
  doc.moveDown(0.5);
  ensureSpace(doc, 200);
  const box = { x: doc.page.margins.left, y: doc.y, width: contentWidth(doc), height: 180 };
  findingsChart(doc, findingsByGroup(findings), box);
  doc.y = box.y + box.height + 12;
  doc.x = doc.page.margins.left;
  let n = 0;
  for (const g of groups) {
    const list = findings.filter(g.match);
    if (list.length === 0) continue;
    subheading(doc, `${g.title} (${list.length})`, g.colour);
    for (const f of list) finding(doc, f, ++n, titles.get(f.check), g.colour);
  }
  if (findings.length === 0) paragraph(doc, 'No findings: every check passed or did not apply.', { colour: COLOUR.muted });
}
