// The certification cycle over HTTP: the records of `aims certification` (cycle, proposals side by side, external
// findings with deadlines, coverage, the next audit's sample, mock-interview packs, the freeze and its drift), one
// audit's evidence index, the cycle plan (JSON or iCalendar) and audit-day estimates. Each is built from the
// organisation's cached snapshot once per version of the organisation (the head of its audit chain), never per request.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { evidenceIndexForAudit } from '../../../checks/readiness/evidence-for-audit.ts';
import {
  answerAuditDayRequest, certificationRecords, cycleFromRecords, type AuditDayRequest, type CycleEvent,
} from '../../../domain/certification/index.ts';
import { aiRoles, AppError, todayUtc } from '../../../domain/index.ts';
import { cycleCalendarEvents, renderIcs } from '../../../reports/ics.ts';
import { errorResponses } from '../../errors.ts';
import type { ReadinessCache } from '../../readiness-cache.ts';
import { memberOf } from '../../route-policy.ts';
import { OrgParams } from '../orgs/schema.ts';
import {
  AuditDaysQuery, AuditDaysResponse, AuditEvidenceResponse, AuditParams, CertificationQuery, CertificationResponse, CyclePlanResponse, PlanQuery,
} from './schema.ts';

const policy = { kind: 'organisation', action: 'read-readiness', subject: { kind: 'organisation' } } as const;
const tags = ['certification'];

/** A calendar when asked for by ?format=ics or by an Accept header that prefers text/calendar over JSON. */
const wantsCalendar = (request: FastifyRequest, format: string | undefined): boolean =>
  format === 'ics' || (format === undefined && /text\/calendar/i.test(request.headers.accept ?? '') && !/application\/json/i.test(request.headers.accept ?? ''));

/** A record-derived answer already serialised, sent as it is (it is the same text for every request of a version). */
const sendJson = (reply: FastifyReply, text: string) => reply.type('application/json; charset=utf-8').serializer((s) => s as string).send(text);

export const certificationRoutes = (options: { readonly cache: ReadinessCache; readonly clock: () => Date }): FastifyPluginAsyncTypebox => async (app) => {
  const today = () => todayUtc(options.clock());

  app.get('/orgs/:org/certification', {
    config: { policy },
    schema: {
      summary: 'Certification records: cycle events, proposals side by side, external findings with deadlines, surveillance coverage, the next audit\'s sample, mock-interview packs, the freeze and its drift',
      tags, params: OrgParams, querystring: CertificationQuery, response: { 200: CertificationResponse, ...errorResponses([400, 401, 403, 404]) },
    },
  }, async (request, reply) => {
    const member = memberOf(request);
    const now = request.query.asOf ?? today();
    const { stage2 } = request.query;
    const text = await options.cache.derive(member.organisationId, `certification\u0000${now}\u0000${stage2 ?? ''}`,
      (aims) => JSON.stringify(certificationRecords(aims, { now, ...(stage2 ? { stage2 } : {}) })));
    return sendJson(reply as FastifyReply, text);
  });

  app.get('/orgs/:org/certification/audits/:auditId/evidence', {
    config: { policy },
    schema: {
      summary: 'The evidence index scoped to one external audit\'s sample (recorded, or proposed when none is recorded)',
      tags, params: AuditParams, querystring: CertificationQuery, response: { 200: AuditEvidenceResponse, ...errorResponses([400, 401, 403, 404]) },
    },
  }, async (request, reply) => {
    const member = memberOf(request);
    const now = request.query.asOf ?? today();
    const { auditId } = request.params;
    const text = await options.cache.derive(member.organisationId, `audit-evidence\u0000${auditId}\u0000${now}`,
      (aims) => {
        try {
          return JSON.stringify(evidenceIndexForAudit(aims, auditId, now));
        } catch (error) {
          // A missing audit is remembered as such for this version, like any other answer.
          if (error instanceof AppError) return error;
          throw error;
        }
      });
    if (text instanceof AppError) throw text;
    return sendJson(reply as FastifyReply, text);
  });

  app.get('/orgs/:org/certification/plan', {
    config: { policy },
    schema: {
      summary: 'The certification cycle planned from the organisation\'s certificate and audits (or a target Stage 2 date), as JSON or an iCalendar file',
      tags, params: OrgParams, querystring: PlanQuery,
      response: { 200: CyclePlanResponse, ...errorResponses([400, 401, 403, 404]) },
    },
  }, async (request, reply) => {
    const member = memberOf(request);
    const { stage2, personnel, format } = request.query;
    const now = request.query.asOf ?? today();
    const plan = await options.cache.derive(member.organisationId, `plan\u0000${now}\u0000${stage2 ?? ''}\u0000${personnel ?? ''}`, (loaded) => {
      const aims = personnel !== undefined ? { ...loaded, organisation: { ...loaded.organisation, effectivePersonnel: personnel } } : loaded;
      const recorded = cycleFromRecords(aims, { now, ...(stage2 ? { stage2 } : {}) });
      return recorded ? { recorded, name: aims.organisation.name, id: aims.organisation.id } : undefined;
    });
    if (!plan) {
      throw new AppError('invalid_input', 'This organisation has no certificate and no Stage 2 audit on record; give a target date as ?stage2=YYYY-MM-DD.',
        [{ field: 'stage2', message: 'needed without a certificate or Stage 2 on record' }]);
    }
    if (wantsCalendar(request, format)) {
      const { recorded } = plan;
      // UIDs are scoped to the cycle, as `aims plan` scopes them, so that the next cycle's calendar adds events.
      const scope = `${plan.id}.${recorded.certificateId ?? 'initial'}`;
      const heading = `Certification cycle of ${plan.name} as of ${now}`;
      const ics = renderIcs(cycleCalendarEvents(recorded.events as readonly CycleEvent[], scope), { name: heading, stamp: options.clock().toISOString() });
      return (reply as FastifyReply).type('text/calendar; charset=utf-8').header('content-disposition', `attachment; filename="${plan.id}-certification-cycle.ics"`)
        .serializer((s) => s as string).send(ics);
    }
    return plan.recorded as never;
  });

  app.get('/orgs/:org/audit-days', {
    config: { policy },
    schema: {
      summary: 'Audit-day estimate (initial, each surveillance, recertification) and the multi-site sample, for the organisation or the given personnel and sites',
      tags, params: OrgParams, querystring: AuditDaysQuery, response: { 200: AuditDaysResponse, ...errorResponses([400, 401, 403, 404]) },
    },
  }, async (request) => {
    const member = memberOf(request);
    const { aiRoles: roles, integratedWith, ...counts } = request.query;
    const split = (v: string) => v.split(',').map((s) => s.trim()).filter((s) => s !== '');
    const unknownRoles = roles ? split(roles).filter((r) => !(aiRoles as readonly string[]).includes(r)) : [];
    if (unknownRoles.length > 0) {
      throw new AppError('invalid_input', `aiRoles: ${unknownRoles.join(', ')} is not one of ${aiRoles.join(', ')}.`, [{ field: 'aiRoles', message: 'unknown role' }]);
    }
    const ask: AuditDayRequest = { ...counts, ...(roles ? { aiRoles: split(roles) } : {}), ...(integratedWith ? { integratedWith: split(integratedWith) } : {}) };
    // The organisation's own estimate is built once per version; a what-if (any input stated) is computed per request.
    if (Object.keys(request.query).length === 0) {
      return await options.cache.derive(member.organisationId, 'audit-days', (aims) => answerAuditDayRequest(aims, {})) as never;
    }
    return answerAuditDayRequest(await options.cache.snapshot(member.organisationId), ask) as never;
  });
};
