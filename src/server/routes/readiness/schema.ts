// Schema of GET /api/orgs/:org/readiness: the JSON of `aims check --format json` (docs/check-output.md).
import { Type } from '@sinclair/typebox';

export const AsOfQuery = Type.Object({
  asOf: Type.Optional(Type.String({ format: 'date', description: 'Judge as of this date (YYYY-MM-DD); today (UTC) by default.' })),
}, { additionalProperties: false });

const Subject = Type.Object({ register: Type.String(), id: Type.String() }, { additionalProperties: true });

const Reason = Type.Object({ check: Type.String(), severity: Type.String(), stage1Area: Type.Boolean(), findings: Type.Integer(), text: Type.String() });
const Instance = Type.Object({ subjects: Type.Array(Subject), message: Type.String() });

export const ReadinessResponse = Type.Object({
  verdict: Type.Object({
    verdict: Type.Union([Type.Literal('ready-with-minor-adjustments'), Type.Literal('ready-after-specific-actions'), Type.Literal('not-ready')]),
    label: Type.String(),
    decidedBy: Type.String(),
    rule: Type.Array(Type.String()),
    reasons: Type.Array(Reason),
    objectives: Type.Array(Type.Object({
      id: Type.String(), title: Type.String(), met: Type.Boolean(),
      status: Type.Union([Type.Literal('met'), Type.Literal('concern'), Type.Literal('not-met')]), reasons: Type.Array(Type.String()),
    })),
    standing: Type.Object({}, { additionalProperties: true, description: 'initial (Stage 2 next) or certified (the next audit of the cycle, the certificate and its outlook).' }),
    certificationRisks: Type.Array(Reason),
  }),
  summary: Type.Object({
    asOf: Type.String({ format: 'date' }),
    organisation: Type.Object({ id: Type.String(), name: Type.String() }),
    checks: Type.Integer(),
    findings: Type.Object({ major: Type.Integer(), minor: Type.Integer(), observation: Type.Integer() }),
    needsReview: Type.Integer(),
    passed: Type.Integer(),
    notApplicable: Type.Integer(),
  }),
  findings: Type.Array(Type.Object({
    check: Type.String(), outcome: Type.Union([Type.Literal('finding'), Type.Literal('needs-review')]), severity: Type.String(),
    refs: Type.Array(Type.String()), subjects: Type.Array(Subject), message: Type.String(), fix: Type.String(),
    instances: Type.Array(Instance),
    grading: Type.Optional(Type.Object({}, { additionalProperties: true, description: 'Why it has its severity: basis, extent, examined, affected, requirement, raisedBy.' })),
    decidesVerdict: Type.Boolean(),
  })),
  passes: Type.Array(Type.Object({ check: Type.String(), message: Type.String(), subjects: Type.Integer() })),
  notApplicable: Type.Array(Type.Object({ check: Type.String(), message: Type.String() })),
  evidenceIndex: Type.Object({}, { additionalProperties: true, description: 'The evidence index: keyDocuments, clauses, controls, gaps, summary (docs/check-output.md).' }),
  readinessSteps: Type.Array(Type.Object({}, { additionalProperties: true, description: 'One of the seven readiness steps, in order.' })),
}, { description: 'Byte for byte what `aims check --format json` prints for the organisation.' });
