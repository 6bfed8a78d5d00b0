// Everything the certification view needs, as one record for the web app and `aims certification --format json`:
// the cycle as dated events, the proposals side by side, findings, coverage, and the sample of each audit.
import { type AuditTimeTable } from './audit-time.ts';
import { auditDayInputsFromRecords, estimateOrganisationAuditDays, siteInputsFromRecords, siteSampleOf, type AdjustedAuditDayEstimate } from './audit-day-estimate.ts';
import { auditStart } from './findings.ts';
import { type SiteSample } from './sampling.ts';
import { assessSuitability, type Suitability } from './suitability.ts';
import { type AimsSnapshot, type ExternalAudit, type IsoDateString } from '../index.ts';
import { proposeSample, type ProposedSample, type SampleAuditKind } from './audit-sample.ts';
import { compareProposals, type ProposalComparison } from './compare-proposals.ts';
import { cycleCoverage, type AuditCoverage, type CycleCoverage } from './coverage.ts';
import { cycleFromRecords, sampledSiteCount, type RecordedCycle } from './cycle-from-records.ts';
import { externalFindingsRegister, type ExternalFindingRow } from './external-findings.ts';
import { readinessWork, type ReadinessWork } from './readiness-work.ts';

export interface AuditSample {
  readonly auditId: string;
  readonly kind: ExternalAudit['kind'];
  readonly status: ExternalAudit['status'];
  readonly date?: IsoDateString;
  /** What the audit sampled, as recorded; null when nothing is recorded yet. */
  readonly sampled: AuditCoverage | null;
  /** For an audit not held and not yet sampled: the sample to prepare. */
  readonly proposed?: ProposedSample;
}

export interface CertificationRecords {
  readonly organisation: { readonly id: string; readonly name: string; readonly sector: string; readonly effectivePersonnel: number };
  readonly asOf: IsoDateString;
  readonly auditDays: AdjustedAuditDayEstimate | null;
  readonly sites: SiteSample;
  readonly cycle: RecordedCycle | null;
  readonly certificationBodies: readonly Suitability[];
  readonly proposals: ProposalComparison;
  readonly findings: readonly ExternalFindingRow[];
  readonly coverage: CycleCoverage;
  readonly audits: readonly AuditSample[];
  /** The sample to prepare for the next audit of the cycle. */
  readonly nextAudit: { readonly kind: SampleAuditKind; readonly auditId?: string; readonly date?: IsoDateString; readonly sample: ProposedSample } | null;
  readonly readiness: ReadinessWork;
}

export interface CertificationRecordsOptions {
  readonly now: IsoDateString;
  readonly stage2?: IsoDateString;
  readonly table?: AuditTimeTable;
}

const sampleKind = (kind: string): SampleAuditKind | undefined =>
  kind === 'stage-2' ? 'stage-2' : kind === 'recertification' ? 'recertification' : kind.startsWith('surveillance') ? 'surveillance' : undefined;

export function certificationRecords(aims: AimsSnapshot, options: CertificationRecordsOptions): CertificationRecords {
  const { now } = options;
  const table = options.table;
  const cycle = cycleFromRecords(aims, { now, ...(options.stage2 ? { stage2: options.stage2 } : {}), ...(table ? { table } : {}) }) ?? null;
  const coverage = cycleCoverage(aims, now);
  const remainingSurveillance = (cycle?.events ?? []).filter((e) => e.kind.startsWith('surveillance') && e.status !== 'done').length;
  // The sample depends only on the kind: every planned audit of a kind, and the next audit, share one.
  const samples = new Map<SampleAuditKind, ProposedSample>();
  const sampleFor = (kind: SampleAuditKind): ProposedSample => {
    let sample = samples.get(kind);
    if (!sample) {
      sample = proposeSample(aims, now, { auditKind: kind, coverage, remainingSurveillance });
      samples.set(kind, sample);
    }
    return sample;
  };
  const covered = new Map(coverage.audits.map((a) => [a.auditId, a]));
  const audits = [...aims.externalAudits]
    .filter((a) => a.kind !== 'application' && a.kind !== 'certification-decision')
    .sort((a, b) => (auditStart(a) ?? '').localeCompare(auditStart(b) ?? ''))
    .map((a): AuditSample => {
      const date = auditStart(a);
      const kind = sampleKind(a.kind);
      const recorded = a.sampledRefs.length > 0 ? (covered.get(a.id) ?? null) : null;
      const proposed = a.status === 'planned' && a.sampledRefs.length === 0 && kind ? sampleFor(kind) : undefined;
      return { auditId: a.id, kind: a.kind, status: a.status, ...(date ? { date } : {}), sampled: recorded, ...(proposed ? { proposed } : {}) };
    });
  const next = (cycle?.events ?? []).find((e) => e.status !== 'done' && sampleKind(e.kind) !== undefined);
  const nextKind = next ? sampleKind(next.kind) : undefined;
  const personnel = aims.organisation.effectivePersonnel;
  const auditDays = estimateOrganisationAuditDays(personnel, { ...(table ? { table } : {}), inputs: auditDayInputsFromRecords(aims), sites: siteInputsFromRecords(aims) });
  return {
    organisation: { id: aims.organisation.id, name: aims.organisation.name, sector: aims.organisation.sector, effectivePersonnel: personnel },
    asOf: now,
    auditDays: auditDays ?? null,
    sites: siteSampleOf(auditDays, sampledSiteCount(aims)),
    cycle,
    certificationBodies: aims.certificationBodies.map((b) => assessSuitability(b, aims, now)),
    proposals: compareProposals(aims, now, table ? { table } : {}),
    findings: externalFindingsRegister(aims, now),
    coverage,
    audits,
    nextAudit: next && nextKind
      ? { kind: nextKind, ...(next.auditId ? { auditId: next.auditId } : {}), date: next.start, sample: sampleFor(nextKind) }
      : null,
    // Counted back from the Stage 1 on record, else from the planned one.
    readiness: readinessWork(aims, now, cycle?.events.find((e) => e.kind === 'stage-1')?.start),
  };
}
