// The Stage 1 verdict: ready with minor adjustments, ready after specific actions, or not ready, decided from the
// check results by one explicit rule and returned with the findings that decided it.
import type { AuditStage, Check, CheckResult, Severity } from './types.ts';

export type VerdictKind = 'ready-with-minor-adjustments' | 'ready-after-specific-actions' | 'not-ready';

export const verdictLabels: Record<VerdictKind, string> = {
  'ready-with-minor-adjustments': 'Ready for Stage 2 with minor adjustments',
  'ready-after-specific-actions': 'Ready for Stage 2 after specific actions',
  'not-ready': 'Not ready for Stage 2',
};

/** More material gaps than this cannot be closed in the usual weeks between Stage 1 and Stage 2. */
export const MAX_MATERIAL_GAPS = 2;

/**
 * The rule, in the order it is applied (docs/check-output.md says the same):
 * 1. Not ready: any major finding of a check that surfaces at Stage 1 (the areas Stage 1 examines: scope, AI
 *    policy, documented information, SoA, risk and impact assessments, internal audit, management review).
 * 2. A material gap is a check with a major finding that surfaces only later, or a minor finding of a check that
 *    surfaces at Stage 1. More than two material gaps: not ready.
 * 3. One or two material gaps: ready after specific actions (closing those gaps).
 * 4. Otherwise (minor findings outside the Stage 1 areas, observations, or nothing): ready with minor adjustments.
 * `needs-review` results never decide: the data could not tell, so they are listed for a person to judge.
 */
export const verdictRule = [
  'Any major finding in an area Stage 1 examines makes the AIMS not ready.',
  `A material gap is a check with a major finding outside those areas, or a minor finding inside them; more than ${MAX_MATERIAL_GAPS} make it not ready.`,
  `One to ${MAX_MATERIAL_GAPS} material gaps: ready after the specific actions that close them.`,
  'Only minor findings outside those areas, observations or nothing: ready with minor adjustments.',
  'Results that need review do not decide the verdict.',
] as const;

/** One check's share in the decision: its findings and why they count. */
export interface VerdictReason {
  readonly check: string;
  readonly severity: Severity;
  readonly stage1Area: boolean;
  readonly findings: number;
  readonly text: string;
}

export interface Stage1Verdict {
  readonly verdict: VerdictKind;
  readonly label: string;
  /** Which part of the rule decided, in words. */
  readonly decidedBy: string;
  readonly reasons: readonly VerdictReason[];
  /** The findings that decided it (for minor adjustments: the adjustments to make; may be empty). */
  readonly findings: readonly CheckResult[];
  readonly counts: { readonly major: number; readonly minor: number; readonly observation: number; readonly needsReview: number };
}

const order: Severity[] = ['major', 'minor', 'observation'];

/** Groups findings by check, in first-seen order. */
function byCheck(findings: readonly CheckResult[]): Map<string, CheckResult[]> {
  const groups = new Map<string, CheckResult[]>();
  for (const f of findings) {
    const list = groups.get(f.check);
    if (list) list.push(f);
    else groups.set(f.check, [f]);
  }
  return groups;
}

export function decideVerdict(results: readonly CheckResult[], checks: readonly Check[]): Stage1Verdict {
  const surfaces = new Map<string, readonly AuditStage[]>(checks.map((c) => [c.id, c.meta.surfaces]));
  // A result of a check we do not know (a plug-in, an old result) is taken as a Stage 1 area: the cautious reading.
  const inStage1 = (r: CheckResult) => surfaces.get(r.check)?.includes('stage-1') ?? true;
  const findings = results.filter((r) => r.outcome === 'finding');
  const counts = {
    major: findings.filter((f) => f.severity === 'major').length,
    minor: findings.filter((f) => f.severity === 'minor').length,
    observation: findings.filter((f) => f.severity === 'observation').length,
    needsReview: results.filter((r) => r.outcome === 'needs-review').length,
  };
  const reasonsOf = (list: readonly CheckResult[]): VerdictReason[] =>
    [...byCheck(list)].map(([check, fs]) => {
      const severity = order.find((s) => fs.some((f) => f.severity === s)) ?? 'observation';
      const stage1Area = inStage1(fs[0]!);
      const what = `${fs.length} ${severity} ${fs.length === 1 ? 'finding' : 'findings'}`;
      const where = stage1Area ? 'in an area Stage 1 examines' : 'outside the areas Stage 1 examines';
      return { check, severity, stage1Area, findings: fs.length, text: `${check}: ${what} ${where} (${fs[0]!.refs.join(', ')}). ${fs[0]!.message}` };
    });
  const verdict = (kind: VerdictKind, decidedBy: string, deciding: readonly CheckResult[]): Stage1Verdict => ({
    verdict: kind, label: verdictLabels[kind], decidedBy, reasons: reasonsOf(deciding), findings: deciding, counts,
  });

  const blocking = findings.filter((f) => f.severity === 'major' && inStage1(f));
  if (blocking.length > 0) {
    return verdict('not-ready', `${blocking.length} major ${blocking.length === 1 ? 'finding' : 'findings'} in areas Stage 1 examines.`, blocking);
  }
  const material = findings.filter((f) => f.severity === 'major' || (f.severity === 'minor' && inStage1(f)));
  const gaps = byCheck(material).size;
  if (gaps > MAX_MATERIAL_GAPS) {
    return verdict('not-ready', `${gaps} material gaps, more than the ${MAX_MATERIAL_GAPS} that can be closed before Stage 2.`, material);
  }
  if (gaps > 0) {
    return verdict('ready-after-specific-actions', `${gaps} material ${gaps === 1 ? 'gap' : 'gaps'} to close before Stage 2.`, material);
  }
  return verdict(
    'ready-with-minor-adjustments',
    findings.length === 0 ? 'No findings.' : `Only minor findings outside the areas Stage 1 examines, or observations (${findings.length}).`,
    findings,
  );
}
