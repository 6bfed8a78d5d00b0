// Sessions as a browser uses them: the cookie's flags, the id rotating at sign-in, CSRF on writes, rate limiting
// of sign-in per account and per address, sign out (here and everywhere), change of password, first-run setup.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/databases.ts';
import { buildServer } from '../../app.ts';
import { as, buildTestApp, clock, PASSWORD, signInAs, type TestApp } from '../../test-app.test-support.ts';
import { issueSetupToken } from '../../../services/accounts/issue-setup-token.ts';
import { openDatabase } from '../../../store/index.ts';
import { createTestDatabase } from '../../../../test/databases.ts';

describeEachDatabase('sessions', (getDb, info) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(getDb(), { server: { signInLimits: { perAccount: 3, perAddress: 6, windowMs: 15 * 60 * 1000 } } });
  });
  afterAll(async () => t?.app.close());

  it('signs in with an HttpOnly, SameSite=Lax cookie (Secure only over HTTPS) and answers who is signed in', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/session', payload: { email: 'Owner@Example.org', password: PASSWORD } });
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const me = await as(t.app, { cookie: cookie.split(';')[0]!, csrfToken: '' }, 'GET', '/api/session');
    expect(me.json()).toMatchObject({ user: { email: 'owner@example.org', installationAdmin: true }, via: 'session', memberships: [{ organisationId: 'larchfield', role: 'owner' }] });
    expect(me.headers['x-content-type-options']).toBe('nosniff');
  });

  it('keeps no state in the server: a session opened on one server works on another on the same database', async () => {
    const s = await signInAs(t.app, 'manager@example.org');
    const otherDb = await openDatabase(info().target);
    const other = await buildServer({ db: otherDb, version: 'test', clock, requestsPerMinute: 0 });
    expect((await as(other, s, 'GET', '/api/session')).json()).toMatchObject({ user: { email: 'manager@example.org' }, csrfToken: s.csrfToken });
    const site = ((await as(other, s, 'GET', '/api/orgs/larchfield/sites?limit=1')).json() as { items: { record: { id: string; name: string }; version: number }[] }).items[0]!;
    expect((await as(other, s, 'PUT', `/api/orgs/larchfield/sites/${site.record.id}`, { record: { ...site.record, name: 'Head office' }, version: site.version })).statusCode).toBe(200);
    expect((await as(t.app, s, 'DELETE', '/api/session')).statusCode).toBe(200);
    expect((await as(other, s, 'GET', '/api/session')).statusCode).toBe(401);
    await other.close();
    await otherDb.close();
  });

  it('gives a new session id at every sign-in and ends the one the browser had', async () => {
    const first = await signInAs(t.app, 'viewer@example.org');
    const res = await t.app.inject({ method: 'POST', url: '/api/session', headers: { cookie: first.cookie }, payload: { email: 'viewer@example.org', password: PASSWORD } });
    const second = String(res.headers['set-cookie']).split(';')[0]!;
    expect(second).not.toBe(first.cookie);
    expect((await as(t.app, first, 'GET', '/api/session')).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: second } })).statusCode).toBe(200);
  });

  it('refuses a write with the cookie but without its CSRF token (403), and changes nothing', async () => {
    const s = await signInAs(t.app, 'manager@example.org');
    const before = (await as(t.app, s, 'GET', '/api/orgs/larchfield/sites')).json() as { items: { record: { id: string; name: string }; version: number }[] };
    const site = before.items[0]!;
    const write = { record: { ...site.record, name: 'Renamed' }, version: site.version };
    const noToken = await t.app.inject({ method: 'PUT', url: `/api/orgs/larchfield/sites/${site.record.id}`, headers: { cookie: s.cookie }, payload: write });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json()).toMatchObject({ error: 'forbidden', details: [{ field: 'x-csrf-token' }] });
    const wrongToken = await t.app.inject({ method: 'PUT', url: `/api/orgs/larchfield/sites/${site.record.id}`, headers: { cookie: s.cookie, 'x-csrf-token': 'guess' }, payload: write });
    expect(wrongToken.statusCode).toBe(403);
    const after = (await as(t.app, s, 'GET', `/api/orgs/larchfield/sites/${site.record.id}`)).json() as { version: number; record: { name: string } };
    expect(after).toMatchObject({ version: site.version, record: { name: site.record.name } });
    expect((await as(t.app, s, 'PUT', `/api/orgs/larchfield/sites/${site.record.id}`, write)).statusCode).toBe(200);
  });

  it('limits failed sign-ins per account (stored in the database), even with the right password afterwards', async () => {
    for (let i = 0; i < 3; i++) {
      const res = await t.app.inject({ method: 'POST', url: '/api/session', payload: { email: 'board@example.org', password: `wrong password ${i}` } });
      expect(res.statusCode).toBe(401);
    }
    const limited = await t.app.inject({ method: 'POST', url: '/api/session', payload: { email: 'board@example.org', password: PASSWORD } });
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ error: 'rate_limited' });
    // A second server on the same database sees the same failures: nothing is kept in memory.
    const other = await buildServer({ db: getDb(), version: 'test', clock, signInLimits: { perAccount: 3, perAddress: 6, windowMs: 15 * 60 * 1000 } });
    expect((await other.inject({ method: 'POST', url: '/api/session', payload: { email: 'board@example.org', password: PASSWORD } })).statusCode).toBe(429);
    await other.close();
  });

  it('limits failed sign-ins per address across accounts', async () => {
    const from = { remoteAddress: '203.0.113.9' };
    for (const email of ['a1@example.org', 'a2@example.org', 'a3@example.org', 'a4@example.org', 'a5@example.org', 'a6@example.org']) {
      expect((await t.app.inject({ method: 'POST', url: '/api/session', ...from, payload: { email, password: 'not the password 1' } })).statusCode).toBe(401);
    }
    const res = await t.app.inject({ method: 'POST', url: '/api/session', ...from, payload: { email: 'auditor@example.org', password: PASSWORD } });
    expect(res.statusCode).toBe(429);
    expect((await t.app.inject({ method: 'POST', url: '/api/session', payload: { email: 'auditor@example.org', password: PASSWORD } })).statusCode).toBe(200);
  });

  it('signs out, signs out everywhere, and changes the password ending the other sessions', async () => {
    const a = await signInAs(t.app, 'contributor@example.org');
    const b = await signInAs(t.app, 'contributor@example.org');
    expect((await as(t.app, a, 'DELETE', '/api/session')).statusCode).toBe(200);
    expect((await as(t.app, a, 'GET', '/api/session')).statusCode).toBe(401);
    expect((await as(t.app, b, 'GET', '/api/session')).statusCode).toBe(200);
    const c = await signInAs(t.app, 'contributor@example.org');
    const wrong = await as(t.app, b, 'PUT', '/api/session/password', { currentPassword: 'not it at all', newPassword: 'a brand new passphrase 7' });
    expect(wrong.statusCode).toBe(403);
    const weak = await as(t.app, b, 'PUT', '/api/session/password', { currentPassword: PASSWORD, newPassword: 'password1234' });
    expect(weak.json()).toMatchObject({ error: 'invalid_input', details: [{ field: 'newPassword' }] });
    const changed = await as(t.app, b, 'PUT', '/api/session/password', { currentPassword: PASSWORD, newPassword: 'a brand new passphrase 7' });
    expect(changed.json()).toEqual({ endedSessions: 1 });
    expect((await as(t.app, c, 'GET', '/api/session')).statusCode).toBe(401);
    expect((await as(t.app, b, 'GET', '/api/session')).statusCode).toBe(200);
    await signInAs(t.app, 'contributor@example.org', 'a brand new passphrase 7');
    expect((await as(t.app, b, 'DELETE', '/api/sessions')).json()).toEqual({ endedSessions: 2 });
    expect((await as(t.app, b, 'GET', '/api/session')).statusCode).toBe(401);
  });
});

