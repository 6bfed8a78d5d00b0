// The readiness report as text, read like a good linter's output: findings by severity, each with its clauses,
// the records it is about and how to fix it; then the summary, the evidence index, the steps, and the verdict last.
import type { CoverageStatus, EvidenceIndex } from '../checks/readiness/evidence-index.ts';
import type { CheckOutput, CheckOutputFinding } from '../checks/readiness/readiness.ts';
import type { ReadinessStepStatus } from '../checks/readiness/readiness-steps.ts';
import { plural } from '../domain/wording.ts';
import type { Subject } from '../checks/types.ts';
import { verdictHeading } from '../checks/readiness/verdict.ts';

/** Subjects shown per finding; the JSON output has them all. */
const MAX_SUBJECTS = 5;
const MAX_GAPS = 12;
/** Instances shown per finding; the JSON output has them all. */
const MAX_INSTANCES = 10;

function subjectText(s: Subject): string {
  return s.label && s.label !== s.id ? `${s.register}/${s.id} "${s.label}"` : `${s.register}/${s.id}`;
}

function findingText(f: CheckOutputFinding): string[] {
  const head = `  ${f.check}  [${f.refs.join(', ')}]${f.outcome === 'needs-review' ? `  (${f.severity} if confirmed)` : ''}`;
  const lines = [head, `    ${f.message}`];
  if (f.instances.length > 0) {
    for (const i of f.instances.slice(0, MAX_INSTANCES)) lines.push(`      - ${i.message}`);
    if (f.instances.length > MAX_INSTANCES) lines.push(`      … and ${f.instances.length - MAX_INSTANCES} more`);
  }
  if (f.grading && f.outcome === 'finding') lines.push(`    grade: ${f.grading.basis}`);
  if (f.subjects.length > 0) {
    const shown = f.subjects.slice(0, MAX_SUBJECTS).map(subjectText).join(', ');
    const more = f.subjects.length > MAX_SUBJECTS ? ` and ${f.subjects.length - MAX_SUBJECTS} more` : '';
    lines.push(`    about: ${shown}${more}`);
  }
  if (f.fix) lines.push(`    fix:   ${f.fix}`);
  return lines;
}

const statusWords: Record<CoverageStatus, string> = {
  evidenced: 'current',
  'interview-or-observation': 'verified by interview or observation',
  'only-stale': 'stale only',
  'only-expired': 'expired only',
  'no-evidence': 'missing',
};

function evidenceIndexText(index: EvidenceIndex): string[] {
  const { clauses, controls } = index.summary;
  const lines = [
    'Evidence index',
    `  ${clauses.evidenced} of ${plural(clauses.total, 'clause')} and ${controls.evidenced} of ${plural(controls.total, 'applied control')} have current evidence;` +
      ` ${clauses.interviewOrObservation + controls.interviewOrObservation} ask for no records and are verified by interview or observation;` +
      ` ${clauses.onlyStale + controls.onlyStale} only stale, ${clauses.onlyExpired + controls.onlyExpired} only expired, ${clauses.noEvidence + controls.noEvidence} with none.`,
    `  Key documents: ${index.keyDocuments.map((k) => `${k.title} ${statusWords[k.status]}`).join('; ')}.`,
  ];
  if (index.gaps.length > 0) {
    const shown = index.gaps.slice(0, MAX_GAPS).map((g) => `${g.ref} (${statusWords[g.status]})`);
    const more = index.gaps.length > MAX_GAPS ? ` and ${index.gaps.length - MAX_GAPS} more` : '';
    lines.push(`  Gaps: ${shown.join(', ')}${more}.`);
  }
  return lines;
}

const marks = { done: '[x]', 'in-progress': '[~]', 'not-started': '[ ]' } as const;

function stepsText(steps: readonly ReadinessStepStatus[]): string[] {
  const lines = ['Readiness steps'];
  for (const s of steps) {
    const tracked = s.tracked ? ` (tracked: ${s.tracked.status}${s.contradicted ? ', not borne out by the records' : ''})` : '';
    lines.push(`  ${marks[s.state]} ${s.number}. ${s.title}${tracked} — ${s.evidence}`);
    for (const o of s.outstanding) lines.push(`        next: ${o}`);
  }
  return lines;
}

const objectiveMarks = { met: '[x]', concern: '[~]', 'not-met': '[ ]' } as const;

function objectivesText(output: CheckOutput): string[] {
  const lines = ['Stage 1 objectives'];
  for (const o of output.verdict.objectives) {
    lines.push(`  ${objectiveMarks[o.status]} ${o.title}${o.status === 'not-met' ? ' — not met' : o.status === 'concern' ? ' — area of concern' : ''}`);
    for (const r of o.reasons.slice(0, 3)) lines.push(`        ${r}`);
    if (o.reasons.length > 3) lines.push(`        … and ${o.reasons.length - 3} more`);
  }
  return lines;
}

export function renderCheckText(output: CheckOutput): string {
  const { summary, verdict } = output;
  const lines: string[] = [`OpenAIMS readiness check of ${summary.organisation.name} (${summary.organisation.id}) as of ${summary.asOf}`, ''];
  const groups: [string, CheckOutputFinding[]][] = [
    ['MAJOR', output.findings.filter((f) => f.outcome === 'finding' && f.severity === 'major')],
    ['MINOR', output.findings.filter((f) => f.outcome === 'finding' && f.severity === 'minor')],
    ['OBSERVATION', output.findings.filter((f) => f.outcome === 'finding' && f.severity === 'observation')],
    ['NEEDS REVIEW', output.findings.filter((f) => f.outcome === 'needs-review')],
  ];
  for (const [title, findings] of groups) {
    if (findings.length === 0) continue;
    lines.push(`${title} (${findings.length})`);
    for (const f of findings) lines.push(...findingText(f), '');
  }
  const { findings } = summary;
  const total = findings.major + findings.minor + findings.observation;
  lines.push(
    `${plural(summary.checks, 'check')}: ${plural(total, 'finding')} (${findings.major} major, ${findings.minor} minor, ${plural(findings.observation, 'observation')}),` +
      ` ${summary.needsReview} to review, ${summary.passed} passed, ${summary.notApplicable} not applicable.`,
    '',
    ...evidenceIndexText(output.evidenceIndex),
    '',
    ...stepsText(output.readinessSteps),
    '',
    ...objectivesText(output),
    '',
    `${verdictHeading(verdict)}: ${verdict.label.toUpperCase()} — ${verdict.decidedBy}`,
    ...verdict.reasons.map((r) => `  - ${r.text}`),
    ...(verdict.standing.certificateOutlook ? [`  Certificate ${verdict.standing.certificate?.number ?? ''}: ${verdict.standing.certificateOutlook}`] : []),
    ...(verdict.certificationRisks.length > 0
      ? ['', 'Certification arrangements (reported on their own; they do not change the verdict)', ...verdict.certificationRisks.map((r) => `  - ${r.text}`)]
      : []),
  );
  return `${lines.join('\n')}\n`;
}
