// Shapes of the API's answers that the web app reads (see /api/openapi.json for the full schemas).

export type Severity = 'major' | 'minor' | 'observation';
export type Outcome = 'finding' | 'needs-review' | 'pass' | 'not-applicable';

export interface User {
  readonly id: string;
  readonly email: string;
  readonly name: string | null;
  readonly installationAdmin: boolean;
}

export interface Membership {
  readonly organisationId: string;
  readonly organisationName: string;
  readonly role: string;
  readonly personId: string | null;
  readonly externalAuditId: string | null;
  readonly accessFrom: string | null;
  readonly accessUntil: string | null;
}

export interface SessionInfo {
  readonly user: User;
  /** Null when signed in with an API token, which needs none. */
  readonly csrfToken: string | null;
  readonly via: 'session' | 'token';
  readonly expiresAt: string | null;
  readonly memberships: readonly Membership[];
}

export interface Organisation {
  readonly id: string;
  readonly name: string;
  readonly role: string;
  readonly externalAuditId: string | null;
}

/** One record as the API returns it, with the actions the caller may take on it. */
export interface Envelope<T = Record<string, unknown>> {
  readonly record: T;
  readonly version: number;
  readonly allowedActions: readonly string[];
}

export interface Page<T = Record<string, unknown>> {
  readonly items: readonly Envelope<T>[];
  readonly total: number;
  readonly allowedActions?: readonly string[];
}

export interface Subject {
  readonly register: string;
  readonly id: string;
  readonly label?: string;
}

export interface Finding {
  readonly check: string;
  readonly outcome: Outcome;
  readonly severity: Severity;
  readonly refs: readonly string[];
  readonly subjects: readonly Subject[];
  readonly message: string;
  readonly fix?: string;
  readonly decidesVerdict?: boolean;
}

export interface VerdictReason {
  readonly check: string;
  readonly severity: Severity;
  readonly findings: number;
  readonly text: string;
}

/** Before certification (Stage 2 next) or certified (the cycle's next audit, the certificate and its outlook). */
export interface Standing {
  readonly kind: 'initial' | 'certified';
  readonly nextAudit: string;
  readonly date?: string;
  readonly due?: string;
  readonly overdue?: boolean;
  readonly certificate?: { readonly id: string; readonly number: string; readonly expiresOn: string; readonly status: string };
  readonly certificateOutlook?: string;
}

export interface Verdict {
  readonly verdict: 'ready-with-minor-adjustments' | 'ready-after-specific-actions' | 'not-ready';
  readonly label: string;
  readonly decidedBy: string;
  readonly rule?: readonly string[];
  readonly reasons: readonly VerdictReason[];
  readonly standing?: Standing;
  /** Findings about the certification arrangements (the body, the cycle's dates): reported apart, never deciding. */
  readonly certificationRisks?: readonly VerdictReason[];
}

export type Freshness = 'current' | 'stale' | 'expired';
export type CoverageStatus = 'evidenced' | 'interview-or-observation' | 'only-stale' | 'only-expired' | 'no-evidence';

export interface IndexedEvidence extends Subject {
  readonly via: string;
  readonly date?: string;
  readonly freshness: Freshness;
  readonly note?: string;
  /** Linked but not the documented information the requirement accepts: listed, never counted. */
  readonly supporting?: true;
}

export interface EvidenceIndexRow {
  readonly ref: string;
  readonly kind: 'clause' | 'control';
  readonly title: string;
  readonly parent?: string;
  readonly leaf: boolean;
  readonly custom?: boolean;
  readonly soaEntryIds?: readonly string[];
  readonly documentedInformation?: 'maintain' | 'retain' | 'maintain-and-retain' | 'none';
  readonly requires?: readonly string[];
  readonly verifiedBy?: string;
  readonly evidence: readonly IndexedEvidence[];
  readonly status: CoverageStatus;
}

export interface CoverageCounts {
  readonly total: number;
  readonly evidenced: number;
  readonly interviewOrObservation: number;
  readonly onlyStale: number;
  readonly onlyExpired: number;
  readonly noEvidence: number;
}

export interface KeyDocument {
  readonly kind: string;
  readonly title: string;
  readonly refs: readonly string[];
  readonly records: readonly IndexedEvidence[];
  readonly status: CoverageStatus;
}

export interface EvidenceIndex {
  readonly asOf: string;
  readonly keyDocuments: readonly KeyDocument[];
  readonly clauses: readonly EvidenceIndexRow[];
  readonly controls: readonly EvidenceIndexRow[];
  readonly gaps: readonly (EvidenceIndexRow & { readonly status: Exclude<CoverageStatus, 'evidenced' | 'interview-or-observation'> })[];
  readonly summary: { readonly clauses: CoverageCounts; readonly controls: CoverageCounts };
}

export interface ReadinessStepStatus {
  readonly number: number;
  readonly step: string;
  readonly title: string;
  readonly state: 'done' | 'in-progress' | 'not-started';
  readonly evidence: string;
  readonly outstanding: readonly string[];
  readonly contradicted: boolean;
  readonly subjects?: readonly Subject[];
}

export interface ReadinessSummary {
  readonly asOf: string;
  readonly organisation: { readonly id: string; readonly name: string };
  readonly checks: number;
  readonly findings: Record<Severity, number>;
  readonly needsReview: number;
  readonly passed: number;
  readonly notApplicable: number;
}

/** What `aims check --format json` prints and `GET /api/orgs/{org}/readiness` answers. */
export interface Readiness {
  readonly verdict: Verdict;
  readonly summary: ReadinessSummary;
  readonly findings: readonly Finding[];
  readonly passes: readonly { readonly check: string; readonly message: string; readonly subjects: number }[];
  readonly notApplicable: readonly { readonly check: string; readonly message: string }[];
  readonly evidenceIndex: EvidenceIndex;
  readonly readinessSteps: readonly ReadinessStepStatus[];
}

export interface HistoryEntry {
  readonly seq: number;
  readonly at: string;
  readonly actor: string;
  readonly action: 'create' | 'update' | 'delete';
  readonly before: unknown;
  readonly after: unknown;
  readonly hash: string;
}
