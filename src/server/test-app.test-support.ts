// Test support for the API: one database and app per test file, the demo organisation, and a member of each role.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildDemoOrganisation } from '../domain/demo/index.ts';
import { importOrganisation } from '../services/import-organisation.ts';
import { createFirstOwner } from '../services/accounts/create-first-owner.ts';
import { addMember } from '../services/accounts/add-member.ts';
import { hashPassword, useFastPasswordHashingForTests } from '../services/accounts/passwords.ts';
import { updatePasswordHash, findUserByEmail, type AimsDatabase, type MembershipChange } from '../store/index.ts';
import type { Role } from '../policies/index.ts';
import { buildServer, type ServerOptions } from './app.ts';

export const PASSWORD = 'correct horse battery staple 42';
export const TODAY = '2026-12-01';
export const ORG = 'larchfield';

/** Everyone's password hashing is cheap in tests (the parameters travel with each hash, so nothing else changes). */
useFastPasswordHashingForTests();

export const clock = () => new Date(`${TODAY}T12:00:00Z`);

export interface TestMember {
  readonly key: string;
  readonly role: Role;
  readonly email: string;
  readonly change: MembershipChange;
}

/** A member of the demo organisation per role; the contributor owns risk-001's kind of records, the auditor audit-01. */
export const testMembers: readonly TestMember[] = [
  { key: 'owner', role: 'owner', email: 'owner@example.org', change: { role: 'owner' } },
  { key: 'manager', role: 'manager', email: 'manager@example.org', change: { role: 'manager' } },
  { key: 'contributor', role: 'contributor', email: 'contributor@example.org', change: { role: 'contributor', personId: 'p-liam' } },
  { key: 'internal-auditor', role: 'internal-auditor', email: 'auditor@example.org', change: { role: 'internal-auditor', personId: 'p-michael' } },
  { key: 'top-management', role: 'top-management', email: 'board@example.org', change: { role: 'top-management' } },
  { key: 'external-auditor', role: 'external-auditor', email: 'cb@example.org', change: { role: 'external-auditor', externalAuditId: 'xa-stage-2', accessFrom: '2026-11-01', accessUntil: '2026-12-31' } },
  { key: 'external-auditor-outside', role: 'external-auditor', email: 'cb-late@example.org', change: { role: 'external-auditor', externalAuditId: 'xa-stage-1', accessFrom: '2026-01-01', accessUntil: '2026-03-31' } },
  { key: 'viewer', role: 'viewer', email: 'viewer@example.org', change: { role: 'viewer' } },
];

export interface TestApp {
  readonly app: FastifyInstance;
  readonly db: AimsDatabase;
}

/**
 * The demo organisation (and, with `foreign`, a second copy under another id that none of the members belong to),
 * the first owner as installation administrator, and every test member with the password PASSWORD.
 */
export async function buildTestApp(db: AimsDatabase, options: { foreign?: string; server?: Partial<ServerOptions> } = {}): Promise<TestApp> {
  const demo = buildDemoOrganisation({ asOf: TODAY });
  await importOrganisation(db, demo, { actor: 'system:test' });
  await createFirstOwner(db, { email: 'owner@example.org', password: PASSWORD });
  if (options.foreign) await importOrganisation(db, { ...demo, organisation: { ...demo.organisation, id: options.foreign, name: 'Foreign Org' } }, { actor: 'system:test' });
  const hash = await hashPassword(PASSWORD);
  for (const m of testMembers.filter((t) => t.key !== 'owner')) {
    await addMember(db, ORG, m.email, m.change, 'system:test', clock());
    const user = await findUserByEmail(db, m.email);
    await updatePasswordHash(db, user!.id, hash, clock().toISOString());
  }
  const app = await buildServer({ db, version: 'test', clock, requestsPerMinute: 0, ...options.server });
  await app.ready();
  return { app, db };
}

export interface Session {
  readonly cookie: string;
  readonly csrfToken: string;
}

export async function signInAs(app: FastifyInstance, email: string, password = PASSWORD): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/session', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${email} answered ${res.statusCode}: ${res.body}`);
  return { cookie: String(res.headers['set-cookie']).split(';')[0]!, csrfToken: (res.json() as { csrfToken: string }).csrfToken };
}

/** A request as a signed-in user: the cookie, and the CSRF token on writes. */
export function as(app: FastifyInstance, session: Session | undefined, method: string, url: string, payload?: unknown): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = {};
  if (session) {
    headers.cookie = session.cookie;
    if (method !== 'GET') headers['x-csrf-token'] = session.csrfToken;
  }
  return app.inject({ method: method as 'GET', url, headers, ...(payload !== undefined ? { payload: payload as object } : {}) });
}
