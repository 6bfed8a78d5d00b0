// How fresh a record is as evidence, register by register: its date, its validity and its review cadence, as of `now`.
import {
  addMonths,
  isBefore,
  latest,
  registers,
  type AnyRecord,
  type RecordOf,
  type RegisterName,
} from '../../domain/index.ts';
import { policyReviewDue } from '../../domain/predicates/review-due.ts';

/**
 * `current`: can be shown to an auditor as it is. `stale`: still stands, but out of date — its review is due, it
 * is older than 12 months where records of its kind are expected yearly, or it lacks what makes it usable (no
 * approved version, no measurement). `expired`: its stated validity has ended; it no longer evidences anything.
 */
export type Freshness = 'current' | 'stale' | 'expired';

export interface FreshnessAssessment {
  /** The date the record is of (approval, completion, the evidence date); absent for undated records. */
  readonly date?: string;
  readonly freshness: Freshness;
  /** Why it is not current, in words a user can act on. */
  readonly note?: string;
}

/** What a register's records say about their own freshness; every part is optional. */
interface FreshnessSpec<R extends RegisterName> {
  /** Whether the record evidences anything yet: a planned review or an audit in progress does not. */
  counts?(record: RecordOf<R>): boolean;
  date?(record: RecordOf<R>): string | undefined;
  /** When the record's own cadence says it must be reviewed again. */
  reviewDue?(record: RecordOf<R>): string | undefined;
  /** When its validity ends (evidence validity, expiry of a qualification). */
  validUntil?(record: RecordOf<R>): string | undefined;
  /** Operational records are expected at least yearly: older than 12 months is stale unless a cadence says otherwise. */
  ages?: boolean;
  /** Something that makes the record unusable as evidence even though it exists. */
  missing?(record: RecordOf<R>, now: string): string | undefined;
}

const approvedVersions = (doc: RecordOf<'documents'>, now: string) =>
  doc.versions.filter((v) => v.status === 'approved' && (v.effectiveOn === undefined || !isBefore(now, v.effectiveOn)));

const documentDate = (doc: RecordOf<'documents'>, now: string) =>
  latest(...approvedVersions(doc, now).map((v) => latest(v.approvedOn, v.effectiveOn)));

const lastMeasured = (r: { measurements: readonly { date: string }[] }) => latest(...r.measurements.map((m) => m.date));

/** Documents need `now` to tell the version in force; the other registers do not. */
function documentSpec(now: string): FreshnessSpec<'documents'> {
  return {
    date: (d) => documentDate(d, now),
    reviewDue: (d) => {
      if (d.reviewDue !== undefined) return d.reviewDue;
      const date = documentDate(d, now);
      return date !== undefined && d.reviewIntervalMonths !== undefined ? addMonths(date, d.reviewIntervalMonths) : undefined;
    },
    ages: true,
    missing: (d) => (approvedVersions(d, now).length === 0 ? 'no approved version in force' : undefined),
  };
}

const specs: { readonly [R in RegisterName]?: FreshnessSpec<R> } = {
  persons: { counts: (p) => p.active !== false },
  contextIssues: { counts: (c) => c.relevant, date: (c) => c.reviewedOn, ages: true },
  interestedParties: { date: (p) => p.reviewedOn, ages: true },
  evidenceItems: { date: (e) => e.evidenceDate, validUntil: (e) => e.validUntil, ages: true },
  suppliers: { date: (s) => s.aiAssessment?.assessedOn, reviewDue: (s) => s.nextReviewDue },
  scopeStatements: { date: (s) => s.approvedOn },
  aiObjectives: { date: lastMeasured },
  aiPolicies: {
    date: (p) => latest(p.approvedOn, p.lastReviewedOn),
    // The same due date policy-review-overdue judges by, so the index never calls current a policy it finds overdue.
    reviewDue: (p) => policyReviewDue(p)?.due,
    missing: (p) => (p.approvedOn === undefined ? 'not approved' : undefined),
  },
  riskMethodologies: { date: (m) => m.approvedOn },
  impactMethodologies: { date: (m) => m.approvedOn },
  risks: { date: (r) => r.assessedOn, reviewDue: (r) => r.nextReviewDue, ages: true },
  soaVersions: { date: (v) => v.approvedOn ?? v.issuedOn },
  plannedChanges: { counts: (c) => c.status !== 'withdrawn', date: (c) => c.completedOn },
  impactAssessments: { date: (a) => a.assessedOn, reviewDue: (a) => a.nextReviewDue, ages: true },
  customerExpectations: { date: (c) => c.reviewedOn, ages: true },
  competenceEvidence: { date: (c) => c.obtainedOn, validUntil: (c) => c.expiresOn },
  awarenessRecords: { date: (a) => a.date, ages: true },
  communicationLog: { date: (c) => c.date, ages: true },
  monitoringMetrics: {
    date: lastMeasured,
    ages: true,
    missing: (m) => (m.measurements.length === 0 ? 'never measured' : undefined),
  },
  nonconformities: { date: (n) => n.closedOn ?? n.raisedOn },
  incidents: { date: (i) => i.occurredOn },
  concernReports: { date: (c) => c.receivedOn },
  internalAuditProgrammes: { date: (p) => p.approvedOn, reviewDue: (p) => p.periodEnd },
  internalAudits: { counts: (a) => a.status === 'completed', date: (a) => a.completedOn ?? a.reportIssuedOn, ages: true },
  managementReviews: { counts: (m) => m.status === 'held', date: (m) => m.heldOn, ages: true },
  externalFindings: { date: (f) => f.closedOn ?? f.raisedOn },
  freezeBaselines: { date: (f) => f.frozenOn },
};

