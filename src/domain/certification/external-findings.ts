// The certification body's findings as a register: each with its effect on certification, its limit, the 10.2 entry
// that tracks it, and what is missing or overdue as of `now`.
import { assessExternalFinding, type FindingLimit } from './findings.ts';
import { indexSnapshot, type AimsSnapshot, type ExternalFinding, type IsoDateString } from '../index.ts';

export interface ExternalFindingRow {
  readonly id: string;
  readonly auditId: string;
  readonly auditKind?: string;
  readonly classification: ExternalFinding['classification'];
  readonly description: string;
  readonly refs: readonly string[];
  readonly raisedOn: IsoDateString;
  readonly status: ExternalFinding['status'];
  readonly closedOn?: IsoDateString;
  readonly effect: string;
  readonly requires: string;
  readonly blocksDecision: boolean;
  readonly limit?: FindingLimit;
  readonly pastLimit: boolean;
  readonly correctiveActionPlan?: ExternalFinding['correctiveActionPlan'];
  readonly nonconformity?: { readonly id: string; readonly status?: string; readonly exists: boolean };
  readonly verifiedInAuditId?: string;
  readonly issues: readonly string[];
}

const order: Record<ExternalFinding['classification'], number> = { major: 0, minor: 1, observation: 2, 'opportunity-for-improvement': 3 };

/** Every external finding, open before closed, majors first, oldest first. */
export function externalFindingsRegister(aims: AimsSnapshot, now: IsoDateString): ExternalFindingRow[] {
  const index = indexSnapshot(aims);
  return [...aims.externalFindings]
    .sort((a, b) => Number(a.status === 'closed') - Number(b.status === 'closed') || order[a.classification] - order[b.classification] || a.raisedOn.localeCompare(b.raisedOn))
    .map((f) => {
      const a = assessExternalFinding(f, aims, now);
      const nc = f.nonconformityId ? index.nonconformities.get(f.nonconformityId) : undefined;
      return {
        id: f.id, auditId: f.auditId, ...(a.auditKind ? { auditKind: a.auditKind } : {}),
        classification: f.classification, description: f.description, refs: f.refs, raisedOn: f.raisedOn, status: f.status,
        ...(f.closedOn ? { closedOn: f.closedOn } : {}),
        effect: a.effect.effect, requires: a.effect.requires, blocksDecision: a.effect.blocksDecision && f.status === 'open',
        ...(a.limit ? { limit: a.limit } : {}),
        pastLimit: a.pastLimit,
        ...(f.correctiveActionPlan ? { correctiveActionPlan: f.correctiveActionPlan } : {}),
        ...(f.nonconformityId ? { nonconformity: { id: f.nonconformityId, ...(nc ? { status: nc.status } : {}), exists: nc !== undefined } } : {}),
        ...(f.verifiedInAuditId ? { verifiedInAuditId: f.verifiedInAuditId } : {}),
        issues: a.issues,
      };
    });
}
