// The registers over HTTP as a user meets them: pages and filters, a stale update refused with nothing changed,
// a referenced delete refused naming the referrers, errors with field paths, history naming the user.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/databases.ts';
import { createApiToken } from '../../../services/accounts/create-api-token.ts';
import { as, buildTestApp, signInAs, type Session, type TestApp } from '../../test-app.test-support.ts';

interface Item { record: Record<string, unknown> & { id: string }; version: number; allowedActions: string[] }

describeEachDatabase('registers over HTTP', (getDb) => {
  let t: TestApp;
  let owner: Session;
  beforeAll(async () => {
    t = await buildTestApp(getDb());
    owner = await signInAs(t.app, 'owner@example.org');
  });
  afterAll(async () => t?.app.close());

  it('pages, searches, filters and sorts a register, with the total', async () => {
    const all = (await as(t.app, owner, 'GET', '/api/orgs/larchfield/risks?limit=200')).json() as { total: number; items: Item[] };
    const page = (await as(t.app, owner, 'GET', '/api/orgs/larchfield/risks?limit=2&page=2&sort=title&order=desc')).json() as { total: number; items: Item[]; pages: number };
    expect(page.total).toBe(all.total);
    expect(page.pages).toBe(Math.ceil(all.total / 2));
    const titles = all.items.map((i) => String(i.record.title)).sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
    expect(page.items.map((i) => i.record.title)).toEqual(titles.slice(2, 4));
    const word = String(all.items[0]!.record.title).split(' ')[0]!.toUpperCase();
    const found = (await as(t.app, owner, 'GET', `/api/orgs/larchfield/risks?q=${encodeURIComponent(word)}`)).json() as { items: Item[] };
    expect(found.items.length).toBeGreaterThan(0);
    for (const i of found.items) expect(String(i.record.title).toLowerCase()).toContain(word.toLowerCase());
    const ownerId = String(all.items[0]!.record.ownerId);
    const filtered = (await as(t.app, owner, 'GET', `/api/orgs/larchfield/risks?ownerId=${ownerId}`)).json() as { items: Item[]; total: number };
    expect(filtered.total).toBe(all.items.filter((i) => i.record.ownerId === ownerId).length);
    expect((await as(t.app, owner, 'GET', '/api/orgs/larchfield/risks?limit=201')).json()).toMatchObject({ error: 'invalid_input', details: [{ field: 'limit' }] });
  });

  it('reads a list page again only when the organisation changed, and answers each caller with their own allowed actions', async () => {
    const url = '/api/orgs/larchfield/risks?limit=5&sort=title';
    const first = await as(t.app, owner, 'GET', url);
    const reads = t.app.listPageCache.reads;
    expect((await as(t.app, owner, 'GET', url)).body).toBe(first.body);
    expect(t.app.listPageCache.reads).toBe(reads);
    const contributor = await signInAs(t.app, 'contributor@example.org');
    const theirs = (await as(t.app, contributor, 'GET', url)).json() as { items: Item[]; allowedActions: string[] };
    const ours = first.json() as { items: Item[]; allowedActions: string[] };
    expect(theirs.items.map((i) => i.record.id)).toEqual(ours.items.map((i) => i.record.id));
    expect(ours.items[0]!.allowedActions).toContain('delete');
    expect(theirs.items.every((i) => !i.allowedActions.includes('delete'))).toBe(true);
    expect(t.app.listPageCache.reads).toBe(reads);
    const risk = ours.items[0]!;
    await as(t.app, owner, 'PUT', `/api/orgs/larchfield/risks/${risk.record.id}`, { record: { ...risk.record, title: `${String(risk.record.title)} (reviewed)` }, version: risk.version });
    const after = (await as(t.app, owner, 'GET', url)).json() as { items: Item[] };
    expect(t.app.listPageCache.reads).toBe(reads + 1);
    expect(after.items.find((i) => i.record.id === risk.record.id)).toMatchObject({ version: risk.version + 1, record: { title: `${String(risk.record.title)} (reviewed)` } });
    // Pages share their total while nothing changes, and count again after a change.
    const total = async (page: number) => ((await as(t.app, owner, 'GET', `/api/orgs/larchfield/sites?limit=1&page=${page}`)).json() as { total: number }).total;
    const sites = await total(1);
    expect(await total(2)).toBe(sites);
    await as(t.app, owner, 'POST', '/api/orgs/larchfield/sites', { record: { id: 'site-paged', name: 'Paged office', central: false } });
    expect(await total(3)).toBe(sites + 1);
    await as(t.app, owner, 'DELETE', '/api/orgs/larchfield/sites/site-paged');
    expect(await total(2)).toBe(sites);
  });

  it('refuses a stale update with 409 and the current version, and changes nothing', async () => {
    const risk = ((await as(t.app, owner, 'GET', '/api/orgs/larchfield/risks?limit=1')).json() as { items: Item[] }).items[0]!;
    const url = `/api/orgs/larchfield/risks/${risk.record.id}`;
    const first = await as(t.app, owner, 'PUT', url, { record: { ...risk.record, title: 'First edit' }, version: risk.version });
    expect(first.json()).toMatchObject({ version: risk.version + 1, record: { title: 'First edit' } });
    const stale = await as(t.app, owner, 'PUT', url, { record: { ...risk.record, title: 'Lost edit' }, version: risk.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: 'version_conflict', current: { version: risk.version + 1, record: { title: 'First edit' } } });
    expect((await as(t.app, owner, 'GET', url)).json()).toMatchObject({ version: risk.version + 1, record: { title: 'First edit' } });
    const history = (await as(t.app, owner, 'GET', `${url}/history`)).json() as { items: { actor: string; action: string }[] };
    expect(history.items.at(-1)).toMatchObject({ actor: 'owner@example.org', action: 'update' });
    expect(history.items.filter((h) => h.action === 'update')).toHaveLength(1);
  });

  it('names the field of every invalid value, Fastify\'s own validation included, and a nested reference to nothing', async () => {
    const risk = ((await as(t.app, owner, 'GET', '/api/orgs/larchfield/risks?limit=1')).json() as { items: Item[] }).items[0]!;
    const url = `/api/orgs/larchfield/risks/${risk.record.id}`;
    const treatment = risk.record.treatment as { controlIds: string[] };
    const bad = await as(t.app, owner, 'PUT', url, { record: { ...risk.record, likelihood: 'very', treatment: { ...treatment, controlIds: ['A.5.2', 42] } }, version: risk.version + 1 });
    expect(bad.statusCode).toBe(400);
    const body = bad.json() as { error: string; details: { field: string; message: string }[] };
    expect(body.error).toBe('invalid_input');
    expect(body.details.map((d) => d.field)).toEqual(expect.arrayContaining(['likelihood', 'treatment.controlIds[1]']));
    expect(JSON.stringify(body)).not.toMatch(/instancePath|schemaPath/);
    const dangling = await as(t.app, owner, 'PUT', url, { record: { ...risk.record, treatment: { ...treatment, controlIds: ['A.5.2', 'A.99.9'] } }, version: risk.version + 1 });
    expect(dangling.statusCode).toBe(422);
    expect(dangling.json()).toMatchObject({ error: 'broken_reference', details: [{ field: 'treatment.controlIds[1]' }] });
    const notJson = await t.app.inject({ method: 'PUT', url, headers: { cookie: owner.cookie, 'x-csrf-token': owner.csrfToken, 'content-type': 'application/json' }, payload: '{"record":' });
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json()).toMatchObject({ error: 'invalid_input', details: [] });
  });

  it('refuses to delete a record others refer to (409 naming them), and deletes one nothing refers to', async () => {
    const persons = ((await as(t.app, owner, 'GET', '/api/orgs/larchfield/persons?limit=200')).json() as { items: Item[] }).items;
    const refused = await as(t.app, owner, 'DELETE', `/api/orgs/larchfield/persons/${persons[0]!.record.id}`);
    expect(refused.statusCode).toBe(409);
    const body = refused.json() as { error: string; details: { register: string; recordId: string; field: string }[] };
    expect(body.error).toBe('still_referenced');
    expect(body.details.length).toBeGreaterThan(0);
    const incoming = (await as(t.app, owner, 'GET', `/api/orgs/larchfield/persons/${persons[0]!.record.id}/references`)).json() as { incoming: unknown[] };
    expect(body.details.map((d) => ({ register: d.register, id: d.recordId, field: d.field }))).toEqual(incoming.incoming);
    const created = await as(t.app, owner, 'POST', '/api/orgs/larchfield/sites', { record: { id: 'site-temp', name: 'Temporary office', central: false } });
    expect(created.statusCode).toBe(201);
    const doc = ((await as(t.app, owner, 'GET', '/api/orgs/larchfield/documents?limit=1')).json() as { items: Item[] }).items[0]!;
    expect((await as(t.app, owner, 'DELETE', `/api/orgs/larchfield/documents/${doc.record.id}`)).json()).toMatchObject({ error: 'still_referenced' });
    expect((await as(t.app, owner, 'DELETE', '/api/orgs/larchfield/sites/site-temp?version=2')).statusCode).toBe(409);
    expect((await as(t.app, owner, 'DELETE', '/api/orgs/larchfield/sites/site-temp')).json()).toEqual({ deleted: { register: 'sites', id: 'site-temp', version: 1 } });
    expect((await as(t.app, owner, 'GET', '/api/orgs/larchfield/sites/site-temp')).statusCode).toBe(404);
  });

  it('lets a control owner edit what they own only, and lists an external auditor only their audit', async () => {
    const contributor = await signInAs(t.app, 'contributor@example.org');
    const risks = ((await as(t.app, contributor, 'GET', '/api/orgs/larchfield/risks?limit=200')).json() as { items: Item[] }).items;
    const own = risks.find((r) => r.record.ownerId === 'p-liam')!;
    const other = risks.find((r) => r.record.ownerId !== 'p-liam')!;
    expect(other.allowedActions).toEqual(['read', 'read-history']);
    expect((await as(t.app, contributor, 'PUT', `/api/orgs/larchfield/risks/${other.record.id}`, { record: other.record, version: other.version })).statusCode).toBe(403);
    {
      expect(own.allowedActions).toContain('update');
      const res = await as(t.app, contributor, 'PUT', `/api/orgs/larchfield/risks/${own.record.id}`, { record: { ...own.record, title: 'Reviewed by its owner' }, version: own.version });
      expect(res.statusCode).toBe(200);
      const handOff = await as(t.app, contributor, 'PUT', `/api/orgs/larchfield/risks/${own.record.id}`, { record: { ...own.record, ownerId: other.record.ownerId }, version: own.version + 1 });
      expect(handOff.statusCode).toBe(403);
    }
    const auditor = await signInAs(t.app, 'cb@example.org');
    const audits = (await as(t.app, auditor, 'GET', '/api/orgs/larchfield/external-audits')).json() as { items: Item[]; total: number };
    expect(audits.items.map((a) => a.record.id)).toEqual(['xa-stage-2']);
    expect((await as(t.app, auditor, 'GET', '/api/orgs/larchfield/external-audits/xa-stage-1')).statusCode).toBe(403);
    expect((await as(t.app, auditor, 'GET', '/api/orgs/larchfield/mock-interviews')).statusCode).toBe(403);
    expect((await as(t.app, auditor, 'GET', '/api/orgs/larchfield/readiness')).statusCode).toBe(403);
  });

  it('serves a token for one organisation and role, never above the user\'s own', async () => {
    const made = await createApiToken(getDb(), { email: 'contributor@example.org', organisationId: 'larchfield', role: 'viewer' });
    const res = await t.app.inject({ method: 'GET', url: '/api/orgs', headers: { authorization: `Bearer ${made.token}` } });
    expect(res.json()).toEqual({ items: [{ id: 'larchfield', name: expect.any(String), role: 'viewer', externalAuditId: null }] });
    await expect(createApiToken(getDb(), { email: 'contributor@example.org', organisationId: 'larchfield', role: 'manager' })).rejects.toMatchObject({ code: 'forbidden' });
    const write = await t.app.inject({ method: 'POST', url: '/api/orgs/larchfield/sites', headers: { authorization: `Bearer ${made.token}` }, payload: { record: { id: 's-x', name: 'X', central: false } } });
    expect(write.statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/orgs', headers: { authorization: 'Bearer aims_not-a-token' } })).statusCode).toBe(401);
  });
});