/** One object shape for every result (absent parts undefined): hundreds of thousands are made at scale. */
const assessment = (date: string | undefined, freshness: Freshness, note: string | undefined): FreshnessAssessment => ({ date, freshness, note });

const CURRENT_UNDATED: FreshnessAssessment = { date: undefined, freshness: 'current', note: undefined };

/** Per run date: the document spec and the 12-month cutoff, computed once rather than per record. */
const perDate = new Map<string, { documents: FreshnessSpec<'documents'>; cutoff: string; agedNotes: Map<string, string> }>();
function forDate(now: string) {
  let d = perDate.get(now);
  if (!d) {
    if (perDate.size > 16) perDate.clear();
    d = { documents: documentSpec(now), cutoff: addMonths(now, -12), agedNotes: new Map() };
    perDate.set(now, d);
  }
  return d;
}

/**
 * Record dates are validated YYYY-MM-DD, which compare as text; comparing them directly spares the substrings
 * dates.ts makes to accept longer timestamps, several per record on the hot path of the index.
 */
const before = (a: string, b: string): boolean => a < b;

/** Assesses one record; `undefined` when the record does not evidence anything yet (a planned review). */
export function assessFreshness(register: RegisterName, record: AnyRecord, now: string): FreshnessAssessment | undefined {
  const { documents, cutoff, agedNotes } = forDate(now);
  const spec = (register === 'documents' ? documents : specs[register]) as FreshnessSpec<RegisterName> | undefined;
  if (spec === undefined) return CURRENT_UNDATED;
  const r = record as RecordOf<RegisterName>;
  if (spec.counts && !spec.counts(r)) return undefined;
  const date = spec.date?.(r);
  // A date in the future (a planned completion) is no evidence of anything done yet.
  if (date !== undefined && before(now, date)) return assessment(date, 'stale', `dated ${date}, after ${now}`);
  const validUntil = spec.validUntil?.(r);
  if (validUntil !== undefined && before(validUntil, now)) {
    return assessment(date, 'expired', `valid until ${validUntil}`);
  }
  const missing = spec.missing?.(r, now);
  if (missing !== undefined) return assessment(date, 'stale', missing);
  const reviewDue = spec.reviewDue?.(r);
  if (reviewDue !== undefined && before(reviewDue, now)) {
    return assessment(date, 'stale', `review was due on ${reviewDue}`);
  }
  // An explicit validity or cadence in the future overrides the 12-month rule.
  const cadence = reviewDue !== undefined || validUntil !== undefined;
  if (spec.ages && !cadence && date !== undefined && before(date, cutoff)) {
    // The commonest note at scale; one string per date, not one per record, keeps the index small.
    let note = agedNotes.get(date);
    if (note === undefined) agedNotes.set(date, (note = `dated ${date}, more than 12 months before ${now}`));
    return assessment(date, 'stale', note);
  }
  return date === undefined ? CURRENT_UNDATED : assessment(date, 'current', undefined);
}

/** The name of a record in lists and messages: the register's label field, shortened. */
export function recordLabel(register: RegisterName, record: AnyRecord): string {
  const value = (record as unknown as Record<string, unknown>)[registers[register].label];
  const text = typeof value === 'string' || typeof value === 'number' ? String(value) : record.id;
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
