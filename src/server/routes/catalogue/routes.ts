// GET /api/catalogue: the ISO/IEC 42001 clauses and Annex A controls (ids, short titles, our summaries).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { catalogueJson } from '../../../reports/catalogue-json.ts';
import { errorResponses } from '../../errors.ts';

const CatalogueResponse = Type.Object({
  clauses: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), parent: Type.Union([Type.String(), Type.Null()]), summary: Type.String() })),
  controls: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), group: Type.String(), summary: Type.String() })),
}, { description: 'What `aims catalogue --format json` prints.' });

export const catalogueRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const body = catalogueJson();
  app.get('/catalogue', {
    config: { policy: { kind: 'signed-in' } },
    schema: { summary: 'ISO/IEC 42001 clauses and Annex A controls', tags: ['catalogue'], response: { 200: CatalogueResponse, ...errorResponses([401]) } },
  }, async () => body);
};