describeEachDatabase('first run', (getDb) => {
  it('creates the first owner with the setup token, signs them in, and refuses once an account exists', async () => {
    const app = await buildServer({ db: getDb(), version: 'test', clock, requestsPerMinute: 0 });
    expect((await app.inject({ method: 'GET', url: '/api/setup' })).json()).toEqual({ setupNeeded: true });
    const token = (await issueSetupToken(getDb(), clock()))!;
    const wrong = await app.inject({ method: 'POST', url: '/api/setup', payload: { setupToken: 'setup_guess', email: 'first@example.org', password: PASSWORD } });
    expect(wrong.statusCode).toBe(403);
    const weak = await app.inject({ method: 'POST', url: '/api/setup', payload: { setupToken: token, email: 'first@example.org', password: 'short' } });
    expect(weak.json()).toMatchObject({ error: 'invalid_input', details: [{ field: 'password' }] });
    const ok = await app.inject({ method: 'POST', url: '/api/setup', payload: { setupToken: token, email: 'first@example.org', password: PASSWORD } });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ session: { user: { email: 'first@example.org', installationAdmin: true } } });
    expect(String(ok.headers['set-cookie'])).toMatch(/HttpOnly/);
    expect((await app.inject({ method: 'GET', url: '/api/setup' })).json()).toEqual({ setupNeeded: false });
    const again = await app.inject({ method: 'POST', url: '/api/setup', payload: { setupToken: token, email: 'second@example.org', password: PASSWORD } });
    expect(again.statusCode).toBe(403);
    expect(await issueSetupToken(getDb())).toBeUndefined();
    await app.close();
  });

  it('marks the cookie Secure behind an HTTPS proxy that it trusts', async () => {
    const created = await createTestDatabase('sqlite');
    const db = await openDatabase(created.target);
    const t = await buildTestApp(db, { server: { trustProxy: true } });
    const res = await t.app.inject({ method: 'POST', url: '/api/session', headers: { 'x-forwarded-proto': 'https' }, payload: { email: 'owner@example.org', password: PASSWORD } });
    expect(String(res.headers['set-cookie'])).toMatch(/Secure/);
    await t.app.close();
    await db.close();
    await created.drop();
  });
});
