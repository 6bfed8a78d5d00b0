// The caller's organisations, one organisation's profile, and creating one (installation administrator).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { allowedActions, isRole } from '../../../policies/index.ts';
import { createOrganisation } from '../../../services/accounts/create-organisation.ts';
import { listOrganisations, membershipsOf, organisationHead, verifyAuditTrail, type AimsDatabase } from '../../../store/index.ts';
import { errorResponses } from '../../errors.ts';
import { actorOf, memberOf } from '../../route-policy.ts';
import { AuditTrailVerification, CreateOrganisationBody, OrganisationList, OrganisationResponse, OrganisationSummary, OrgParams } from './schema.ts';

export const organisationRoutes = (options: { readonly db: AimsDatabase; readonly clock: () => Date }): FastifyPluginAsyncTypebox => async (app) => {
  const { db } = options;
  app.get('/orgs', {
    config: { policy: { kind: 'signed-in' } },
    schema: { summary: 'The organisations the caller is a member of, with their role in each', tags: ['organisations'], response: { 200: OrganisationList, ...errorResponses([401]) } },
  }, async (request) => {
    const actor = actorOf(request);
    const organisations = new Map((await listOrganisations(db)).map((o) => [o.id, o]));
    const items = (await membershipsOf(db, actor.userId))
      .filter((m) => organisations.has(m.organisationId) && isRole(m.role))
      .filter((m) => !actor.token || actor.token.organisationId === m.organisationId)
      .map((m) => ({
        id: m.organisationId, name: organisations.get(m.organisationId)!.name,
        role: actor.token ? actor.token.role : (m.role as never), externalAuditId: m.externalAuditId,
      }));
    return { items };
  });

  app.post('/orgs', {
    config: { policy: { kind: 'installation-admin' } },
    schema: {
      summary: 'Create an organisation (installation administrator); the creator becomes its owner', tags: ['organisations'], body: CreateOrganisationBody,
      response: { 201: OrganisationSummary, ...errorResponses([400, 401, 403, 409]) },
    },
  }, async (request, reply) => {
    const actor = actorOf(request);
    const organisation = await createOrganisation(db, request.body.organisation, actor, options.clock());
    return reply.status(201).send({ id: organisation.id, name: organisation.name, role: 'owner' as const, externalAuditId: null });
  });

  app.get('/orgs/:org', {
    config: { policy: { kind: 'organisation', action: 'read', subject: { kind: 'organisation' } } },
    schema: { summary: 'One organisation: its profile, the caller\'s role and the version of its data', tags: ['organisations'], params: OrgParams, response: { 200: OrganisationResponse, ...errorResponses([401, 403, 404]) } },
  }, async (request) => {
    const member = memberOf(request);
    const organisation = (await listOrganisations(db)).find((o) => o.id === member.organisationId)!;
    const head = (await organisationHead(db, member.organisationId))!;
    return {
      organisation, role: member.role, version: head,
      allowedActions: [...allowedActions(member, { kind: 'organisation' }), ...allowedActions(member, { kind: 'members' })],
    };
  });

  app.get('/orgs/:org/audit-trail/verify', {
    config: { policy: { kind: 'organisation', action: 'verify-audit-trail', subject: { kind: 'organisation' } } },
    schema: { summary: 'Verify the hash chain of the organisation\'s whole audit trail', tags: ['organisations'], params: OrgParams, response: { 200: AuditTrailVerification, ...errorResponses([401, 403, 404]) } },
  }, async (request) => {
    const result = await verifyAuditTrail(db, memberOf(request).organisationId);
    const trail = result.organisations[0]!;
    return { intact: result.intact, entries: trail.entries, ...(trail.broken ? { broken: { seq: trail.broken.seq, reason: trail.broken.reason } } : {}) };
  });
};
