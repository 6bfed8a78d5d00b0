// The workflows of the Standard over HTTP: approve a document version, an SoA version, the AI policy; accept a
// residual risk; record a life-cycle gate decision; take a freeze baseline; close a nonconformity. Each route
// calls its service (one transaction, audited) and answers the changed record as the register routes do.
import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from 'fastify';
import { registers, todayUtc, type RegisterName } from '../../../domain/index.ts';
import { auditActorOf, type Action } from '../../../policies/index.ts';
import { acceptResidualRisk } from '../../../services/accept-residual-risk.ts';
import { approveAiPolicy } from '../../../services/approve-ai-policy.ts';
import { approveDocumentVersion } from '../../../services/approve-document-version.ts';
import { approveSoaVersion } from '../../../services/approve-soa-version.ts';
import { closeNonconformity } from '../../../services/close-nonconformity.ts';
import { recordGateDecision, type GateDecisionName } from '../../../services/record-gate-decision.ts';
import { takeFreezeBaseline } from '../../../services/take-freeze-baseline.ts';
import type { WorkflowActor } from '../../../services/workflow-records.ts';
import type { AimsDatabase, StoredRecord } from '../../../store/index.ts';
import { errorResponses } from '../../errors.ts';
import { memberOf, type RoutePolicy } from '../../route-policy.ts';
import { presentRecord } from '../registers/present.ts';
import { RecordParams, RegisterParams, storedItem } from '../registers/schema.ts';
import { ApprovalBody, ClosureBody, DocumentApprovalBody, FreezeBody, GateDecisionBody, ResidualAcceptanceBody } from './schema.ts';

const REFUSALS = [400, 401, 403, 404, 409, 422];

const onRecord = (register: RegisterName, action: Action): RoutePolicy =>
  ({ kind: 'organisation', action, subject: { kind: 'record', register }, target: 'record' });

function workflowActor(request: FastifyRequest): WorkflowActor {
  const member = memberOf(request);
  return { actor: auditActorOf(member), personId: member.personId };
}

type Body = Record<string, unknown> & { version: number };

export const workflowRoutes = (options: { readonly db: AimsDatabase; readonly clock: () => Date }): FastifyPluginAsync => async (app: FastifyInstance) => {
  const { db } = options;
  const today = () => todayUtc(options.clock());

  /** A workflow on one record under /orgs/:org/<register>/:id/<step>, answering that record. */
  function step(register: RegisterName, path: string, action: Action, summary: string, body: Parameters<typeof storedItem>[0], run: (id: string, body: Body, actor: WorkflowActor, organisationId: string) => Promise<StoredRecord>, status = 200): void {
    const stem = path.split('/')[0]!;
    app.post(`/orgs/:org/${path}`, {
      config: { policy: onRecord(register, action) },
      schema: { summary, tags: [stem, 'workflows'], params: RecordParams, body, response: { [status]: storedItem(registers[register].schema), ...errorResponses(REFUSALS) } },
    }, async (request, reply) => {
      const member = memberOf(request);
      const { id } = request.params as { id: string };
      const stored = await run(id, request.body as Body, workflowActor(request), member.organisationId);
      return reply.status(status).send(presentRecord(member, register, stored));
    });
  }

  step('documents', 'documents/:id/approve', 'approve', 'Approve a version of a controlled document (it becomes immutable; the version approved before is superseded)', DocumentApprovalBody,
    (id, b, actor, org) => approveDocumentVersion(db, org, {
      documentId: id, expectedVersion: b.version, documentVersion: b.documentVersion as string, approvedOn: (b.approvedOn as string | undefined) ?? today(),
      ...(b.effectiveOn ? { effectiveOn: b.effectiveOn as string } : {}),
    }, actor));

  step('soaVersions', 'soa-versions/:id/approve', 'approve', 'Approve a Statement of Applicability version (every entry justified)', ApprovalBody,
    (id, b, actor, org) => approveSoaVersion(db, org, { soaVersionId: id, expectedVersion: b.version, approvedOn: (b.approvedOn as string | undefined) ?? today() }, actor));

  step('risks', 'risks/:id/accept-residual', 'accept-residual', 'Accept the residual risk of a treated risk (only the management designated for it)', ResidualAcceptanceBody,
    (id, b, actor, org) => acceptResidualRisk(db, org, {
      riskId: id, expectedVersion: b.version, acceptedOn: (b.acceptedOn as string | undefined) ?? today(),
      ...(b.rationale !== undefined ? { rationale: b.rationale as string } : {}),
    }, actor));

  step('aiPolicies', 'ai-policies/:id/approve', 'approve', 'Approve the AI policy (only a person of top management)', ApprovalBody,
    (id, b, actor, org) => approveAiPolicy(db, org, { policyId: id, expectedVersion: b.version, approvedOn: (b.approvedOn as string | undefined) ?? today() }, actor));

  step('aiSystems', 'ai-systems/:id/gate-decisions', 'record-gate-decision', 'Record the decision at a life-cycle gate of an AI system', GateDecisionBody,
    (id, b, actor, org) => recordGateDecision(db, org, {
      aiSystemId: id, expectedVersion: b.version, stage: b.stage as never, decision: b.decision as GateDecisionName, decidedOn: (b.decidedOn as string | undefined) ?? today(),
      evidenceIds: (b.evidenceIds as string[] | undefined) ?? [], ...(b.notes !== undefined ? { notes: b.notes as string } : {}),
    }, actor), 201);

  step('nonconformities', 'nonconformities/:id/close', 'close', 'Close a nonconformity (root cause, and corrective action or a reasoned evaluation that none is needed)', ClosureBody,
    (id, b, actor, org) => closeNonconformity(db, org, {
      nonconformityId: id, expectedVersion: b.version, closedOn: (b.closedOn as string | undefined) ?? today(),
      ...(b.noActionReason !== undefined ? { noActionReason: b.noActionReason as string } : {}),
    }, actor));

  // The baseline to be taken carries no owner, so it is judged as an empty record: owners and managers take it.
  app.post('/orgs/:org/freeze-baselines/take', {
    config: { policy: { kind: 'organisation', action: 'create', subject: { kind: 'record', register: 'freezeBaselines' }, target: 'body-record' } },
    schema: {
      summary: 'Take a document freeze baseline: the version in force of every controlled document', tags: ['freeze-baselines', 'workflows'],
      params: RegisterParams, body: FreezeBody, response: { 201: storedItem(registers.freezeBaselines.schema), ...errorResponses(REFUSALS) },
    },
  }, async (request, reply) => {
    const member = memberOf(request);
    const body = request.body as { id?: string; frozenOn: string; forAuditId?: string };
    const stored = await takeFreezeBaseline(db, member.organisationId, {
      frozenOn: body.frozenOn, ...(body.id ? { id: body.id } : {}), ...(body.forAuditId ? { forAuditId: body.forAuditId } : {}),
    }, workflowActor(request));
    return reply.status(201).send(presentRecord(member, 'freezeBaselines', stored));
  });
};
