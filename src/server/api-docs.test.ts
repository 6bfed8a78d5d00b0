// docs/api.md lists every route the server has: a route added without its line in "Every route" fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases.ts';
import { registerFileStem, registerNames } from '../domain/index.ts';
import { buildTestApp, type TestApp } from './test-app.test-support.ts';

const stems = new Set(registerNames.map(registerFileStem));

/** The routes every register has; the workflow steps on one register's records (…/documents/:id/approve) are listed as they are. */
const registerRoute = /^\/api\/orgs\/:org\/[a-z-]+(\/:id(\/(history|references))?)?$/;

/** A route as the docs write it: {param} for :param, {register} for any register's name in the routes every register has. */
const asDocumented = (url: string): string => url.split('/')
  .map((part, i) => (i === 4 && registerRoute.test(url) && stems.has(part) ? '{register}' : part.replace(/^:(\w+)$/, '{$1}')))
  .join('/');

describeEachDatabase('docs/api.md', (getDb) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(getDb());
  });
  afterAll(async () => t?.app.close());

  it('lists every route in its table of routes', () => {
    const docs = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'api.md'), 'utf8');
    const listed = new Set([...docs.matchAll(/^\| (GET|POST|PUT|DELETE|PATCH) \| `([^`]+)` \|/gm)].map((m) => `${m[1]} ${m[2]}`));
    const missing = [...new Set(t.app.routeTable
      .filter((r) => !r.url.startsWith('/api/docs/') && r.url.startsWith('/api/'))
      .map((r) => `${r.method} ${asDocumented(r.url)}`))]
      .filter((r) => !listed.has(r));
    expect(missing).toEqual([]);
  });
});
