// Schema of GET /api/orgs/:org/dashboard, which the web app's dashboard draws (documented in docs/api.md).
import { Type } from '@sinclair/typebox';

const Counts = Type.Object({ total: Type.Integer(), evidenced: Type.Integer(), interviewOrObservation: Type.Integer(), onlyStale: Type.Integer(), onlyExpired: Type.Integer(), noEvidence: Type.Integer() });
const Int = Type.Integer({ minimum: 0 });
const Reason = Type.Object({ check: Type.String(), severity: Type.String(), stage1Area: Type.Boolean(), findings: Int, text: Type.String() });

export const DashboardResponse = Type.Object({
  asOf: Type.String({ format: 'date' }),
  organisation: Type.Object({ id: Type.String(), name: Type.String() }),
  verdict: Type.Object({
    verdict: Type.Union([Type.Literal('ready-with-minor-adjustments'), Type.Literal('ready-after-specific-actions'), Type.Literal('not-ready')]),
    label: Type.String(), decidedBy: Type.String(),
    reasons: Type.Array(Reason),
    standing: Type.Object({}, { additionalProperties: true, description: 'initial (Stage 2 next) or certified (the next audit of the cycle, the certificate and its outlook).' }),
    certificationRisks: Type.Array(Reason, { description: 'Findings about the certification arrangements (the body, the cycle\'s dates): reported apart, they never change the verdict.' }),
  }),
  findings: Type.Object({ major: Int, minor: Int, observation: Int, needsReview: Int, passed: Int, notApplicable: Int, checks: Int }),
  heatMap: Type.Object({
    clauses: Type.Array(Type.String(), { description: 'Row keys: clauses 4 to 10, then "none" (findings citing no clause).' }),
    groups: Type.Array(Type.String(), { description: 'Column keys: Annex A groups A.2 to A.10, then "none" (findings citing no Annex A control).' }),
    cells: Type.Array(Type.Object({ clause: Type.String(), group: Type.String(), findings: Int, major: Int, minor: Int, observation: Int }), { description: 'Only non-empty cells; a finding counts once in each (clause, group) pair its refs name.' }),
  }),
  readinessSteps: Type.Array(Type.Object({
    number: Type.Integer({ minimum: 1, maximum: 7 }), step: Type.String(), title: Type.String(),
    state: Type.Union([Type.Literal('done'), Type.Literal('in-progress'), Type.Literal('not-started')]),
    evidence: Type.String(), outstanding: Type.Array(Type.String()), contradicted: Type.Boolean(),
  })),
  nextDue: Type.Array(Type.Object({
    date: Type.String({ format: 'date' }),
    kind: Type.Union(['policy-review', 'document-review', 'risk-assessment', 'impact-assessment', 'internal-audit', 'external-audit', 'corrective-action', 'certificate-expiry'].map((k) => Type.Literal(k))),
    register: Type.String(), id: Type.String(), title: Type.String(), overdue: Type.Boolean(),
  }), { description: 'The 20 earliest due dates, overdue ones included, by date.' }),
  evidenceCoverage: Type.Object({ clauses: Counts, controls: Counts, gaps: Int }),
  timeline: Type.Array(Type.Object({
    id: Type.String(), kind: Type.String(), title: Type.String(), start: Type.String({ format: 'date' }), end: Type.String({ format: 'date' }),
    status: Type.Union(['proposed', 'planned', 'done', 'overdue', 'at-risk'].map((s) => Type.Literal(s))),
    dueBy: Type.Optional(Type.String({ format: 'date' })), auditId: Type.Optional(Type.String()), risks: Type.Optional(Type.Array(Type.String())),
  }), { description: 'The certification cycle\'s dated events; empty before a certificate or Stage 2 is on record.' }),
});
