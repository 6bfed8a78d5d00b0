// What the trail proves beyond its chain: rows edited past the application, organisations whose row is gone, and
// a rewrite caught by a head kept outside the database.
import { sql } from 'kysely';
import { beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases.ts';
import { build, buildOrganisation } from '../../test/factories.ts';
import { emptySnapshot } from '../domain/index.ts';
import { hashEntry, readAuditEntries } from './audit-log.ts';
import { parseChainHead, verifyAuditTrail } from './audit-verification.ts';
import type { AimsDatabase } from './database.ts';
import { insertRecord, modifyRecord, removeRecord } from './records.ts';
import { replaceOrganisation } from './replace.ts';

const who = { actor: 'verify-test', at: '2026-06-01T10:00:00.000Z' };
let run = 0;

/** Entries: #1 create org, #2 create p1, #3 create s1, #4 create r1 (held by p1), #5 update p1, #6 delete s1. */
async function organisationWithHistory(db: AimsDatabase, id: string): Promise<void> {
  await replaceOrganisation(db, emptySnapshot(buildOrganisation({ id })), who);
  const person = await insertRecord(db, id, 'persons', build.persons({ id: 'p1' }), who);
  await insertRecord(db, id, 'sites', build.sites({ id: 's1' }), who);
  await insertRecord(db, id, 'roles', build.roles({ id: 'r1', holderIds: ['p1'] }), who);
  await modifyRecord(db, id, 'persons', { ...person.record, name: 'Renamed' }, 1, who);
  await removeRecord(db, id, 'sites', 's1', 1, who);
}

/** Runs raw SQL as someone with database access would, foreign keys and all checks off. */
async function pastTheApplication(db: AimsDatabase, statements: ReturnType<typeof sql>[]): Promise<void> {
  await db.kysely.connection().execute(async (conn) => {
    await sql.raw(db.dialect === 'sqlite' ? 'pragma foreign_keys = off' : 'set session_replication_role = replica').execute(conn);
    try {
      for (const statement of statements) await statement.execute(conn);
    } finally {
      await sql.raw(db.dialect === 'sqlite' ? 'pragma foreign_keys = on' : 'set session_replication_role = default').execute(conn);
    }
  });
}

// One database per engine for the file: each test has an organisation of its own.
describeEachDatabase('register rows and kept heads against the audit trail', (getDb) => {
  let org = '';
  beforeEach(async () => {
    org = `org-rows-${++run}`;
    await organisationWithHistory(getDb(), org);
  });
  const discrepancies = async () => (await verifyAuditTrail(getDb(), org)).organisations[0]!.rows!.discrepancies;

  it('finds every row as its last entry recorded it, deleted records without a row', async () => {
    const result = await verifyAuditTrail(getDb(), org);
    expect(result.intact).toBe(true);
    expect(result.organisations[0]!.rows).toEqual({ rows: 3, discrepancies: [] });
  });

  it('names a row whose data, column or list was edited with SQL, and a row inserted without an entry', async () => {
    await pastTheApplication(getDb(), [
      sql`update persons set data = ${'{"email":"mallory@example.org"}'} where organisation_id = ${org} and id = 'p1'`,
      sql`update organisations set data = replace(data, ${'"name":"'}, ${'"name":"Forged '}) where id = ${org}`,
      sql`insert into roles_holder_ids (organisation_id, owner_id, target_id, position) values (${org}, 'r1', 'p1b', 1)`,
      sql`insert into sites (organisation_id, id, version, created_at, updated_at, name, data) values (${org}, 's9', 1, 'x', 'x', 'Backdoor', '{}')`,
    ]);
    const found = await discrepancies();
    expect(found.map((d) => [d.register, d.recordId, d.problem, d.seq])).toEqual([
      ['organisation', org, 'changed', 1],
      ['sites', 's9', 'unrecorded', undefined],
      ['persons', 'p1', 'changed', 5],
      ['roles', 'r1', 'changed', 4],
    ]);
    expect(found[2]).toMatchObject({ organisationId: org, message: expect.stringMatching(/"p1" differs from what its last audit entry \(#5\) recorded/) });
    expect((await verifyAuditTrail(getDb(), org)).intact).toBe(false);
  });

  it('names a row deleted with SQL, and a deleted record whose row came back', async () => {
    await pastTheApplication(getDb(), [
      sql`delete from roles where organisation_id = ${org} and id = 'r1'`,
      sql`insert into sites (organisation_id, id, version, created_at, updated_at, name, data) values (${org}, 's1', 1, 'x', 'x', 'Site s1', '{}')`,
    ]);
    expect((await discrepancies()).map((d) => [d.register, d.recordId, d.problem, d.seq])).toEqual([
      ['sites', 's1', 'not-deleted', 6],
      ['roles', 'r1', 'missing', 4],
    ]);
  });

  it('reports the entries of an organisation whose row was deleted, verifying its chain', async () => {
    await pastTheApplication(getDb(), [sql`delete from organisations where id = ${org}`]);
    const result = await verifyAuditTrail(getDb());
    const gone = result.organisations.find((o) => o.organisationId === org)!;
    expect(gone).toMatchObject({ inDatabase: false, entries: 6 });
    expect(gone.broken).toBeUndefined();
    expect(gone.rows!.discrepancies).toEqual([expect.objectContaining({ register: 'organisation', recordId: org, problem: 'missing', seq: 1 })]);
    expect(result.intact).toBe(false);
    expect((await verifyAuditTrail(getDb(), org)).organisations).toHaveLength(1);
  });

  it('reports rows left of an organisation that has neither its row nor entries', async () => {
    const ghost = `${org}-ghost`;
    await pastTheApplication(getDb(), [
      sql`insert into sites (organisation_id, id, version, created_at, updated_at, name, data) values (${ghost}, 's1', 1, 'x', 'x', 'Site', '{}')`,
    ]);
    const found = (await verifyAuditTrail(getDb())).organisations.find((o) => o.organisationId === ghost);
    expect(found).toMatchObject({ inDatabase: false, entries: 0, rows: { rows: 1, discrepancies: [expect.objectContaining({ problem: 'unrecorded' })] } });
    await pastTheApplication(getDb(), [sql`delete from sites where organisation_id = ${ghost}`]);
  });

  it('holds after further writes, and fails once an old entry is rewritten with the chain re-hashed after it', async () => {
    const kept = (await verifyAuditTrail(getDb(), org)).organisations[0]!.head;
    expect(kept.seq).toBe(6);
    await insertRecord(getDb(), org, 'sites', build.sites({ id: 's2' }), who);
    const later = await verifyAuditTrail(getDb(), { organisationId: org, expect: kept });
    expect(later.intact).toBe(true);
    expect(later.organisations[0]).toMatchObject({ entries: 7, anchor: { ...kept, holds: true } });

    // A careful forger: changes entry #3's actor, recomputes every later hash and the organisation's head.
    const entries = await readAuditEntries(getDb(), org);
    let prevHash = entries[1]!.hash;
    const statements: ReturnType<typeof sql>[] = [];
    for (const entry of entries.slice(2)) {
      const { hash: _old, ...rest } = { ...entry, actor: entry.seq === 3 ? 'someone-else' : entry.actor, prevHash };
      const hash = hashEntry(rest);
      statements.push(sql`update audit_log set actor = ${rest.actor}, prev_hash = ${prevHash}, hash = ${hash} where organisation_id = ${org} and seq = ${entry.seq}`);
      prevHash = hash;
    }
    statements.push(sql`update organisations set audit_hash = ${prevHash} where id = ${org}`);
    await pastTheApplication(getDb(), statements);

    expect((await verifyAuditTrail(getDb(), org)).intact).toBe(true);
    const caught = await verifyAuditTrail(getDb(), { organisationId: org, expect: kept });
    expect(caught.intact).toBe(false);
    expect(caught.organisations[0]!.anchor).toMatchObject({ holds: false, reason: expect.stringMatching(/entry #6 now has hash .* rewritten/) });
  });

  it('fails for a head beyond the end of the trail, and needs one organisation', async () => {
    const beyond = await verifyAuditTrail(getDb(), { organisationId: org, expect: { seq: 99, hash: 'a'.repeat(64) } });
    expect(beyond.organisations[0]!.anchor).toMatchObject({ holds: false, reason: expect.stringMatching(/no longer exists: the trail ends at #6/) });
    await expect(verifyAuditTrail(getDb(), { expect: { seq: 1, hash: 'a'.repeat(64) } })).rejects.toMatchObject({ code: 'invalid_input' });
  });
});

it('reads a chain head as --head prints it, and refuses anything else', () => {
  expect(parseChainHead(`12:${'ab'.repeat(32)}`)).toEqual({ seq: 12, hash: 'ab'.repeat(32) });
  for (const bad of ['12', `0:${'a'.repeat(64)}`, `12:${'a'.repeat(63)}`, `x:${'a'.repeat(64)}`, `12:${'g'.repeat(64)}`]) {
    expect(() => parseChainHead(bad)).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  }
});
