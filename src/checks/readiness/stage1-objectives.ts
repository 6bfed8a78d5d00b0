// Stage 1's objectives (ISO/IEC 17021-1 9.3.1.2, as our own summary): what the auditor must conclude before Stage 2
// can go ahead. Each is judged from the records and from the findings of the checks that bear on it, whichever
// register the gap is in: no impact assessment of six operating AI systems leaves "assessments performed" unmet
// whether or not some check happens to say so.
import { isOnOrBefore, type AimsSnapshot } from '../../domain/index.ts';
import { listForMessage, plural } from '../../domain/wording.ts';
import { auditCoverageGaps, within12Months } from './readiness-step-rules.ts';
import { auditsNotObjective } from './readiness-steps.ts';
import { activeAiSystemsInScope } from '../../domain/predicates/aims-scope.ts';
import type { CheckResult } from '../types.ts';
import type { EvidenceIndex } from './evidence-index.ts';

export type Stage1ObjectiveId =
  | 'documentation-complete'
  | 'scope-agreed'
  | 'methodologies-defined'
  | 'assessments-performed'
  | 'soa-reconciled'
  | 'internal-audit-cycle'
  | 'management-review-held'
  | 'operating-records';

export interface Stage1ObjectiveDefinition {
  readonly id: Stage1ObjectiveId;
  readonly title: string;
  /** The checks whose findings bear on the objective. */
  readonly checks: readonly string[];
  /** What the records lack for the objective, in words; empty when they show it. */
  readonly lacking?: (aims: AimsSnapshot, now: string, index: EvidenceIndex) => string[];
  /** Areas of concern the records show (actions to take before the audit), read with the check results. */
  readonly concerns?: (aims: AimsSnapshot, now: string, results: readonly CheckResult[]) => string[];
}


/** Clauses whose records show the AIMS operating: operational planning, the assessments, monitoring, improvement. */
const OPERATING_CLAUSES = ['8.1', '8.2', '8.3', '8.4', '9.1', '10.2'];

