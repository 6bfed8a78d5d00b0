// Schemas of the certification routes: the records of `aims certification`, the cycle plan, audit-day estimates.
import { Type } from '@sinclair/typebox';
import { aiRoles } from '../../../domain/index.ts';

const Day = Type.String({ format: 'date' });

export const CertificationQuery = Type.Object({
  asOf: Type.Optional(Type.String({ format: 'date', description: 'As of this date (YYYY-MM-DD); today (UTC) by default.' })),
  stage2: Type.Optional(Type.String({ format: 'date', description: 'A target Stage 2 date, for an organisation with none on record.' })),
}, { additionalProperties: false });

export const PlanQuery = Type.Object({
  asOf: Type.Optional(Type.String({ format: 'date', description: 'Judge due dates as of this date; today (UTC) by default.' })),
  stage2: Type.Optional(Type.String({ format: 'date', description: 'A target Stage 2 date, for an organisation with no certificate and no Stage 2 on record.' })),
  personnel: Type.Optional(Type.Integer({ minimum: 1, description: 'Effective personnel for the audit days; the organisation\'s by default.' })),
  format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('ics')], { description: '`ics` for an RFC 5545 calendar (as does Accept: text/calendar).' })),
}, { additionalProperties: false });

const Count = (description: string) => Type.Optional(Type.Integer({ minimum: 0, description }));

export const AuditDaysQuery = Type.Object({
  personnel: Type.Optional(Type.Integer({ minimum: 1, description: 'Effective personnel; the organisation\'s by default.' })),
  sites: Count('Sites besides the central function, for a what-if; the organisation\'s recorded sites by default.'),
  distinctSites: Count('Of `sites`, how many run processes no other site runs (visited every time, not sampled).'),
  aiSystems: Count('AI systems in the AIMS scope; the records\' count by default.'),
  complexAiSystems: Count('Of them, the AI systems of high complexity.'),
  aiRoles: Type.Optional(Type.String({ minLength: 1, description: `The organisation's AI roles, comma-separated (${aiRoles.join(', ')}).` })),
  highRiskUses: Count('AI systems in a high-risk use (EU AI Act high-risk).'),
  outsourcedAi: Count('AI systems that rely on AI bought in.'),
  integratedWith: Type.Optional(Type.String({ minLength: 1, description: 'Other certified management systems audited with the AIMS, comma-separated (IAF MD 11).' })),
  integration: Type.Optional(Type.Union([Type.Literal('partial'), Type.Literal('full')], { description: 'How far the management systems are integrated, with integratedWith.' })),
}, { additionalProperties: false });

export const AuditParams = Type.Object({ org: Type.String({ minLength: 1 }), auditId: Type.String({ minLength: 1 }) });

const CycleEvent = Type.Object({
  id: Type.String(), kind: Type.String(), title: Type.String(), start: Day, end: Day,
  status: Type.Union(['proposed', 'planned', 'done', 'overdue', 'at-risk'].map((s) => Type.Literal(s))),
  basis: Type.String(), dueBy: Type.Optional(Day), auditDays: Type.Optional(Type.Number()), auditId: Type.Optional(Type.String()),
  risks: Type.Optional(Type.Array(Type.String())),
}, { additionalProperties: true });

const Open = (description: string) => Type.Object({}, { additionalProperties: true, description });

export const CyclePlanResponse = Type.Object({
  anchoredOn: Type.Union([Type.Literal('certificate'), Type.Literal('stage-2'), Type.Literal('target')]),
  certificateId: Type.Optional(Type.String()),
  cycle: Type.Optional(Type.Integer()),
  stage2: Day,
  events: Type.Array(CycleEvent),
  auditDays: Type.Optional(Open('The audit-day estimate (as GET …/audit-days).')),
  sites: Type.Optional(Open('The multi-site sample sizes.')),
  rules: Type.Array(Type.Object({ confidence: Type.String() }, { additionalProperties: true })),
  risks: Type.Array(Open('A date at risk and why.')),
}, { additionalProperties: true, description: 'What `aims plan --db … --org … --format json` prints; text/calendar with ?format=ics.' });

export const CertificationResponse = Type.Object({
  organisation: Type.Object({ id: Type.String(), name: Type.String(), sector: Type.String(), effectivePersonnel: Type.Integer() }),
  asOf: Day,
  auditDays: Type.Union([Open('The audit-day estimate.'), Type.Null()]),
  sites: Open('The multi-site sample sizes.'),
  cycle: Type.Union([CyclePlanResponse, Type.Null()], { description: 'The cycle as dated events; null before a certificate or Stage 2 is on record (and no stage2 given).' }),
  certificationBodies: Type.Array(Open('A certification body and whether it suits (accreditation, IAF MLA, scope).')),
  proposals: Open('The proposals of certification bodies side by side.'),
  findings: Type.Array(Open('An external finding with its deadline and status.')),
  coverage: Open('What the cycle\'s audits sampled, and what surveillance has still to cover.'),
  audits: Type.Array(Open('An external audit with what it sampled, or the sample proposed for it.')),
  nextAudit: Type.Union([Open('The next audit and the sample to prepare for it.'), Type.Null()]),
  readiness: Type.Object({
    stage1: Type.Optional(Day),
    steps: Type.Array(Open('Readiness work with its due date counted back from Stage 1.')),
    interviewPacks: Type.Array(Open('A mock-interview pack for one control owner.')),
    freeze: Type.Union([Open('The document freeze: baseline, end, and the documents changed since (drift).'), Type.Null()]),
  }, { additionalProperties: true }),
}, { description: 'What `aims certification --format json` prints for the organisation.' });

export const AuditEvidenceResponse = Type.Object({
  auditId: Type.String(), kind: Type.String(), scope: Type.Union([Type.Literal('recorded'), Type.Literal('proposed')]),
  refs: Type.Array(Type.String()),
  clauses: Type.Array(Open('An evidence index row.')), controls: Type.Array(Open('An evidence index row.')), gaps: Type.Array(Open('An evidence index row.')),
}, { description: 'The evidence index scoped to one external audit\'s sample (`aims certification --audit <id> --format json`).' });

export const AuditDaysResponse = Type.Object({
  personnel: Type.Integer(),
  initial: Type.Object({ days: Type.Number() }, { additionalProperties: true }),
  surveillance: Type.Object({ days: Type.Number() }, { additionalProperties: true }),
  recertification: Type.Object({ days: Type.Number() }, { additionalProperties: true }),
  sites: Open('The multi-site sample sizes: initial, surveillance, recertification.'),
}, { additionalProperties: true, description: 'What `aims audit-days --format json` prints, with the personnel it was estimated for.' });
