// Schemas of the evidence-request routes (the information request list of an external audit).
import { Type } from '@sinclair/typebox';
import { EvidenceRequest, EvidenceRequestAsk, evidenceRequestStatuses } from '../../../domain/index.ts';
import { actionsOf } from '../../../policies/index.ts';

const Action = Type.Union(actionsOf['evidence-request'].map((a) => Type.Literal(a)));
const Status = Type.Union(evidenceRequestStatuses.map((s) => Type.Literal(s)));

export const RequestParams = Type.Object({ org: Type.String({ minLength: 1 }), id: Type.String({ minLength: 1 }) });

export const ListQuery = Type.Object({
  auditId: Type.Optional(Type.String({ minLength: 1, description: 'Only the requests of this external audit.' })),
  status: Type.Optional(Status),
  outstanding: Type.Optional(Type.Boolean({ description: 'Only the requests still waiting for the organisation (status open).' })),
}, { additionalProperties: false });

export const StoredRequest = Type.Object({
  request: Type.Composite([EvidenceRequest, Type.Object({ overdue: Type.Boolean({ description: 'Outstanding past its due date.' }) })]),
  version: Type.Integer({ minimum: 1 }),
  allowedActions: Type.Array(Action),
});

export const RequestList = Type.Object({
  items: Type.Array(StoredRequest),
  total: Type.Integer({ minimum: 0 }),
  outstanding: Type.Integer({ minimum: 0, description: 'Of these, how many still wait for the organisation.' }),
  overdue: Type.Integer({ minimum: 0, description: 'Of the outstanding ones, how many are past their due date.' }),
  allowedActions: Type.Array(Type.Literal('create'), { description: '["create"] when the caller may add a request (to their audit, for an external auditor).' }),
});

export const CreateRequestBody = Type.Object({
  auditId: Type.String({ minLength: 1 }),
  title: EvidenceRequestAsk.properties.title,
  detail: Type.Optional(EvidenceRequestAsk.properties.detail),
  refs: Type.Optional(EvidenceRequestAsk.properties.refs),
  dueOn: Type.Optional(EvidenceRequestAsk.properties.dueOn),
}, { additionalProperties: false });

export const UpdateRequestBody = Type.Object({
  request: Type.Object({ ...EvidenceRequestAsk.properties, status: Status }, { additionalProperties: false }),
  version: Type.Integer({ minimum: 1, description: 'The version the change was based on.' }),
}, { additionalProperties: false });

export const AnswerBody = Type.Object({
  answer: Type.String({ maxLength: 10_000, description: 'The answer in words.' }),
  evidenceIds: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { maxItems: 200, description: 'Evidence items given in answer.' })),
  documentIds: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { maxItems: 200, description: 'Documents given in answer.' })),
  version: Type.Integer({ minimum: 1, description: 'The version the answer was based on.' }),
}, { additionalProperties: false });
