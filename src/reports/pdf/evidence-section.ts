// The evidence index summary: coverage per clause and Annex A group as bars, the key documents, and the gaps left.
import type { ReportContents } from '../report-contents.ts';
import { coverageChart } from './charts.ts';
import { pdfTable } from './pdf-table.ts';
import { COLOUR, contentWidth, ensureSpace, heading, paragraph, subheading, type Doc } from './pdf-style.ts';
import { coverageByGroup } from './report-figures.ts';

const statusWords: Readonly<Record<string, string>> = {
  current: 'current', stale: 'stale', expired: 'expired', missing: 'missing', draft: 'draft only', evidenced: 'current evidence',
  'interview-or-observation': 'by interview or observation', 'only-stale': 'only stale evidence', 'only-expired': 'only expired evidence', 'no-evidence': 'no evidence',
};

export function evidenceSection(doc: Doc, c: ReportContents): void {
  const index = c.readiness.evidenceIndex;
  const { clauses, controls } = index.summary;
  heading(doc, '3. Evidence index');
  paragraph(doc, `${clauses.evidenced} of ${clauses.total} clauses and ${controls.evidenced} of ${controls.total} applied controls have current evidence; `
    + `${clauses.interviewOrObservation + controls.interviewOrObservation} ask for no records and are verified by interview or observation; `
    + `${clauses.onlyStale + controls.onlyStale} have only stale evidence, ${clauses.onlyExpired + controls.onlyExpired} only expired evidence and `
    + `${clauses.noEvidence + controls.noEvidence} none. Each bar shows the leaf clauses of a clause, or the applied controls of an Annex A group.`);
  doc.moveDown(0.5);
  const groups = coverageByGroup(index);
  const height = 16 + groups.length * 16;
  ensureSpace(doc, height + 10);
  const box = { x: doc.page.margins.left, y: doc.y, width: contentWidth(doc), height };
  coverageChart(doc, groups, box);
  doc.y = box.y + box.height + 10;
  doc.x = doc.page.margins.left;

  subheading(doc, 'Key documents an auditor asks for first');
  pdfTable(doc, [{ header: 'Document', width: 170 }, { header: 'Status', width: 80 }, { header: 'Records', width: '*' }],
    index.keyDocuments.map((k) => [k.title, statusWords[k.status] ?? k.status, k.records.map((r) => r.label ?? r.id).join('; ')]));

  subheading(doc, `Gaps (${index.gaps.length})`);
  if (index.gaps.length === 0) {
    paragraph(doc, 'Every leaf clause and applied control has at least one current record.', { colour: COLOUR.muted });
    return;
  }
  pdfTable(doc, [{ header: 'Ref', width: 50 }, { header: 'Title', width: '*' }, { header: 'Status', width: 110 }, { header: 'Records there are', width: 130 }],
    index.gaps.map((g) => [g.ref, g.title, statusWords[g.status] ?? g.status, g.evidence.map((e) => `${e.label} (${e.freshness})`).join('; ')]));
}
