// The Stage 1 verdict, decided by Stage 1's objectives (stage1-objectives.ts): not ready when an objective is not met,
// ready after specific actions when the areas of concern can close before the next audit, otherwise ready with minor
// adjustments. Certification-arrangement risks are reported beside it and never change it. A certified
// organisation is told where it stands for its next surveillance or recertification audit instead of Stage 2.
import { daysBetween, isBefore, type AimsSnapshot } from '../../domain/index.ts';
import { auditEnd, auditStart, cycleDueDates } from '../../domain/certification/index.ts';
import { plural } from '../../domain/wording.ts';
import type { AuditStage, Check, CheckResult, Severity } from '../types.ts';
import type { EvidenceIndex } from './evidence-index.ts';
import { isUnmetByFinding, stage1Objectives, type Stage1ObjectiveId } from './stage1-objectives.ts';

export type VerdictKind = 'ready-with-minor-adjustments' | 'ready-after-specific-actions' | 'not-ready';

/** The audit the verdict is for: Stage 2 of the initial certification, or the certified organisation's next one. */
export type NextAuditKind = 'stage-2' | 'surveillance-1' | 'surveillance-2' | 'recertification';

const auditWords: Record<NextAuditKind, string> = {
  'stage-2': 'Stage 2',
  'surveillance-1': 'the first surveillance audit',
  'surveillance-2': 'the second surveillance audit',
  recertification: 'the recertification audit',
};

/** What the verdict is called in reports: Stage 1's before certification, the next audit's once certified. */
export function verdictHeading(verdict: { readonly standing?: { readonly kind: string } }): string {
  return verdict.standing?.kind === 'certified' ? 'Verdict for the next audit' : 'Stage 1 verdict';
}

/** The labels for an organisation seeking its initial certification. */
export const verdictLabels: Record<VerdictKind, string> = {
  'ready-with-minor-adjustments': 'Ready for Stage 2 with minor adjustments',
  'ready-after-specific-actions': 'Ready for Stage 2 after specific actions',
  'not-ready': 'Not ready for Stage 2',
};

/**
 * More areas of concern than this cannot be closed in the usual weeks before the next audit (OpenAIMS's own
 * convention, not a rule of ISO/IEC 17021-1: each major needs its cause analysed and its correction shown).
 */
export const MAX_MATERIAL_GAPS = 2;
/** A planned gap shorter than this leaves no time to close a major concern (OpenAIMS's convention, as above). */
export const MIN_DAYS_TO_CLOSE = 28;

/** The checks about the certification arrangements (the chosen body, the cycle's dates), not about the AIMS. */
export function isCertificationArrangement(check: Pick<Check, 'id' | 'meta'> | string, refs: readonly string[] = []): boolean {
  const id = typeof check === 'string' ? check : check.id;
  const cited = typeof check === 'string' ? refs : check.meta.refs;
  return id.startsWith('certification-') || id === 'external-major-open' || cited.includes('17021-1');
}

export const verdictRule = [
  'Stage 1 has eight objectives: documentation complete; scope agreed; methodologies defined; risk and impact assessments performed; SoA reconciled; an internal audit cycle covering the AIMS; a management review held; operating records enough to sample.',
  'Not ready when an objective is not met: the records lack it (whichever register the gap is in), or a major finding says its requirement is absent, broken down or systemic.',
  `Ready after specific actions when the remaining major findings (areas of concern) can close before the audit: at most ${MAX_MATERIAL_GAPS}, and at least ${MIN_DAYS_TO_CLOSE} days planned before it; otherwise not ready.`,
  'Otherwise (minor findings, observations or nothing): ready with minor adjustments.',
  'Results that need review, and the risks of the certification arrangements, never decide the verdict.',
  'A certified organisation is judged for its next surveillance or recertification audit and for keeping its certificate.',
] as const;

/** One check's share in the decision: its findings and why they count. */
export interface VerdictReason {
  readonly check: string;
  readonly severity: Severity;
  readonly stage1Area: boolean;
  readonly findings: number;
  readonly text: string;
}

