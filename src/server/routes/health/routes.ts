// GET /api/health: the server answers and its database can be read.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { listOrganisations } from '../../../store/index.ts';
import type { ServerOptions } from '../../app.ts';
import { HealthResponse } from './schema.ts';

export const healthRoutes = (options: ServerOptions): FastifyPluginAsyncTypebox => async (app) => {
  app.get('/health', {
    config: { policy: { kind: 'public' } },
    schema: { summary: 'Health of the server and its database', tags: ['system'], response: { 200: HealthResponse } },
  }, async () => {
    const organisations = await listOrganisations(options.db);
    return { status: 'ok' as const, version: options.version, database: options.db.dialect, organisations: organisations.length };
  });
};
