// The seven readiness steps with what the records show and what is outstanding, and the certification timeline as a
// Gantt-like chart with the table of its dated events.
import type { ReportContents } from '../report-contents.ts';
import { timelineChart } from './charts.ts';
import { pdfTable } from './pdf-table.ts';
import { COLOUR, contentWidth, ensureSpace, heading, paragraph, type Doc } from './pdf-style.ts';

const stateWords = { done: 'Done', 'in-progress': 'In progress', 'not-started': 'Not started' } as const;

export function stepsSection(doc: Doc, c: ReportContents): void {
  heading(doc, '4. The seven readiness steps');
  const steps = c.check.readinessSteps;
  paragraph(doc, `${steps.filter((s) => s.state === 'done').length} of ${steps.length} steps are done as the records show them.`);
  doc.moveDown(0.4);
  pdfTable(doc, [{ header: 'Step', width: 130 }, { header: 'State', width: 62 }, { header: 'What the records show', width: '*' }, { header: 'Still to do', width: 150 }],
    steps.map((s) => [
      `${s.number}. ${s.title}`,
      `${stateWords[s.state]}${s.contradicted ? ' (marked done, not borne out)' : ''}`,
      s.evidence,
      s.outstanding.join(' '),
    ]));
}

export function timelineSection(doc: Doc, c: ReportContents): void {
  const cycle = c.certification.cycle;
  // The heading, its paragraph and the chart belong on one page.
  ensureSpace(doc, 120 + (cycle?.events.length ?? 0) * 16);
  heading(doc, '5. Certification timeline');
  if (!cycle) {
    paragraph(doc, 'No certificate, Stage 2 audit or target date is on record, so there is no cycle to show yet. Plan one with `aims plan --stage2 <date>`.', { colour: COLOUR.muted });
    return;
  }
  const anchored = { certificate: 'the current certificate', 'stage-2': 'the recorded Stage 2 audit', target: 'the target Stage 2 date' }[cycle.anchoredOn];
  paragraph(doc, `The three-year cycle as the records show it, anchored on ${anchored}. Shaded bands are the windows a rule allows; the dashed line is ${c.asOf}.`);
  doc.moveDown(0.5);
  const height = 44 + cycle.events.length * 16;
  ensureSpace(doc, height + 10);
  const box = { x: doc.page.margins.left, y: doc.y, width: contentWidth(doc), height };
  timelineChart(doc, cycle.events, c.asOf, box);
  doc.y = box.y + box.height + 12;
  doc.x = doc.page.margins.left;
  pdfTable(doc, [{ header: 'Event', width: 150 }, { header: 'Dates', width: 110 }, { header: 'Status', width: 52 }, { header: 'Basis and risks', width: '*' }],
    cycle.events.map((e) => [
      e.title,
      `${e.start === e.end ? e.start : `${e.start} to ${e.end}`}${e.dueBy ? `\ndue by ${e.dueBy}` : ''}`,
      e.status,
      [e.basis, ...(e.risks ?? [])].join(' '),
    ]));
  const cov = c.certification.coverage;
  paragraph(doc, `External audits held this cycle have covered ${cov.percent}% of the AIMS (${cov.covered.clauses.length} of ${cov.universe.clauses.length} leaf clauses, `
    + `${cov.covered.controls.length} of ${cov.universe.controls.length} applicable controls).`);
}
