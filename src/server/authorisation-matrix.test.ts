// The authorisation matrix, generated from the route table and the policy table: every route × every role ×
// own and foreign organisation, an anonymous caller and an external auditor outside their dates. A route
// without a policy fails here. Writes carry a deliberately invalid body (or version 0): a caller the policies
// allow gets past authorisation to validation (400) and nothing changes; one they refuse gets 401/403/404.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases.ts';
import { isRegisterName, registerFileStem, registerNames, type AnyRecord, type RegisterName } from '../domain/index.ts';
import { permission, type MemberActor } from '../policies/index.ts';
import { addMember } from '../services/accounts/add-member.ts';
import { uploadEvidenceFile } from '../services/upload-evidence-file.ts';
import { DatabaseEvidenceStore, findUserByEmail, getRecord, listRecords, membershipIn } from '../store/index.ts';
import type { RoutePolicy, RouteEntry } from './route-policy.ts';
import { as, buildTestApp, clock, ORG, signInAs, testMembers, TODAY, type Session, type TestApp } from './test-app.test-support.ts';

const FOREIGN = 'foreign-org';
const stemToRegister = new Map(registerNames.map((r) => [registerFileStem(r), r]));

/** The register a route's URL is about, from its /api/orgs/:org/<stem> segment. */
const registerOf = (url: string): RegisterName | undefined => stemToRegister.get(url.split('/')[4] ?? '');

