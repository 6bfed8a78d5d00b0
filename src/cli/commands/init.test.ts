// `aims init` and `aims token create` as a user types them: the password from standard input, refusals with exit 2.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { main } from '../main.ts';
import { emptySnapshot } from '../../domain/index.ts';
import { buildOrganisation } from '../../../test/factories.ts';
import { importOrganisation } from '../../services/import-organisation.ts';
import { useFastPasswordHashingForTests, verifyPassword } from '../../services/accounts/passwords.ts';
import { findUserByEmail, membershipsOf, openDatabase } from '../../store/index.ts';

useFastPasswordHashingForTests();
const work = mkdtempSync(join(tmpdir(), 'openaims-init-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function run(stdin: string, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['node', 'aims', ...args], { out: (s) => void out.push(s), err: (s) => void err.push(s), input: async () => stdin });
  return { code, out: out.join(''), err: err.join('') };
}

it('creates the first owner from standard input, then refuses a second init with exit 2', async () => {
  const file = join(work, 'a.sqlite');
  const db = await openDatabase(file);
  await importOrganisation(db, emptySnapshot(buildOrganisation({ id: 'org-a' })), { actor: 'test' });
  await importOrganisation(db, emptySnapshot(buildOrganisation({ id: 'org-b' })), { actor: 'test' });
  await db.close();
  const weak = await run('password\n', 'init', '--db', file, '--email', 'me@example.org');
  expect(weak.code).toBe(2);
  expect(weak.err).toContain('at least 12 characters');
  const ok = await run('correct horse battery staple 42\n', 'init', '--db', file, '--email', 'Me@Example.org');
  expect(ok.code).toBe(0);
  expect(ok.out).toContain('owner of org-a, org-b');
  const again = await run('correct horse battery staple 42\n', 'init', '--db', file, '--email', 'other@example.org');
  expect(again.code).toBe(2);
  expect(again.err).toContain('already has an account');
  const check = await openDatabase(file);
  const user = (await findUserByEmail(check, 'me@example.org'))!;
  expect(user.passwordHash).toMatch(/^scrypt\$\d+\$8\$1\$/);
  expect(await verifyPassword('correct horse battery staple 42', user.passwordHash)).toBe(true);
  expect((await membershipsOf(check, user.id)).map((m) => `${m.organisationId}:${m.role}`)).toEqual(['org-a:owner', 'org-b:owner']);
  await check.close();

  const token = await run('', 'token', 'create', '--db', file, '--email', 'me@example.org', '--org', 'org-a', '--role', 'manager', '--expires', '2099-01-01');
  expect(token.code).toBe(2);
  expect(token.err).toContain('a year at most');
  const made = await run('', 'token', 'create', '--db', file, '--email', 'me@example.org', '--org', 'org-a', '--role', 'viewer');
  expect(made.code).toBe(0);
  expect(made.out.trim()).toMatch(/^aims_[A-Za-z0-9_-]{43}$/);
  const notMember = await run('', 'token', 'create', '--db', file, '--email', 'me@example.org', '--org', 'org-z', '--role', 'viewer');
  expect(notMember.code).toBe(2);
  const badRole = await run('', 'token', 'create', '--db', file, '--email', 'me@example.org', '--org', 'org-a', '--role', 'god');
  expect(badRole.code).toBe(2);
});

it('refuses a password given nowhere but standard input', async () => {
  const res = await run('', 'init', '--db', join(work, 'b.sqlite'), '--email', 'me@example.org');
  expect(res.code).toBe(2);
  expect(res.err).toContain('No password on standard input');
  expect((await run('x', 'init', '--db', join(work, 'b.sqlite'), '--email', 'me@example.org', '--password', 'secret')).code).toBe(2);
});