export interface ObjectiveStatus {
  readonly id: Stage1ObjectiveId;
  readonly title: string;
  readonly met: boolean;
  /** `concern`: met, but a major finding bears on it that needs specific actions. */
  readonly status: 'met' | 'concern' | 'not-met';
  readonly reasons: readonly string[];
}

export interface Standing {
  /** `initial`: not certified yet, the verdict is for Stage 2; `certified`: for the next audit of the cycle. */
  readonly kind: 'initial' | 'certified';
  readonly nextAudit: NextAuditKind;
  /** The audit's date as planned, or its due date. */
  readonly date?: string;
  readonly due?: string;
  /** The due date has passed with the audit neither held nor booked. */
  readonly overdue?: boolean;
  readonly certificate?: { readonly id: string; readonly number: string; readonly expiresOn: string; readonly status: string };
  /** For a certified organisation, what the verdict means for keeping the certificate. */
  readonly certificateOutlook?: string;
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
  readonly objectives: readonly ObjectiveStatus[];
  readonly standing: Standing;
  /** Findings about the certification arrangements, reported on their own. */
  readonly certificationRisks: readonly VerdictReason[];
}

export interface VerdictContext {
  readonly aims: AimsSnapshot;
  readonly now: string;
  readonly evidenceIndex: EvidenceIndex;
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

/** Where the organisation stands: before certification (Stage 2 next) or certified (its next audit of the cycle). */
export function standingOf(aims: AimsSnapshot | undefined, now: string): Standing {
  const cycle = aims ? cycleDueDates(aims, now) : undefined;
  if (!aims || !cycle) {
    const stage2 = aims?.externalAudits.find((a) => a.kind === 'stage-2' && a.status === 'planned');
    const date = stage2 ? auditStart(stage2) : undefined;
    return { kind: 'initial', nextAudit: 'stage-2', ...(date ? { date } : {}) };
  }
  const { certificate } = cycle;
  const next = ([['surveillance-1', cycle.surveillance1], ['surveillance-2', cycle.surveillance2], ['recertification', cycle.recertification]] as const)
    .find(([, m]) => m.status !== 'done') ?? ['recertification', cycle.recertification] as const;
  const [kind, milestone] = next;
  return {
    kind: 'certified',
    nextAudit: kind,
    ...(milestone.date ? { date: milestone.date } : {}),
    ...(milestone.due ? { due: milestone.due } : {}),
    ...(milestone.due && !milestone.date && isBefore(milestone.due, now) ? { overdue: true } : {}),
    certificate: { id: certificate.id, number: certificate.number, expiresOn: certificate.expiresOn, status: certificate.status },
  };
}

/** Days from now (or the Stage 1 audit's end, when later) to the next audit, when it is planned. */
function plannedGap(aims: AimsSnapshot | undefined, standing: Standing, now: string): number | undefined {
  if (!aims || standing.date === undefined) return undefined;
  const stage1 = aims.externalAudits.filter((a) => a.kind === 'stage-1' && a.status !== 'cancelled').map(auditEnd).filter((d): d is string => d !== undefined).sort().at(-1);
  const from = standing.kind === 'initial' && stage1 !== undefined && isBefore(now, stage1) ? stage1 : now;
  return daysBetween(from, standing.date);
}

function labelOf(kind: VerdictKind, standing: Standing): string {
  if (standing.kind === 'initial') return verdictLabels[kind];
  const audit = auditWords[standing.nextAudit];
  const when = standing.date ? ` (${standing.date})` : standing.due ? ` (${standing.overdue ? 'overdue: due by' : 'due by'} ${standing.due})` : '';
  switch (kind) {
    case 'not-ready': return `Not ready for ${audit}${when}: the certificate is at risk`;
    case 'ready-after-specific-actions': return `Ready for ${audit}${when} after specific actions`;
    case 'ready-with-minor-adjustments': return `Ready for ${audit}${when} with minor adjustments`;
  }
}

function outlookOf(kind: VerdictKind, standing: Standing): string | undefined {
  if (standing.kind !== 'certified') return undefined;
  const audit = auditWords[standing.nextAudit];
  switch (kind) {
    case 'not-ready':
      return `As the records stand, ${audit} would raise major nonconformities: the certificate can be suspended if they are not corrected within the time the certification body sets, and ${standing.nextAudit === 'recertification' ? 'not renewed before it expires on ' + standing.certificate!.expiresOn : 'withdrawn if the suspension is not lifted'}.`;
    case 'ready-after-specific-actions':
      return `The certificate is kept if the areas of concern are closed before ${audit}; left open, they become major nonconformities there.`;
    case 'ready-with-minor-adjustments':
      return `Nothing in the AIMS's records puts the certificate at risk at ${audit}; the minor findings are the adjustments to make.`;
  }
}

/**
 * The outlook for the certificate, with what the cycle's dates put at risk said beside it: the AIMS verdict stays the
 * AIMS's, but "the certificate is kept" is not all there is to say of one whose surveillance deadline has passed.
 */
function withCertificateRisks(outlook: string | undefined, arrangementFindings: readonly CheckResult[]): string | undefined {
  const threats = arrangementFindings.filter((f) => f.check === 'certification-timeline-at-risk' && f.severity === 'major');
  if (outlook === undefined || threats.length === 0) return outlook;
  return `${outlook} Apart from the AIMS, the certification cycle itself puts the certificate at risk: ${threats.map((f) => f.message).join(' ')}`;
}

export function decideVerdict(results: readonly CheckResult[], checks: readonly Check[], context?: VerdictContext): Stage1Verdict {
  const byId = new Map(checks.map((c) => [c.id, c]));
  const surfaces = new Map<string, readonly AuditStage[]>(checks.map((c) => [c.id, c.meta.surfaces]));
  // A result of a check we do not know (a plug-in, an old result) is taken as a Stage 1 area: the cautious reading.
  const inStage1 = (r: CheckResult) => surfaces.get(r.check)?.includes('stage-1') ?? true;
  const arrangement = (r: CheckResult) => isCertificationArrangement(byId.get(r.check) ?? r.check, r.refs);
  const allFindings = results.filter((r) => r.outcome === 'finding');
  const findings = allFindings.filter((f) => !arrangement(f));
  const counts = {
    major: allFindings.filter((f) => f.severity === 'major').length,
    minor: allFindings.filter((f) => f.severity === 'minor').length,
    observation: allFindings.filter((f) => f.severity === 'observation').length,
    needsReview: results.filter((r) => r.outcome === 'needs-review').length,
  };
  const reasonsOf = (list: readonly CheckResult[]): VerdictReason[] =>
    [...byCheck(list)].map(([check, fs]) => {
      const severity = order.find((s) => fs.some((f) => f.severity === s)) ?? 'observation';
      const stage1Area = inStage1(fs[0]!);
      const what = `${fs.length} ${severity} ${fs.length === 1 ? 'finding' : 'findings'}`;
      const where = stage1Area ? 'in an area Stage 1 examines' : 'outside the areas Stage 1 examines';
      const basis = fs[0]!.grading ? ` Graded ${fs[0]!.grading.basis}.` : '';
      return { check, severity, stage1Area, findings: fs.length, text: `${check}: ${what} ${where} (${fs[0]!.refs.join(', ')}). ${fs[0]!.message}${basis}` };
    });

  // Each objective: not met when its records lack it or a major says its requirement is absent, broken down or systemic.
  const unmetFindings = new Set<CheckResult>();
  const recordedConcerns: Stage1ObjectiveId[] = [];
  const objectives: ObjectiveStatus[] = stage1Objectives.map((o) => {
    const lacking = context && o.lacking ? o.lacking(context.aims, context.now, context.evidenceIndex) : [];
    const bearing = findings.filter((f) => o.checks.includes(f.check));
    const unmet = bearing.filter(isUnmetByFinding);
    for (const f of unmet) unmetFindings.add(f);
    const concerns = bearing.filter((f) => f.severity === 'major' && !isUnmetByFinding(f));
    const recorded = context && o.concerns && lacking.length === 0 ? o.concerns(context.aims, context.now, results) : [];
    if (recorded.length > 0) recordedConcerns.push(o.id);
    const reasons = [
      ...lacking.map((l) => `The records show ${l}.`),
      ...recorded.map((c) => `Area of concern: ${c}.`),
      ...unmet.map((f) => `${f.check}: ${f.message}`),
      ...concerns.map((f) => `Area of concern, ${f.check}: ${f.message}`),
    ];
    const status = lacking.length > 0 || unmet.length > 0 ? 'not-met' : concerns.length > 0 || recorded.length > 0 ? 'concern' : 'met';
    return { id: o.id, title: o.title, met: status !== 'not-met', status, reasons };
  });
  // A major finding of a check no objective names that says its requirement is absent still leaves Stage 1 short.
  for (const f of findings) if (isUnmetByFinding(f) && inStage1(f) && !stage1Objectives.some((o) => o.checks.includes(f.check))) unmetFindings.add(f);

  const standing0 = standingOf(context?.aims, context?.now ?? '');
  const verdict = (kind: VerdictKind, decidedBy: string, deciding: readonly CheckResult[]): Stage1Verdict => {
    const outlook = withCertificateRisks(outlookOf(kind, standing0), allFindings.filter(arrangement));
    return {
      verdict: kind, label: labelOf(kind, standing0), decidedBy, reasons: reasonsOf(deciding), findings: deciding, counts, objectives,
      standing: { ...standing0, ...(outlook ? { certificateOutlook: outlook } : {}) },
      certificationRisks: reasonsOf(allFindings.filter(arrangement)),
    };
  };
  const audit = auditWords[standing0.nextAudit];
  // Once certified, the same eight objectives are what keeps the AIMS certifiable; "Stage 1" is behind it.
  const objective = standing0.kind === 'initial' ? 'Stage 1 objective' : 'AIMS objective';

  const unmetObjectives = objectives.filter((o) => !o.met);
  if (unmetObjectives.length > 0 || unmetFindings.size > 0) {
    const names = unmetObjectives.map((o) => `"${o.title}"`);
    const what = names.length > 0
      ? `${plural(names.length, objective)} not met: ${names.join('; ')}.`
      : `${plural(unmetFindings.size, 'major finding')} ${unmetFindings.size === 1 ? 'says' : 'say'} a requirement Stage 1 examines is absent or not working.`;
    return verdict('not-ready', what, [...unmetFindings]);
  }
  const concerns = findings.filter((f) => f.severity === 'major');
  // An objective whose records show a concern no major finding stands for counts as one area of its own.
  const concernChecks = new Set(concerns.map((f) => f.check));
  const recordedOnly = recordedConcerns.filter((id) => !stage1Objectives.find((o) => o.id === id)!.checks.some((c) => concernChecks.has(c)));
  const areas = byCheck(concerns).size + recordedOnly.length;
  if (areas > 0) {
    const gap = plannedGap(context?.aims, standing0, context?.now ?? '');
    if (areas > MAX_MATERIAL_GAPS) {
      return verdict('not-ready', `${plural(areas, 'area')} of concern, more than the ${MAX_MATERIAL_GAPS} that can be closed before ${audit}.`, concerns);
    }
    if (gap !== undefined && gap < MIN_DAYS_TO_CLOSE) {
      return verdict('not-ready', `${plural(areas, 'area')} of concern, and only ${plural(gap, 'day')} planned before ${audit}: too little to close ${areas === 1 ? 'it' : 'them'}.`, concerns);
    }
    const fromRecords = recordedOnly.length > 0 ? ` (the records show concerns for ${recordedOnly.map((id) => `"${stage1Objectives.find((o) => o.id === id)!.title}"`).join(' and ')})` : '';
    // The findings behind a concern the records show are the specific actions too (e.g. the audit that was not objective).
    const behind = findings.filter((f) => f.severity !== 'major' && recordedOnly.some((id) => stage1Objectives.find((o) => o.id === id)!.checks.includes(f.check)));
    return verdict('ready-after-specific-actions', `Every ${objective} is met; ${plural(areas, 'area')} of concern to close before ${audit}${fromRecords}.`, [...concerns, ...behind]);
  }
  return verdict(
    'ready-with-minor-adjustments',
    findings.length === 0 ? `Every ${objective} is met; no findings.` : `Every ${objective} is met; only minor findings and observations (${findings.length}): the adjustments to make.`,
    findings,
  );
}

