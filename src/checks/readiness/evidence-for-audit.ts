// The evidence index scoped to one external audit: only the clauses and controls that audit samples (or, for an audit
// not yet sampled, the proposed sample), for the external auditor's read-only view.
import { buildEvidenceIndex, type EvidenceIndexRow } from './evidence-index.ts';
import { AppError, indexSnapshot, type AimsSnapshot, type IsoDateString } from '../../domain/index.ts';
import { proposeSample } from '../../domain/certification/audit-sample.ts';
import { leafClausesOf } from '../../domain/certification/coverage.ts';

export interface AuditEvidenceIndex {
  readonly auditId: string;
  readonly kind: string;
  /** `recorded`: the audit's own sampled refs; `proposed`: no sample recorded yet, so the proposed one. */
  readonly scope: 'recorded' | 'proposed';
  readonly refs: readonly string[];
  readonly clauses: readonly EvidenceIndexRow[];
  readonly controls: readonly EvidenceIndexRow[];
  readonly gaps: readonly EvidenceIndexRow[];
}

/** Filters the evidence index to what one audit samples; a parent clause brings its sub-clauses. */
export function evidenceIndexForAudit(aims: AimsSnapshot, auditId: string, now: IsoDateString): AuditEvidenceIndex {
  const audit = indexSnapshot(aims).externalAudits.get(auditId);
  if (!audit) {
    throw new AppError('not_found', `No external audit "${auditId}" in this organisation.`, [{ register: 'externalAudits', recordId: auditId, message: 'not found' }]);
  }
  const recorded = audit.sampledRefs.length > 0;
  const kind = audit.kind.startsWith('surveillance') ? 'surveillance' : audit.kind === 'recertification' ? 'recertification' : 'stage-2';
  const refs = recorded ? audit.sampledRefs : proposeSample(aims, now, { auditKind: kind }).items.map((i) => i.ref);
  const wanted = new Set(refs.flatMap((r) => [r, ...leafClausesOf(r)]));
  const index = buildEvidenceIndex(aims, now);
  const clauses = index.clauses.filter((row) => wanted.has(row.ref));
  const controls = index.controls.filter((row) => wanted.has(row.ref));
  return {
    auditId, kind: audit.kind, scope: recorded ? 'recorded' : 'proposed', refs,
    clauses, controls,
    // Those asking for no records are verified by interview or observation: never a gap.
    gaps: [...clauses.filter((r) => r.leaf), ...controls].filter((r) => r.status !== 'evidenced' && r.status !== 'interview-or-observation'),
  };
}
