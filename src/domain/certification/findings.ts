// External findings: what each classification means for certification, their limits, and which ones are overdue.
import { isAfter, isBefore, isOnOrBefore, type IsoDateString } from '../dates.ts';
import type { AimsSnapshot, ExternalAudit, ExternalFinding } from '../model/index.ts';
import { indexSnapshot } from '../model/index.ts';
import { majorDeadline } from './cycle-rules.ts';

export type FindingClassification = ExternalFinding['classification'];

export interface FindingEffect {
  readonly blocksDecision: boolean;
  readonly requires: string;
  readonly effect: string;
}

/** The effect of each classification on certification (ISO/IEC 17021-1 practice, in our words). */
export const findingEffects: Readonly<Record<FindingClassification, FindingEffect>> = {
  major: {
    blocksDecision: true,
    requires: 'Correction and corrective action that the body verifies (often at a follow-up audit) before it decides.',
    effect: 'Blocks the certification decision; a Stage 2 major not verified closed within 6 months of Stage 2’s last day means Stage 2 is repeated (an ISO/IEC 17021-1 rule).',
  },
  minor: {
    blocksDecision: false,
    requires: 'A corrective action plan that the body accepts; closure is verified at the next audit.',
    effect: 'Does not block the decision once the plan is accepted.',
  },
  observation: { blocksDecision: false, requires: 'Nothing mandatory; tracked.', effect: 'Tracked; addressed at the organisation’s discretion.' },
  'opportunity-for-improvement': { blocksDecision: false, requires: 'Nothing; tracked.', effect: 'Tracked; no action required.' },
};

/** The first day of an audit as held, or else as planned. */
export function auditStart(audit: ExternalAudit): IsoDateString | undefined {
  return audit.actualStart ?? audit.plannedStart ?? audit.actualEnd ?? audit.plannedEnd;
}

/** The last day of an audit as held, or else as planned. */
export function auditEnd(audit: ExternalAudit): IsoDateString | undefined {
  return audit.actualEnd ?? audit.actualStart ?? audit.plannedEnd ?? audit.plannedStart;
}

/** The latest audit of a kind by its first day, not cancelled, starting on or before `until` when given. */
export function latestAuditOf(aims: AimsSnapshot, kind: ExternalAudit['kind'], until?: IsoDateString): ExternalAudit | undefined {
  let best: ExternalAudit | undefined;
  let bestStart: IsoDateString | undefined;
  for (const a of aims.externalAudits) {
    const start = a.kind === kind && a.status !== 'cancelled' ? auditStart(a) : undefined;
    if (start === undefined || (until !== undefined && isAfter(start, until))) continue;
    // On a tie the later in the register wins, as a stable sort followed by taking the last did.
    if (bestStart === undefined || start >= bestStart) { best = a; bestStart = start; }
  }
  return best;
}

/** What an open major blocks, by the kind of audit that raised it. */
export function majorBlocks(kind: ExternalAudit['kind'] | undefined): string {
  switch (kind) {
    case 'stage-1': return 'Stage 2 (a Stage 1 major usually delays it until addressed)';
    case 'recertification': return 'the recertification decision';
    case 'surveillance-1':
    case 'surveillance-2': return 'continued certification (the body may suspend the certificate until it is closed)';
    default: return 'the certification decision';
  }
}

export interface FindingLimit {
  /** Which rule sets it: the 6-month Stage 2 limit, certificate expiry, or verification at the next audit. */
  readonly rule: 'stage-2-major' | 'before-expiry' | 'next-audit';
  readonly date: IsoDateString;
  /** What the limit is measured from, for messages. */
  readonly basis: string;
}

