// `aims verify-log` exits 0 on an intact audit trail and 5, naming the entry, on a tampered one; it reads a
// read-only archived copy, prints a head to keep and proves it later, and checks register rows against the trail.
import { chmodSync, copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { Migrator, sql } from 'kysely';
import { afterAll, expect, it } from 'vitest';
import { aims } from '../../../test/cli.ts';
import { createTestDatabase, databaseKinds, describeEachDatabase } from '../../../test/databases.ts';
import { build, buildOrganisation } from '../../../test/factories.ts';
import { emptySnapshot } from '../../domain/index.ts';
import { importOrganisation } from '../../services/import-organisation.ts';
import { createRecord } from '../../services/create-record.ts';
import { createFirstOwner } from '../../services/accounts/create-first-owner.ts';
import { addMember } from '../../services/accounts/add-member.ts';
import { changeMember, removeMember } from '../../services/accounts/change-member.ts';
import { openDatabase, type AimsDatabase } from '../../store/index.ts';
import { connectDatabase } from '../../store/database.ts';
import { migrationProvider } from '../../store/migrations/index.ts';

async function organisationWithRecords(db: AimsDatabase, id: string): Promise<void> {
  await importOrganisation(db, { ...emptySnapshot(buildOrganisation({ id })), persons: [build.persons({ id: 'p1' })] }, { actor: 'cli-test' });
  await createRecord(db, id, 'sites', build.sites({ id: 's1' }), { actor: 'cli-test' });
}


describeEachDatabase('aims verify-log', (getDb, info) => {
  it('exits 0 on an intact trail and 5 on a tampered one, naming the organisation and the entry', async () => {
    const db = getDb();
    for (const id of ['org-v1', 'org-v2']) await organisationWithRecords(db, id);
    const intact = await aims('verify-log', '--db', info().target);
    expect(intact).toMatchObject({ code: 0, err: '' });
    expect(intact.out).toContain('Audit trail intact.');
    expect(intact.out).toContain('Register rows are verified against the trail');
    expect(intact.out).toMatch(/org-v1: 3 entries, intact, head 3:[0-9a-f]{12}…\n {4}3 rows match what the trail recorded/);

    await sql`update audit_log set after = ${'{"id":"s1","name":"Elsewhere","central":true}'} where organisation_id = 'org-v2' and seq = 3`.execute(db.kysely);
    const broken = await aims('verify-log', '--db', info().target);
    expect(broken.code).toBe(5);
    expect(broken.out).toContain('org-v2: broken at entry #3');
    expect(broken.err).toContain('organisation "org-v2", entry #3');
    expect(broken.err).toMatch(/org-v2: entry #3 was altered/);

    const json = await aims('verify-log', '--db', info().target, '--format', 'json');
    expect(json.code).toBe(5);
    expect(JSON.parse(json.out)).toMatchObject({ intact: false, firstBroken: { organisationId: 'org-v2', seq: 3 } });

    expect(await aims('verify-log', '--db', info().target, '--org', 'org-v1')).toMatchObject({ code: 0 });
    expect((await aims('verify-log', '--db', info().target, '--org', 'org-none')).code).toBe(2);
  });
});

it('refuses to verify a database file that does not exist (exit 2) rather than creating an empty one', async () => {
  const result = await aims('verify-log', '--db', join(tmpdir(), 'openaims-no-such-dir', 'none.sqlite'));
  expect(result.code).toBe(2);
  expect(result.err).toContain('No database at');
});

describeEachDatabase('aims verify-log --head and --expect', (getDb, info) => {
  it('prints the head to keep, proves it after further writes, and exits 5 once an old entry is rewritten', async () => {
    await organisationWithRecords(getDb(), 'org-h');
    const head = await aims('verify-log', '--db', info().target, '--head', '--org', 'org-h');
    expect(head.code).toBe(0);
    expect(head.out).toMatch(/^3:[0-9a-f]{64}\n$/);
    expect((await aims('verify-log', '--db', info().target, '--head')).out).toBe(`${head.out.trim()} org-h\n`);
    const kept = head.out.trim();

    await createRecord(getDb(), 'org-h', 'sites', build.sites({ id: 's2' }), { actor: 'cli-test' });
    const later = await aims('verify-log', '--db', info().target, '--expect', kept);
    expect(later.code).toBe(0);
    expect(later.out).toContain(`kept head ${kept.slice(0, 14)}… holds`);

    // Entry #2 rewritten and every later hash (and the head) recomputed: only the kept head can tell.
    const { hashEntry, readAuditEntries } = await import('../../store/index.ts');
    let prevHash = (await readAuditEntries(getDb(), 'org-h'))[0]!.hash;
    for (const entry of (await readAuditEntries(getDb(), 'org-h')).slice(1)) {
      const { hash: _old, ...rest } = { ...entry, at: entry.seq === 2 ? '2020-01-01T00:00:00.000Z' : entry.at, prevHash };
      const hash = hashEntry(rest);
      await sql`update audit_log set at = ${rest.at}, prev_hash = ${prevHash}, hash = ${hash} where organisation_id = 'org-h' and seq = ${entry.seq}`.execute(getDb().kysely);
      prevHash = hash;
    }
    await sql`update organisations set audit_hash = ${prevHash} where id = 'org-h'`.execute(getDb().kysely);
    expect((await aims('verify-log', '--db', info().target)).code).toBe(0);
    const caught = await aims('verify-log', '--db', info().target, '--expect', kept);
    expect(caught.code).toBe(5);
    expect(caught.out).toContain('Audit trail REWRITTEN');
    expect(caught.err).toMatch(/The audit trail of organisation "org-h" was rewritten since the head 3:[0-9a-f]{12}… was kept: entry #3 now has hash/);

    const malformed = await aims('verify-log', '--db', info().target, '--expect', '3:nothex');
    expect(malformed.code).toBe(2);
    expect(malformed.err).toContain('--expect must be a chain head');
  });

  it('names a register row edited with SQL, and the entries of an organisation whose row is gone', async () => {
    await organisationWithRecords(getDb(), 'org-e');
    await sql`update persons set name = ${'Mallory'} where organisation_id = 'org-e' and id = 'p1'`.execute(getDb().kysely);
    const edited = await aims('verify-log', '--db', info().target, '--org', 'org-e');
    expect(edited.code).toBe(5);
    expect(edited.out).toContain('Audit trail intact, but register rows differ from it.');
    expect(edited.out).toMatch(/1 of 3 rows differ from what the trail recorded:\n {6}Person "p1" differs from what its last audit entry \(#2\) recorded/);
    expect(edited.err).toMatch(/1 register row differs from what the audit trail recorded/);
    expect(edited.err).toMatch(/persons.*p1.*organisation org-e/);

    await getDb().kysely.connection().execute(async (conn) => {
      await sql.raw(getDb().dialect === 'sqlite' ? 'pragma foreign_keys = off' : 'set session_replication_role = replica').execute(conn);
      await sql`delete from organisations where id = 'org-e'`.execute(conn);
      await sql.raw(getDb().dialect === 'sqlite' ? 'pragma foreign_keys = on' : 'set session_replication_role = default').execute(conn);
    });
    const gone = await aims('verify-log', '--db', info().target, '--org', 'org-e');
    expect(gone.code).toBe(5);
    expect(gone.out).toContain('entries of organisation org-e, which is no longer in the database: 3 entries, intact');
    expect(gone.out).toMatch(/Organisation "org-e" is gone from the database, but its last audit entry \(#1, create\) recorded it/);
  });
});

it('refuses a database of an earlier release (exit 2) and migrates nothing', async () => {
  for (const kind of databaseKinds()) {
    const created = await createTestDatabase(kind);
    try {
      const old = connectDatabase(created.target);
      expect((await new Migrator({ db: old.kysely, provider: migrationProvider }).migrateTo('0001-initial')).error).toBeUndefined();
      const result = await aims('verify-log', '--db', created.target);
      expect(result.code).toBe(2);
      expect(result.err).toMatch(/has the schema of an earlier release \(migrations 0002-catalogue-links[,)]/);
      expect((await old.kysely.selectFrom('kysely_migration').select('name').execute()).map((r) => r.name)).toEqual(['0001-initial']);
      await old.kysely.destroy();
    } finally {
      await created.drop();
    }
  }
});

/** An archived copy: the files given, read-only, in a read-only folder. */
function archive(files: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'openaims-archive-'));
  for (const file of files) copyFileSync(file, join(dir, file.endsWith('-wal') ? 'aims.sqlite-wal' : file.endsWith('-shm') ? 'aims.sqlite-shm' : 'aims.sqlite'));
  for (const name of readdirSync(dir)) chmodSync(join(dir, name), 0o444);
  chmodSync(dir, 0o555);
  archives.push(dir);
  return join(dir, 'aims.sqlite');
}
const archives: string[] = [];
afterAll(() => {
  for (const dir of archives) {
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  }
});

it('verifies a read-only copy in a read-only folder, checkpointed or with its write-ahead log, writing nothing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'openaims-live-'));
  archives.push(dir);
  const file = join(dir, 'aims.sqlite');
  const db = await openDatabase(file);
  await organisationWithRecords(db, 'org-ro');
  await db.close();
  // Closed cleanly: SQLite checkpointed and removed the -wal; the file alone is the whole database.
  expect(existsSync(`${file}-wal`)).toBe(false);
  const checkpointed = archive([file]);
  const bytes = readFileSync(checkpointed);
  const result = await aims('verify-log', '--db', checkpointed);
  expect(result).toMatchObject({ code: 0, err: '' });
  expect(result.out).toContain('org-ro: 3 entries, intact');
  expect(readdirSync(join(checkpointed, '..'))).toEqual(['aims.sqlite']);
  expect(readFileSync(checkpointed).equals(bytes)).toBe(true);

  // Copied while open, after writes since the last checkpoint: those are only in the -wal, and must be read.
  const live = await openDatabase(file);
  await createRecord(live, 'org-ro', 'sites', build.sites({ id: 's2' }), { actor: 'cli-test' });
  expect(statSync(`${file}-wal`).size).toBeGreaterThan(0);
  const withLog = archive([file, `${file}-wal`, `${file}-shm`]);
  await live.close();
  const logged = await aims('verify-log', '--db', withLog);
  expect(logged).toMatchObject({ code: 0, err: '' });
  expect(logged.out).toContain('org-ro: 4 entries, intact');
});

describeEachDatabase('aims verify-log and memberships', (getDb, info) => {
  it('verifies who holds access (the first owner, members added, changed and removed) and names a role changed past the application', async () => {
    const db = getDb();
    await organisationWithRecords(db, 'org-m');
    const { userId: ownerId } = await createFirstOwner(db, { email: 'Owner@Example.org', password: 'larch-owner-passphrase-2026' });
    const added = await addMember(db, 'org-m', 'auditor@example.org', { role: 'viewer' }, 'owner@example.org');
    await changeMember(db, 'org-m', added.membership.userId, { role: 'internal-auditor' }, 'owner@example.org');
    const gone = await addMember(db, 'org-m', 'leaver@example.org', { role: 'contributor' }, 'owner@example.org');
    await removeMember(db, 'org-m', gone.membership.userId, 'owner@example.org');

    const intact = await aims('verify-log', '--db', info().target);
    expect(intact.err).toBe('');
    expect(intact).toMatchObject({ code: 0 });
    // The organisation, two records and two memberships held now.
    expect(intact.out).toMatch(/org-m: 8 entries, intact, head 8:[0-9a-f]{12}…\n {4}5 rows match what the trail recorded/);

    await sql`update memberships set role = 'owner' where user_id = ${added.membership.userId}`.execute(db.kysely);
    const changed = await aims('verify-log', '--db', info().target);
    expect(changed.code).toBe(5);
    expect(changed.err).toContain(`memberships "${added.membership.userId}" differs from what its last audit entry`);
    expect(changed.err).not.toContain(ownerId);
  });
});
