// The readiness engine: runs the checks over one snapshot, builds the evidence index, derives the readiness steps
// and decides the Stage 1 verdict; `toCheckOutput` is the JSON shape of docs/check-output.md.
import type { AimsSnapshot } from '../../domain/index.ts';
import { runChecks } from '../engine.ts';
import { buildEvidenceIndex, type EvidenceIndex } from './evidence-index.ts';
import { checks as registry } from '../index.ts';
import { readinessStepsOf, type ReadinessStepStatus } from './readiness-steps.ts';
import type { Check, CheckResult, Grading, ResultInstance, Severity, Subject } from '../types.ts';
import { decideVerdict, verdictRule, type Stage1Verdict } from './verdict.ts';

export interface ReadinessOptions {
  /** The date to judge as of (YYYY-MM-DD). */
  readonly now: string;
  /** The checks to run; the registry by default. */
  readonly checks?: readonly Check[];
}

export interface ReadinessReport {
  readonly asOf: string;
  readonly organisation: { readonly id: string; readonly name: string };
  readonly checks: readonly Check[];
  readonly results: readonly CheckResult[];
  readonly evidenceIndex: EvidenceIndex;
  readonly readinessSteps: readonly ReadinessStepStatus[];
  readonly verdict: Stage1Verdict;
}

export function assessReadiness(aims: AimsSnapshot, options: ReadinessOptions): ReadinessReport {
  const checks = options.checks ?? registry;
  const results = runChecks(checks, aims, { now: options.now });
  const evidenceIndex = buildEvidenceIndex(aims, options.now);
  return {
    asOf: options.now,
    organisation: { id: aims.organisation.id, name: aims.organisation.name },
    checks,
    results,
    evidenceIndex,
    readinessSteps: readinessStepsOf(aims, evidenceIndex, options.now, results),
    verdict: decideVerdict(results, checks, { aims, now: options.now, evidenceIndex }),
  };
}

export const severityOrder: readonly Severity[] = ['major', 'minor', 'observation'];

/** Whether any finding is at or above `failOn` (needs-review never fails a run: nobody could decide it). */
export function failsAt(results: readonly CheckResult[], failOn: Severity): boolean {
  const limit = severityOrder.indexOf(failOn);
  return results.some((r) => r.outcome === 'finding' && severityOrder.indexOf(r.severity) <= limit);
}

export interface CheckOutputFinding {
  readonly check: string;
  readonly outcome: 'finding' | 'needs-review';
  readonly severity: Severity;
  readonly refs: readonly string[];
  readonly subjects: readonly Subject[];
  readonly message: string;
  readonly fix: string;
  /** The examples of this one nonconformity, each with its records; empty when the check lists none. */
  readonly instances: readonly ResultInstance[];
  /** Why it has its severity, by the grading rule (docs/check-output.md); absent where the check set it. */
  readonly grading?: Grading;
  /** Among the findings that decided the Stage 1 verdict. */
  readonly decidesVerdict: boolean;
}

export interface CheckOutputSummary {
  readonly asOf: string;
  readonly organisation: { readonly id: string; readonly name: string };
  readonly checks: number;
  readonly findings: { readonly major: number; readonly minor: number; readonly observation: number };
  readonly needsReview: number;
  readonly passed: number;
  readonly notApplicable: number;
}

/** The JSON `aims check --format json` prints (docs/check-output.md), ordered like the text output. */
export function toCheckOutput(report: ReadinessReport) {
  const deciding = new Set(report.verdict.findings);
  const rank = (r: CheckResult) => (r.outcome === 'needs-review' ? severityOrder.length : severityOrder.indexOf(r.severity));
  const reported = report.results
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.outcome === 'finding' || r.outcome === 'needs-review')
    .sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i)
    .map(({ r }): CheckOutputFinding => ({
      check: r.check,
      outcome: r.outcome as CheckOutputFinding['outcome'],
      severity: r.severity,
      refs: r.refs,
      subjects: r.subjects,
      message: r.message,
      fix: r.fix,
      instances: r.instances ?? [],
      ...(r.grading ? { grading: r.grading } : {}),
      decidesVerdict: deciding.has(r),
    }));
  const passes = report.results.filter((r) => r.outcome === 'pass').map((r) => ({ check: r.check, message: r.message, subjects: r.subjects.length }));
  const notApplicable = report.results.filter((r) => r.outcome === 'not-applicable').map((r) => ({ check: r.check, message: r.message }));
  const { verdict } = report;
  const summary: CheckOutputSummary = {
    asOf: report.asOf,
    organisation: report.organisation,
    checks: report.checks.length,
    findings: { major: verdict.counts.major, minor: verdict.counts.minor, observation: verdict.counts.observation },
    needsReview: verdict.counts.needsReview,
    passed: passes.length,
    notApplicable: notApplicable.length,
  };
  return {
    verdict: {
      verdict: verdict.verdict,
      label: verdict.label,
      decidedBy: verdict.decidedBy,
      rule: verdictRule,
      reasons: verdict.reasons,
      objectives: verdict.objectives,
      standing: verdict.standing,
      certificationRisks: verdict.certificationRisks,
    },
    summary,
    findings: reported,
    passes,
    notApplicable,
    evidenceIndex: report.evidenceIndex,
    readinessSteps: report.readinessSteps,
  };
}

export type CheckOutput = ReturnType<typeof toCheckOutput>;
