// The readiness check as tables: a summary with the Stage 1 verdict, the findings, and the seven readiness steps.
import type { Subject } from '../../checks/types.ts';
import type { ReportContents } from '../report-contents.ts';
import { column, listCell, type SheetTable } from './sheet-table.ts';
import { verdictHeading } from '../../checks/readiness/verdict.ts';

const subjectText = (s: Subject) => `${s.register}/${s.id}${s.label ? ` "${s.label}"` : ''}`;

export function summaryTable(c: ReportContents): SheetTable {
  const { verdict, summary, evidenceIndex } = c.check;
  const cov = c.certification.coverage;
  const pairs: [string, string | number][] = [
    ['Organisation', `${c.aims.organisation.name} (${c.aims.organisation.id})`],
    ['Sector', c.aims.organisation.sector],
    ['As of', c.asOf],
    [verdictHeading(verdict), verdict.label],
    ['Decided by', verdict.decidedBy],
    ...(verdict.standing.certificateOutlook ? [[`Certificate ${verdict.standing.certificate?.number ?? ''}`.trim(), verdict.standing.certificateOutlook] as [string, string]] : []),
    ['Checks run', summary.checks],
    ['Major findings', summary.findings.major],
    ['Minor findings', summary.findings.minor],
    ['Observations', summary.findings.observation],
    ['Needing review', summary.needsReview],
    ['Passed', summary.passed],
    ['Not applicable', summary.notApplicable],
    ['Clauses with current evidence', `${evidenceIndex.summary.clauses.evidenced} of ${evidenceIndex.summary.clauses.total}`],
    ['Applied controls with current evidence', `${evidenceIndex.summary.controls.evidenced} of ${evidenceIndex.summary.controls.total}`],
    ['Asking for no records (verified by interview or observation)', evidenceIndex.summary.clauses.interviewOrObservation + evidenceIndex.summary.controls.interviewOrObservation],
    ['Covered by external audits this cycle', `${cov.percent}%`],
  ];
  return { sheet: 'Summary', file: 'summary', columns: [column('Item'), column('Value', 'long-text')], rows: pairs };
}

export function findingsTable(c: ReportContents): SheetTable {
  const titles = new Map(c.readiness.checks.map((k) => [k.id, k.meta.title]));
  const rows = c.check.findings.map((f) => [
    f.outcome === 'needs-review' ? 'needs review' : f.severity, f.check, titles.get(f.check), listCell(f.refs),
    listCell(f.subjects.map(subjectText), '\n'), f.message, f.fix, f.decidesVerdict,
  ]);
  return {
    sheet: 'Findings',
    file: 'findings',
    columns: [
      column('Severity'), column('Check'), column('Check title'), column('Clauses and controls'), column('About', 'long-text'),
      column('Finding', 'long-text'), column('Fix', 'long-text'), column('Decides the verdict', 'boolean'),
    ],
    rows,
  };
}

export function readinessStepsTable(c: ReportContents): SheetTable {
  const rows = c.check.readinessSteps.map((s) => [
    s.number, s.title, s.state, s.tracked?.status, s.tracked?.dueDate, s.tracked?.completedOn, s.evidence, listCell(s.outstanding, '\n'), s.contradicted,
  ]);
  return {
    sheet: 'Readiness steps',
    file: 'readiness-steps',
    columns: [
      column('Step', 'number'), column('Title'), column('State'), column('Tracked status'), column('Due', 'date'), column('Completed', 'date'),
      column('What the records show', 'long-text'), column('Outstanding', 'long-text'), column('Marked done, not borne out', 'boolean'),
    ],
    rows,
  };
}
