// Request bodies of the workflow routes: the record version the caller decided on, and what the step records.
import { Type } from '@sinclair/typebox';
import { Id, IsoDate, lifecycleStages } from '../../../domain/index.ts';
import { Version } from '../registers/schema.ts';

const On = (what: string) => Type.Optional(IsoDate(`${what}; today when left out.`));
const Seen = Version;

export const DocumentApprovalBody = Type.Object({
  version: Seen,
  documentVersion: Type.String({ minLength: 1, maxLength: 64, description: 'Which of the document\'s versions is approved, e.g. "1.2".' }),
  approvedOn: On('The date of approval'),
  effectiveOn: On('The date the version takes effect; the approval date when left out'),
}, { additionalProperties: false });

export const ApprovalBody = Type.Object({ version: Seen, approvedOn: On('The date of approval') }, { additionalProperties: false });

export const ResidualAcceptanceBody = Type.Object({
  version: Seen, acceptedOn: On('The date of acceptance'),
  rationale: Type.Optional(Type.String({ minLength: 1, maxLength: 4000, description: 'Why the residual risk is accepted although the acceptance criteria would still treat it; required then, kept on the risk.' })),
}, { additionalProperties: false });

export const GateDecisionBody = Type.Object({
  version: Seen,
  stage: Type.Union(lifecycleStages.map((s) => Type.Literal(s)), { description: 'The life-cycle stage whose gate is decided; the gate closes the stage.' }),
  decision: Type.Union([Type.Literal('approved'), Type.Literal('approved-with-conditions'), Type.Literal('rejected')]),
  decidedOn: On('The date of the decision'),
  evidenceIds: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 128 }), { maxItems: 100, uniqueItems: true, description: 'Evidence items the decision rests on; an approval needs one at least.' })),
  notes: Type.Optional(Type.String({ minLength: 1, maxLength: 10000, description: 'The conditions of an approval with conditions, the reasons of a rejection.' })),
}, { additionalProperties: false });

export const FreezeBody = Type.Object({
  id: Type.Optional(Id('The baseline id; freeze-<frozenOn> when left out.')),
  frozenOn: IsoDate('The date of the freeze: the documents\' versions approved by then are recorded.'),
  forAuditId: Type.Optional(Type.String({ minLength: 1, maxLength: 128, description: 'The planned external audit the documents are frozen for.' })),
}, { additionalProperties: false });

export const ClosureBody = Type.Object({
  version: Seen,
  closedOn: On('The date of closure'),
  noActionReason: Type.Optional(Type.String({ minLength: 1, maxLength: 10000, description: 'Why, having evaluated the need (10.2), no corrective action is needed.' })),
}, { additionalProperties: false });
