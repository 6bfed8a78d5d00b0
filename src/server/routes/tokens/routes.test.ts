// API tokens in the web app: create one (shown once, stored hashed), use it, list it without the secret, revoke it;
// a token cannot mint tokens, and nobody revokes another user's.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/databases.ts';
import { as, buildTestApp, signInAs, type Session, type TestApp } from '../../test-app.test-support.ts';

interface Listing { id: string; name: string | null; organisationId: string; role: string; revokedAt: string | null; active: boolean }

describeEachDatabase('API tokens over HTTP', (getDb) => {
  let t: TestApp;
  let contributor: Session;
  beforeAll(async () => {
    t = await buildTestApp(getDb());
    contributor = await signInAs(t.app, 'contributor@example.org');
  });
  afterAll(async () => t?.app.close());

  it('creates a token once, lists it without its secret, and revokes it so that it stops working', async () => {
    const created = await as(t.app, contributor, 'POST', '/api/tokens', { organisationId: 'larchfield', role: 'viewer', name: 'CI', expires: '2027-01-31' });
    expect(created.statusCode).toBe(201);
    const { id, token, expiresAt } = created.json() as { id: string; token: string; expiresAt: string };
    expect(expiresAt).toBe('2027-01-31T23:59:59.999Z');
    const bearer = { authorization: `Bearer ${token}` };
    expect((await t.app.inject({ method: 'GET', url: '/api/orgs/larchfield/risks?limit=1', headers: bearer })).statusCode).toBe(200);
    const stored = await getDb().kysely.selectFrom('api_tokens').select('token_hash').where('id', '=', id).executeTakeFirst();
    expect(stored?.token_hash).not.toContain(token);

    const listed = (await as(t.app, contributor, 'GET', '/api/tokens')).json() as { items: Listing[] };
    expect(listed.items).toEqual([expect.objectContaining({ id, name: 'CI', organisationId: 'larchfield', role: 'viewer', revokedAt: null, active: true })]);
    expect(JSON.stringify(listed)).not.toContain(token);

    // A token mints no tokens, and a role above the user's own is refused.
    expect((await t.app.inject({ method: 'POST', url: '/api/tokens', headers: bearer, payload: { organisationId: 'larchfield', role: 'viewer' } })).statusCode).toBe(403);
    expect((await as(t.app, contributor, 'POST', '/api/tokens', { organisationId: 'larchfield', role: 'owner' })).json()).toMatchObject({ error: 'forbidden', details: [{ field: 'role' }] });
    expect((await as(t.app, contributor, 'POST', '/api/tokens', { organisationId: 'larchfield', role: 'viewer', expires: '2020-01-01' })).json()).toMatchObject({ error: 'invalid_input', details: [{ field: 'expires' }] });
    expect((await as(t.app, contributor, 'POST', '/api/tokens', { organisationId: 'elsewhere', role: 'viewer' })).statusCode).toBe(404);

    // Another user cannot revoke it, nor see it.
    const viewer = await signInAs(t.app, 'viewer@example.org');
    expect((await as(t.app, viewer, 'DELETE', `/api/tokens/${id}`)).statusCode).toBe(404);
    expect(((await as(t.app, viewer, 'GET', '/api/tokens')).json() as { items: Listing[] }).items).toEqual([]);

    const revoked = await as(t.app, contributor, 'DELETE', `/api/tokens/${id}`);
    expect(revoked.json()).toMatchObject({ revoked: { id } });
    expect((await t.app.inject({ method: 'GET', url: '/api/orgs/larchfield/risks?limit=1', headers: bearer })).statusCode).toBe(401);
    expect(((await as(t.app, contributor, 'GET', '/api/tokens')).json() as { items: Listing[] }).items[0]).toMatchObject({ active: false, revokedAt: expect.any(String) });
    expect((await as(t.app, contributor, 'DELETE', `/api/tokens/${id}`)).statusCode).toBe(404);
  });
});
