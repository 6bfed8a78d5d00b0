// Serving the built web app: index.html for the app's paths, long-cached hashed assets, and the API's 404s kept.
import Fastify from 'fastify';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webApp } from './web-app.ts';

let dir: string;

async function server(directory: string | undefined) {
  const app = Fastify();
  app.setNotFoundHandler((request, reply) => reply.status(404).send({ error: 'not_found', message: `There is no ${request.method} ${request.url}` }));
  await webApp(app, directory ? { directory } : { directory: join(dir, 'missing') });
  return app;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'openaims-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><script type="module" src="/assets/index-abc123.js"></script>');
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log("app")');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the web app under /', () => {
  it('answers / and every app path with index.html, not cached, so a new build is picked up', async () => {
    const app = await server(dir);
    for (const url of ['/', '/sign-in', '/orgs/acme/r/risks/risk-001', '/orgs/acme/r/risks?page=2']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body).toContain('<script');
    }
    await app.close();
  });

  it('serves hashed assets with a year-long immutable cache', async () => {
    const app = await server(dir);
    const res = await app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    await app.close();
  });

  it('leaves unknown API paths to the API’s JSON 404, never index.html', async () => {
    const app = await server(dir);
    for (const url of ['/api/nothing-here', '/api']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.json()).toMatchObject({ error: 'not_found' });
    }
    await app.close();
  });

  it('does not serve files from outside the build', async () => {
    const app = await server(dir);
    const res = await app.inject({ method: 'GET', url: '/assets/../../etc/passwd' });
    expect(res.body).not.toContain('root:');
    await app.close();
  });

  it('says how to build the app when it is not built, and keeps API 404s', async () => {
    const app = await server(undefined);
    const page = await app.inject({ method: 'GET', url: '/orgs/acme' });
    expect(page.statusCode).toBe(503);
    expect(page.body).toContain('npm run build:web');
    const api = await app.inject({ method: 'GET', url: '/api/nothing' });
    expect(api.statusCode).toBe(404);
    await app.close();
  });
});