/** The date by which an open finding must be closed (and verified), when a rule sets one. */
export function findingLimit(finding: ExternalFinding, aims: AimsSnapshot): FindingLimit | undefined {
  const audit = indexSnapshot(aims).externalAudits.get(finding.auditId);
  if (finding.classification === 'major' && audit?.kind === 'stage-2') {
    const end = auditEnd(audit);
    return end
      ? { rule: 'stage-2-major', date: majorDeadline(end), basis: `ISO/IEC 17021-1: 6 months after the last day of Stage 2 (${end})` }
      : { rule: 'stage-2-major', date: majorDeadline(finding.raisedOn), basis: `ISO/IEC 17021-1: 6 months after Stage 2’s last day, counted here from the finding (${finding.raisedOn}) as that day is not recorded` };
  }
  if (finding.classification === 'major' && audit?.kind === 'recertification') {
    const expiry = currentExpiry(aims, finding.raisedOn);
    return expiry ? { rule: 'before-expiry', date: expiry, basis: `the expiry of the certificate (${expiry})` } : undefined;
  }
  if (finding.classification === 'minor' && audit) {
    const next = nextAuditAfter(audit, aims);
    const at = next ? auditStart(next) : undefined;
    return next && at ? { rule: 'next-audit', date: at, basis: `the next audit (${next.kind}, ${at}), where closure is verified` } : undefined;
  }
  return undefined;
}

/** The expiry of the certificate valid on a date. */
function currentExpiry(aims: AimsSnapshot, on: IsoDateString): IsoDateString | undefined {
  const valid = aims.certificates
    .filter((c) => isOnOrBefore(c.decisionOn, on))
    .sort((a, b) => a.decisionOn.localeCompare(b.decisionOn))
    .at(-1);
  return valid?.expiresOn;
}

/** Audits outside the programme's sequence: a follow-up verifies majors and a special audit has its own purpose. */
const offProgramme: ReadonlySet<ExternalAudit['kind']> = new Set(['application', 'certification-decision', 'follow-up', 'special']);

/**
 * The first audit of the programme (Stage 2, surveillance, recertification), not cancelled, that starts after this one
 * ends: where the body verifies a minor's closure, so a follow-up booked for a major does not bring the minor's limit forward.
 */
export function nextAuditAfter(audit: ExternalAudit, aims: AimsSnapshot): ExternalAudit | undefined {
  const end = auditEnd(audit);
  if (!end) return undefined;
  return aims.externalAudits
    .filter((a) => a.id !== audit.id && a.status !== 'cancelled' && !offProgramme.has(a.kind))
    .filter((a) => { const s = auditStart(a); return s !== undefined && isAfter(s, end); })
    .sort((a, b) => auditStart(a)!.localeCompare(auditStart(b)!))[0];
}

export interface FindingAssessment {
  readonly finding: ExternalFinding;
  readonly auditKind?: ExternalAudit['kind'];
  readonly effect: FindingEffect;
  readonly limit?: FindingLimit;
  /** Open and its limit has passed as of `now`. */
  readonly pastLimit: boolean;
  /** What is missing in how it is handled. */
  readonly issues: readonly string[];
}

/** How one external finding stands as of `now`: its effect, limit and what is missing. */
export function assessExternalFinding(finding: ExternalFinding, aims: AimsSnapshot, now: IsoDateString): FindingAssessment {
  const index = indexSnapshot(aims);
  const audit = index.externalAudits.get(finding.auditId);
  const limit = finding.status === 'open' ? findingLimit(finding, aims) : undefined;
  const issues: string[] = [];
  const needsRegister = finding.classification === 'major' || finding.classification === 'minor';
  if (needsRegister && !finding.nonconformityId) issues.push('Not tracked in the 10.2 nonconformity register (no nonconformityId).');
  if (needsRegister && finding.nonconformityId && !index.nonconformities.has(finding.nonconformityId)) {
    issues.push(`The linked nonconformity ${finding.nonconformityId} does not exist.`);
  }
  if (finding.classification === 'minor' && finding.status === 'open') {
    if (!finding.correctiveActionPlan) issues.push('No corrective action plan submitted to the body.');
    else if (!finding.correctiveActionPlan.acceptedOn) issues.push('The corrective action plan is not yet accepted by the body.');
  }
  if (needsRegister && finding.status === 'closed' && !finding.verifiedInAuditId) {
    issues.push('Closed, but the body’s verification of the closure is not recorded (verifiedInAuditId).');
  }
  const pastLimit = limit !== undefined && isBefore(limit.date, now);
  if (pastLimit) issues.push(`Open past its limit: ${limit.basis}, ${limit.date}.`);
  return {
    finding,
    ...(audit ? { auditKind: audit.kind } : {}),
    effect: findingEffects[finding.classification],
    ...(limit ? { limit } : {}),
    pastLimit,
    issues,
  };
}
