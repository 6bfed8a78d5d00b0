// GET /api/orgs/:org/dashboard: one payload for the dashboard, built from the cached readiness result.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { todayUtc } from '../../../domain/index.ts';
import { errorResponses } from '../../errors.ts';
import type { ReadinessCache } from '../../readiness-cache.ts';
import { memberOf } from '../../route-policy.ts';
import { AsOfQuery } from '../readiness/schema.ts';
import { OrgParams } from '../orgs/schema.ts';
import { buildDashboard, type DashboardPayload } from './build.ts';
import { DashboardResponse } from './schema.ts';

export const dashboardRoutes = (options: { readonly cache: ReadinessCache; readonly clock: () => Date }): FastifyPluginAsyncTypebox => async (app) => {
  app.get('/orgs/:org/dashboard', {
    config: { policy: { kind: 'organisation', action: 'read-readiness', subject: { kind: 'organisation' } } },
    schema: {
      summary: 'Verdict, findings by severity, clause × Annex A heat map, readiness steps, next due dates, evidence coverage, certification timeline',
      tags: ['readiness'], params: OrgParams, querystring: AsOfQuery, response: { 200: DashboardResponse, ...errorResponses([400, 401, 403, 404]) },
    },
  }, async (request) => {
    const member = memberOf(request);
    const result = await options.cache.get(member.organisationId, request.query.asOf ?? todayUtc(options.clock()));
    let payload = result.derived.get('dashboard') as DashboardPayload | undefined;
    if (!payload) {
      payload = buildDashboard(result.snapshot, result.output);
      result.derived.set('dashboard', payload);
    }
    return payload as never;
  });
};