describeEachDatabase('authorisation matrix', (getDb) => {
  let t: TestApp;
  const sessions = new Map<string, Session>();
  const firstIds = new Map<RegisterName, string>();
  let viewerId = '';
  let fileSha = '';

  beforeAll(async () => {
    t = await buildTestApp(getDb(), { foreign: FOREIGN });
    for (const m of testMembers) sessions.set(m.key, await signInAs(t.app, m.email));
    for (const r of registerNames) {
      const first = (await listRecords(getDb(), ORG, r, { limit: 1 })).items[0];
      if (first) firstIds.set(r, first.record.id);
    }
    viewerId = (await findUserByEmail(getDb(), 'viewer@example.org'))!.id;
    // An evidence file of the organisation, so that its download route answers those allowed with the file.
    const uploaded = await uploadEvidenceFile(getDb(), ORG, new DatabaseEvidenceStore(getDb()), {
      content: (async function* () { yield Buffer.from('Minutes of the AI committee, 2026-11-30.'); })(), fileName: 'minutes.txt', inspected: () => ({ mediaType: 'text/plain', size: 40 }),
    }, { actor: 'system:test' });
    fileSha = uploaded.file.sha256;
  });
  afterAll(async () => {
    await t?.app.close();
  });

  const routes = (): readonly RouteEntry[] => t.app.routeTable;

  it('has a policy on every route', () => {
    const without = routes().filter((r) => r.policy === undefined).map((r) => `${r.method} ${r.url}`);
    expect(without).toEqual([]);
    expect(routes().length).toBeGreaterThan(registerNames.length * 7);
  });

  function urlOf(route: RouteEntry, org: string, userId: string): string {
    const register = registerOf(route.url);
    const id = register ? (firstIds.get(register) ?? 'no-such-record') : 'no-such-record';
    return route.url.replace(':org', org).replace(':id', encodeURIComponent(id)).replace(':userId', userId).replace(':sha256', fileSha);
  }

  /** What a write sends: nothing the schema accepts, so an allowed caller stops at validation. */
  const invalidBody = (route: RouteEntry): unknown => (route.method === 'POST' || route.method === 'PUT' ? {} : undefined);
  const withInvalidQuery = (route: RouteEntry, url: string): string => (route.method === 'DELETE' && registerOf(route.url) ? `${url}?version=0` : url);

  /** The status the policies call for, for a member of `org` (or for no member when `member` is undefined). */
  async function expected(route: RouteEntry, policy: Extract<RoutePolicy, { kind: 'organisation' }>, member: MemberActor): Promise<number> {
    const success = route.method === 'GET' ? 200 : route.method === 'DELETE' && !registerOf(route.url) ? 200 : 400;
    if (permission(member, policy.action, policy.subject) === 'no') return 403;
    if (policy.subject.kind !== 'record') return success;
    const register = policy.subject.register;
    if (policy.target === 'record') {
      const stored = await getRecord(getDb(), ORG, register, firstIds.get(register) ?? 'no-such-record');
      if (!stored) return 404;
      return permission(member, policy.action, { kind: 'record', register, record: stored.record }) === 'yes' ? success : 403;
    }
    if (policy.target === 'body-record') {
      return permission(member, policy.action, { kind: 'record', register, record: {} as AnyRecord }) === 'yes' ? success : 403;
    }
    return success;
  }

  async function memberActorOf(key: string): Promise<MemberActor | 'outside'> {
    const m = testMembers.find((x) => x.key === key)!;
    const user = (await findUserByEmail(getDb(), m.email))!;
    const membership = (await membershipIn(getDb(), user.id, ORG))!;
    if (membership.role === 'external-auditor' && (TODAY < membership.accessFrom! || TODAY > membership.accessUntil!)) return 'outside';
    return {
      userId: user.id, email: user.email, installationAdmin: user.installationAdmin, via: 'session', organisationId: ORG, role: m.role,
      personId: membership.personId, externalAuditId: membership.role === 'external-auditor' ? membership.externalAuditId : null,
    };
  }

  it('refuses every non-public route to an anonymous caller with 401', async () => {
    const wrong: string[] = [];
    for (const route of routes()) {
      if (route.policy?.kind === 'public') continue;
      const res = await as(t.app, undefined, route.method, withInvalidQuery(route, urlOf(route, ORG, viewerId)), invalidBody(route));
      if (res.statusCode !== 401) wrong.push(`${route.method} ${route.url}: ${res.statusCode}`);
    }
    expect(wrong).toEqual([]);
  });

  for (const m of testMembers) {
    it(`answers ${m.key} exactly as the policies say, in its organisation and in a foreign one`, async () => {
      const session = sessions.get(m.key)!;
      const actor = await memberActorOf(m.key);
      const wrong: string[] = [];
      for (const route of routes()) {
        const policy = route.policy!;
        if (policy.kind === 'public') continue;
        // Signing out would end the session the rest of the matrix uses: the session tests cover those routes.
        if (policy.kind === 'signed-in' && route.method === 'DELETE') continue;
        let userId = viewerId;
        if (route.url.endsWith('/members/:userId') && route.method === 'DELETE') {
          // A member to remove, so that an allowed removal really happens and the next role still finds the viewer.
          const added = await addMember(getDb(), ORG, `leaving-${m.key}@example.org`, { role: 'viewer' }, 'system:test', clock());
          userId = added.membership.userId;
        }
        const url = withInvalidQuery(route, urlOf(route, ORG, userId));
        const body = invalidBody(route);
        const res = await as(t.app, session, route.method, url, body);
        let want: number;
        if (policy.kind === 'signed-in') want = route.method === 'GET' ? 200 : 400;
        else if (policy.kind === 'installation-admin') want = m.key === 'owner' ? 400 : 403;
        else if (actor === 'outside') want = 403;
        else want = await expected(route, policy, actor);
        if (res.statusCode !== want) wrong.push(`${route.method} ${url}: ${res.statusCode}, policies say ${want} (${res.body.slice(0, 120)})`);
        if (policy.kind === 'organisation') {
          const foreign = await as(t.app, session, route.method, withInvalidQuery(route, urlOf(route, FOREIGN, userId)), body);
          if (foreign.statusCode !== 404) wrong.push(`${route.method} ${route.url} in a foreign organisation: ${foreign.statusCode}, not 404`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }

  it('covers every register with the seven register routes', () => {
    const urls = new Set(routes().map((r) => `${r.method} ${r.url}`));
    for (const r of registerNames) {
      const base = `/api/orgs/:org/${registerFileStem(r)}`;
      for (const want of [`GET ${base}`, `POST ${base}`, `GET ${base}/:id`, `PUT ${base}/:id`, `DELETE ${base}/:id`, `GET ${base}/:id/history`, `GET ${base}/:id/references`]) {
        expect(urls.has(want), want).toBe(true);
      }
      expect(isRegisterName(r)).toBe(true);
    }
  });
});
