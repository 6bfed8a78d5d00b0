// GET /api/health and the OpenAPI document, through Fastify's inject on both databases.
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/databases.ts';
import { buildServer } from '../../app.ts';

describeEachDatabase('GET /api/health', (getDb) => {
  it('answers 200 with the database kind and the number of organisations', async () => {
    const app = await buildServer({ db: getDb(), version: '9.9.9' });
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', version: '9.9.9', database: getDb().dialect, organisations: 0 });
    await app.close();
  });

  it('publishes the API as OpenAPI 3.1, health included', async () => {
    const app = await buildServer({ db: getDb(), version: '9.9.9' });
    const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json() as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/api/health');
    await app.close();
  });

  it('answers 404 with a JSON error for an unknown route', async () => {
    const app = await buildServer({ db: getDb(), version: '9.9.9' });
    const res = await app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(res.statusCode).toBe(404);
    // The same shape as every other error of the API: an AppError code and a message naming what was asked for.
    expect(res.json()).toEqual({ error: 'not_found', message: 'There is no GET /api/nothing-here in this API; see /api/openapi.json.', details: [] });
    await app.close();
  });
});
