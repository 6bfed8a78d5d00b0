// Evidence requests over HTTP: the information request list an external auditor sends (list, create, change), which
// the organisation answers with evidence, showing what is still outstanding. An external auditor sees and writes
// only the requests of their own audit, and only between the dates of their access.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, isOutstanding, isOverdue, todayUtc } from '../../../domain/index.ts';
import { allowedActions, auditActorOf, permission, type MemberActor } from '../../../policies/index.ts';
import { answerEvidenceRequest } from '../../../services/evidence-requests/answer-evidence-request.ts';
import { changeEvidenceRequest } from '../../../services/evidence-requests/change-evidence-request.ts';
import { requestEvidence } from '../../../services/evidence-requests/request-evidence.ts';
import { getEvidenceRequest, listEvidenceRequests, type AimsDatabase, type StoredEvidenceRequest } from '../../../store/index.ts';
import { errorResponses } from '../../errors.ts';
import { memberOf } from '../../route-policy.ts';
import { OrgParams } from '../orgs/schema.ts';
import { AnswerBody, CreateRequestBody, ListQuery, RequestList, RequestParams, StoredRequest, UpdateRequestBody } from './schema.ts';

const subject = { kind: 'evidence-request' } as const;
const tags = ['evidence-requests'];

const present = (member: MemberActor, stored: StoredEvidenceRequest, today: string) => ({
  request: { ...stored.request, overdue: isOverdue(stored.request, today) },
  version: stored.version,
  allowedActions: allowedActions(member, { kind: 'evidence-request', auditId: stored.request.auditId }).filter((a) => a !== 'create'),
});

const loadedOf = (request: FastifyRequest): StoredEvidenceRequest => {
  if (!request.loadedRequest) throw new AppError('not_found', 'There is no such evidence request in this organisation.');
  return request.loadedRequest;
};

export const evidenceRequestRoutes = (options: { readonly db: AimsDatabase; readonly clock: () => Date }): FastifyPluginAsyncTypebox => async (app) => {
  const { db } = options;
  const today = () => todayUtc(options.clock());

  /** A stale version: 409 with the request as it is now, as the registers answer. */
  async function conflict(reply: FastifyReply, member: MemberActor, id: string, error: AppError) {
    const current = await getEvidenceRequest(db, member.organisationId, id);
    return reply.status(409).send({ error: error.code, message: error.message, details: error.details, ...(current ? { current: present(member, current, today()) } : {}) });
  }

  app.get('/orgs/:org/evidence-requests', {
    config: { policy: { kind: 'organisation', action: 'read', subject } },
    schema: {
      summary: 'The evidence requests (information request list) of the organisation\'s external audits, with what is outstanding',
      tags, params: OrgParams, querystring: ListQuery, response: { 200: RequestList, ...errorResponses([400, 401, 403, 404]) },
    },
  }, async (request) => {
    const member = memberOf(request);
    const { auditId, status, outstanding } = request.query;
    // Everyone who may read every request lists them all; an external auditor lists only their audit's.
    const scope = permission(member, 'read', subject) === 'yes' ? undefined : member.externalAuditId;
    if (scope === null || (scope !== undefined && auditId !== undefined && auditId !== scope)) {
      throw new AppError('forbidden', 'You may read only the evidence requests of the external audit you were given access to.', [{ field: 'auditId', message: 'not your audit' }]);
    }
    const stored = await listEvidenceRequests(db, member.organisationId, {
      ...(scope ?? auditId ? { auditId: scope ?? auditId } : {}), ...(outstanding ? { status: 'open' } : status ? { status } : {}),
    });
    const now = today();
    const items = (outstanding && status && status !== 'open' ? [] : stored).map((s) => present(member, s, now));
    const createAllowed = permission(member, 'create', scope ? { kind: 'evidence-request', auditId: scope } : subject) !== 'no';
    return {
      items, total: items.length,
      outstanding: items.filter((i) => isOutstanding(i.request)).length,
      overdue: items.filter((i) => i.request.overdue).length,
      allowedActions: createAllowed ? ['create' as const] : [],
    };
  });

  app.post('/orgs/:org/evidence-requests', {
    config: { policy: { kind: 'organisation', action: 'create', subject, target: 'body-audit' } },
    schema: {
      summary: 'Request evidence for an external audit (an external auditor: for their own audit)', tags, params: OrgParams, body: CreateRequestBody,
      response: { 201: StoredRequest, ...errorResponses([400, 401, 403, 404, 422]) },
    },
  }, async (request, reply) => {
    const member = memberOf(request);
    const { auditId, title, detail, refs, dueOn } = request.body;
    const stored = await requestEvidence(db, member.organisationId, {
      auditId, title, ...(detail !== undefined ? { detail } : {}), ...(refs ? { refs } : {}), ...(dueOn !== undefined ? { dueOn } : {}),
    }, { actor: auditActorOf(member) });
    return reply.status(201).send(present(member, stored, today()));
  });

  app.get('/orgs/:org/evidence-requests/:id', {
    config: { policy: { kind: 'organisation', action: 'read', subject, target: 'evidence-request' } },
    schema: { summary: 'Read one evidence request', tags, params: RequestParams, response: { 200: StoredRequest, ...errorResponses([401, 403, 404]) } },
  }, async (request) => present(memberOf(request), loadedOf(request), today()));

  app.put('/orgs/:org/evidence-requests/:id', {
    config: { policy: { kind: 'organisation', action: 'update', subject, target: 'evidence-request' } },
    schema: {
      summary: 'Change what a request asks, or accept its answer, reopen it or withdraw it (send the version it was based on)', tags, params: RequestParams, body: UpdateRequestBody,
      response: { 200: StoredRequest, ...errorResponses([400, 401, 403, 404, 409]) },
    },
  }, async (request, reply) => {
    const member = memberOf(request);
    const id = loadedOf(request).request.id;
    try {
      return present(member, await changeEvidenceRequest(db, member.organisationId, id, request.body.request, request.body.version, { actor: auditActorOf(member) }), today());
    } catch (error) {
      if (error instanceof AppError && error.code === 'version_conflict') return conflict(reply as FastifyReply, member, id, error);
      throw error;
    }
  });

  app.post('/orgs/:org/evidence-requests/:id/answer', {
    config: { policy: { kind: 'organisation', action: 'answer', subject, target: 'evidence-request' } },
    schema: {
      summary: 'Answer a request with evidence items and documents; it becomes answered, awaiting the auditor', tags, params: RequestParams, body: AnswerBody,
      response: { 200: StoredRequest, ...errorResponses([400, 401, 403, 404, 409, 422]) },
    },
  }, async (request, reply) => {
    const member = memberOf(request);
    const id = loadedOf(request).request.id;
    const { answer, evidenceIds, documentIds, version } = request.body;
    try {
      return present(member, await answerEvidenceRequest(db, member.organisationId, id, {
        answer, ...(evidenceIds ? { evidenceIds } : {}), ...(documentIds ? { documentIds } : {}),
      }, version, { actor: auditActorOf(member) }), today());
    } catch (error) {
      if (error instanceof AppError && error.code === 'version_conflict') return conflict(reply as FastifyReply, member, id, error);
      throw error;
    }
  });
};