export const stage1Objectives: readonly Stage1ObjectiveDefinition[] = [
  {
    id: 'documentation-complete',
    title: 'The documented information of the AIMS is complete',
    checks: ['ai-policy-borrowed', 'ai-policy-commitments-missing', 'document-uncontrolled', 'technical-documentation-missing', 'objective-not-measurable', 'policy-review-overdue'],
    lacking: (aims, _now, index) => [
      ...(aims.aiPolicies.length === 0 ? ['no AI policy is recorded'] : []),
      ...index.keyDocuments.filter((k) => k.status === 'no-evidence').map((k) => `no record of the key document "${k.title}"`),
    ],
  },
  {
    id: 'scope-agreed',
    title: 'The scope of the AIMS is determined and agreed',
    checks: ['scope-incomplete', 'context-not-reviewed', 'interested-parties-missing'],
    lacking: (aims) => (aims.scopeStatements.length === 0 ? ['no scope statement is recorded'] : []),
  },
  {
    id: 'methodologies-defined',
    title: 'The risk and impact assessment methodologies are defined',
    checks: ['methodology-missing'],
    lacking: (aims) => [
      ...(aims.riskMethodologies.length === 0 ? ['no risk assessment methodology is defined'] : []),
      ...(aims.impactMethodologies.length === 0 ? ['no impact assessment methodology is defined'] : []),
    ],
  },
  {
    id: 'assessments-performed',
    title: 'Risk assessments and AI system impact assessments have been performed',
    checks: ['ai-system-without-impact-assessment', 'impact-assessment-conflated-with-risk', 'impact-results-not-in-risk-assessment', 'risk-untreated', 'assessment-stale'],
    lacking: (aims, now) => {
      const operating = activeAiSystemsInScope(aims).filter((s) => s.status === 'in-operation');
      const assessed = new Set(aims.impactAssessments.filter((a) => isOnOrBefore(a.assessedOn, now)).map((a) => a.aiSystemId));
      const unassessed = operating.filter((s) => !assessed.has(s.id));
      return [
        ...(aims.risks.filter((r) => isOnOrBefore(r.assessedOn, now)).length === 0 ? ['no risk assessment is recorded'] : []),
        ...(unassessed.length > 0 ? [`${plural(unassessed.length, 'AI system')} in operation in the scope ${unassessed.length === 1 ? 'has' : 'have'} no impact assessment (${unassessed.map((s) => s.id).join(', ')})`] : []),
      ];
    },
  },
  {
    id: 'soa-reconciled',
    title: 'The Statement of Applicability is reconciled with the risk treatment',
    checks: ['soa-incomplete', 'soa-not-risk-driven'],
    lacking: (aims) => (aims.soaEntries.length === 0 ? ['there is no Statement of Applicability'] : []),
  },
  {
    id: 'internal-audit-cycle',
    title: 'An internal audit cycle covering the AIMS has been carried out',
    checks: ['internal-audit-cycle-incomplete', 'internal-audit-not-independent', 'internal-audit-programme-not-risk-based'],
    lacking: (aims, now) =>
      aims.internalAudits.some((a) => a.status === 'completed' && within12Months(a.completedOn ?? a.reportIssuedOn, now))
        ? [] : ['no internal audit was completed in the last 12 months'],
    // The cycle must cover the AIMS objectively: the same reading as readiness step 3.
    concerns: (aims, now, results) => {
      const { unaudited, onlyByNonObjective, window } = auditCoverageGaps(aims, now, auditsNotObjective(results));
      const planned = window.certified ? `, and no running programme plans to audit ${unaudited.length === 1 ? 'it' : 'them'}` : '';
      return [
        ...(unaudited.length > 0 ? [`${unaudited.length === 1 ? 'clause' : 'clauses'} ${listForMessage(unaudited)} ${unaudited.length === 1 ? 'was' : 'were'} not covered by an objective internal audit in ${window.span}${planned}`] : []),
        ...[...onlyByNonObjective].map(([id, refs]) => `the only audit of ${listForMessage(refs, 6)} (${id}) was not objective: re-audit with an independent auditor`),
      ];
    },
  },
  {
    id: 'management-review-held',
    title: 'A management review has been held',
    checks: ['management-review-not-held', 'management-review-inputs-missing', 'management-review-without-top-management'],
    lacking: (aims, now) =>
      aims.managementReviews.some((m) => m.status === 'held' && within12Months(m.heldOn, now)) ? [] : ['no management review was held in the last 12 months'],
  },
  {
    id: 'operating-records',
    title: 'The AIMS has operated long enough to leave records an auditor can sample',
    checks: ['evidence-gap', 'monitoring-undefined', 'competence-not-evidenced', 'awareness-not-evidenced', 'corrective-action-overdue', 'corrective-action-effectiveness-unverified', 'correction-as-corrective-action'],
    lacking: (_aims, _now, index) => {
      const rows = new Map(index.clauses.map((c) => [c.ref, c]));
      const without = OPERATING_CLAUSES.filter((ref) => rows.get(ref)?.status === 'no-evidence');
      const { controls } = index.summary;
      return [
        ...(without.length * 2 > OPERATING_CLAUSES.length ? [`the operating clauses ${without.join(', ')} have no records`] : []),
        ...(controls.total > 0 && controls.evidenced * 2 < controls.total ? [`only ${controls.evidenced} of ${controls.total} applied controls have current evidence`] : []),
      ];
    },
  },
];

/** A major finding that says the requirement is absent, broken down or systemic: the objective it bears on is unmet. */
export function isUnmetByFinding(f: CheckResult): boolean {
  if (f.outcome !== 'finding' || f.severity !== 'major') return false;
  if (f.grading?.extent !== undefined) return f.grading.raisedBy === undefined && f.grading.extent !== 'isolated' && f.grading.extent !== 'potential';
  // A check not yet grading by the rule: a major about the AIMS as a whole is the element missing.
  return f.subjects.some((s) => s.register === 'organisation');
}
