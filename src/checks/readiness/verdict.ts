// The Stage 1 verdict: ready with minor adjustments, ready after specific actions, or not ready, decided from the
// check results by one explicit rule and returned with the findings that decided it.
import type { AuditStage, Check, CheckResult, Severity } from '../types.ts';

export type VerdictKind = 'ready-with-minor-adjustments' | 'ready-after-specific-actions' | 'not-ready';

export const verdictLabels: Record<VerdictKind, string> = {
  'ready-with-minor-adjustments': 'Ready for Stage 2 with minor adjustments',
  'ready-after-specific-actions': 'Ready for Stage 2 after specific actions',
  'not-ready': 'Not ready for Stage 2',
};

/** More material gaps than this cannot be closed in the usual weeks between Stage 1 and Stage 2. */
export const MAX_MATERIAL_GAPS = 2;

/**
 * The rule, in the order it is applied (docs/check-output.md says the same), after the seed's three Stage 1
 * outcomes: "not ready" means major gaps make Stage 2 premature, "after specific actions" one or two material
 * gaps, "minor adjustments" where the organisation prepared thoroughly.
 * 1. Not ready: a major finding about the AIMS as a whole (its subject is the organisation: no scope, no AI
 *    policy, no methodology, an SoA that is an inventory, no internal audit or management review …) from a check
 *    that surfaces at Stage 1: an element Stage 1 examines is missing or unfit, and no action list fixes that in
 *    the weeks before Stage 2.
 * 2. A material gap is a check with a major finding, however many records it names. More than two: not ready.
 * 3. One or two material gaps: ready after specific actions (closing those gaps).
 * 4. Otherwise (minor findings, observations or nothing): ready with minor adjustments, the minor findings being
 *    the adjustments.
 * `needs-review` results never decide: the data could not tell, so they are listed for a person to judge.
 */
export const verdictRule = [
  'A major finding about the AIMS as a whole in an area Stage 1 examines (an element missing or unfit) makes it not ready.',
  `A material gap is a check with a major finding; more than ${MAX_MATERIAL_GAPS} make the AIMS not ready.`,
  `One to ${MAX_MATERIAL_GAPS} material gaps: ready after the specific actions that close them.`,
  'Only minor findings, observations or nothing: ready with minor adjustments.',
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

  const aboutWholeAims = (f: CheckResult) => f.subjects.some((subject) => subject.register === 'organisation');
  const blocking = findings.filter((f) => f.severity === 'major' && inStage1(f) && aboutWholeAims(f));
  if (blocking.length > 0) {
    const what = blocking.length === 1 ? 'finding says' : 'findings say';
    return verdict('not-ready', `${blocking.length} major ${what} an element Stage 1 examines is missing or unfit.`, blocking);
  }
  const material = findings.filter((f) => f.severity === 'major');
  const gaps = byCheck(material).size;
  if (gaps > MAX_MATERIAL_GAPS) {
    return verdict('not-ready', `${gaps} material gaps, more than the ${MAX_MATERIAL_GAPS} that can be closed before Stage 2.`, material);
  }
  if (gaps > 0) {
    return verdict('ready-after-specific-actions', `${gaps} material ${gaps === 1 ? 'gap' : 'gaps'} to close before Stage 2.`, material);
  }
  return verdict(
    'ready-with-minor-adjustments',
    findings.length === 0 ? 'No findings.' : `Only minor findings and observations (${findings.length}): the adjustments to make.`,
    findings,
  );
}
