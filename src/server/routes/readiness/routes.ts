// GET /api/orgs/:org/readiness: the readiness check results as of a date, as `aims check --format json` prints them.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { todayUtc } from '../../../domain/index.ts';
import { memberOf } from '../../route-policy.ts';
import { errorResponses } from '../../errors.ts';
import type { ReadinessCache } from '../../readiness-cache.ts';
import { OrgParams } from '../orgs/schema.ts';
import { AsOfQuery, ReadinessResponse } from './schema.ts';

export const readinessRoutes = (options: { readonly cache: ReadinessCache; readonly clock: () => Date }): FastifyPluginAsyncTypebox => async (app) => {
  app.get('/orgs/:org/readiness', {
    config: { policy: { kind: 'organisation', action: 'read-readiness', subject: { kind: 'organisation' } } },
    schema: {
      summary: 'Findings, evidence index, readiness steps and Stage 1 verdict as of a date (what `aims check --format json` prints)',
      tags: ['readiness'], params: OrgParams, querystring: AsOfQuery, response: { 200: ReadinessResponse, ...errorResponses([400, 401, 403, 404]) },
    },
  }, async (request, reply) => {
    const member = memberOf(request);
    const result = await options.cache.get(member.organisationId, request.query.asOf ?? todayUtc(options.clock()));
    // The text itself, not re-serialised: the same bytes as the CLI's.
    return (reply as FastifyReply).type('application/json; charset=utf-8').serializer((s) => s as string).send(result.json);
  });
};
