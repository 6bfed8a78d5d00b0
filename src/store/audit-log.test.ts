// The audit trail is a hash chain per organisation: any edit, removal or reordering of an entry is detected.
import { sql } from 'kysely';
import { beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases.ts';
import { build, buildOrganisation } from '../../test/factories.ts';
import { emptySnapshot } from '../domain/index.ts';
import { GENESIS_HASH, hashEntry, readAuditEntries } from './audit-log.ts';
import { verifyAuditTrail } from './audit-verification.ts';
import type { AimsDatabase } from './database.ts';
import { insertRecord, modifyRecord, removeRecord } from './records.ts';
import { replaceOrganisation } from './replace.ts';

const who = { actor: 'auditor-test', at: '2026-06-01T10:00:00.000Z' };
let run = 0;

/** An organisation with five entries: create org, create person, create site, update person, delete site. */
async function organisationWithHistory(db: AimsDatabase, id: string): Promise<void> {
  await replaceOrganisation(db, emptySnapshot(buildOrganisation({ id })), who);
  const person = await insertRecord(db, id, 'persons', build.persons({ id: 'p1' }), who);
  await insertRecord(db, id, 'sites', build.sites({ id: 's1' }), who);
  await modifyRecord(db, id, 'persons', { ...person.record, name: 'Renamed' }, 1, who);
  await removeRecord(db, id, 'sites', 's1', 1, who);
}

describeEachDatabase('audit trail', (getDb) => {
  let org = '';
  beforeEach(async () => {
    org = `org-audit-${++run}`;
    await organisationWithHistory(getDb(), org);
  });

  it('chains every entry to the one before it, from the genesis hash', async () => {
    const entries = await readAuditEntries(getDb(), org);
    expect(entries.map((e) => [e.seq, e.action, e.register, e.recordId])).toEqual([
      [1, 'create', 'organisation', org], [2, 'create', 'persons', 'p1'], [3, 'create', 'sites', 's1'],
      [4, 'update', 'persons', 'p1'], [5, 'delete', 'sites', 's1'],
    ]);
    expect(entries[0]!.prevHash).toBe(GENESIS_HASH);
    for (let i = 1; i < entries.length; i++) expect(entries[i]!.prevHash).toBe(entries[i - 1]!.hash);
    for (const { hash, ...rest } of entries) expect(hashEntry(rest)).toBe(hash);
    expect(JSON.parse(entries[3]!.before!)).toMatchObject({ id: 'p1', name: 'Person p1' });
    expect(JSON.parse(entries[3]!.after!)).toMatchObject({ id: 'p1', name: 'Renamed' });
    expect(entries[4]!.after).toBeNull();
    const result = await verifyAuditTrail(getDb(), org);
    expect(result).toEqual({
      intact: true,
      organisations: [{
        organisationId: org, inDatabase: true, entries: 5, head: { seq: 5, hash: entries[4]!.hash },
        // The organisation's own row and person p1; site s1 was deleted, as its last entry says.
        rows: { rows: 2, discrepancies: [] },
      }],
    });
  });

  it('detects an entry whose recorded change was edited in the database', async () => {
    await sql`update audit_log set after = ${'{"id":"p1","name":"Someone else"}'} where organisation_id = ${org} and seq = 4`.execute(getDb().kysely);
    const result = await verifyAuditTrail(getDb(), org);
    expect(result.intact).toBe(false);
    expect(result.firstBroken).toMatchObject({ organisationId: org, seq: 4 });
    expect(result.firstBroken?.reason).toMatch(/altered/);
  });

  it('detects an entry whose hash was replaced', async () => {
    await sql`update audit_log set hash = ${'f'.repeat(64)} where organisation_id = ${org} and seq = 2`.execute(getDb().kysely);
    expect((await verifyAuditTrail(getDb(), org)).firstBroken).toMatchObject({ seq: 2 });
  });

  it('detects an entry removed from the middle and entries cut from the end', async () => {
    await sql`delete from audit_log where organisation_id = ${org} and seq = 3`.execute(getDb().kysely);
    expect((await verifyAuditTrail(getDb(), org)).firstBroken).toMatchObject({ seq: 3, reason: expect.stringMatching(/missing/) });

    const other = `${org}-tail`;
    await organisationWithHistory(getDb(), other);
    await sql`delete from audit_log where organisation_id = ${other} and seq = 5`.execute(getDb().kysely);
    expect((await verifyAuditTrail(getDb(), other)).firstBroken).toMatchObject({ seq: 5, reason: expect.stringMatching(/missing/) });
  });

  it('checks all organisations when none is named, and says which one is broken', async () => {
    await sql`update audit_log set actor = ${'mallory'} where organisation_id = ${org} and seq = 5`.execute(getDb().kysely);
    const result = await verifyAuditTrail(getDb());
    expect(result.intact).toBe(false);
    expect(result.firstBroken?.organisationId).toBe(result.organisations.find((o) => o.broken)?.organisationId);
    expect(result.organisations.find((o) => o.organisationId === org)?.broken).toMatchObject({ seq: 5 });
  });

  it('answers not_found for an organisation that does not exist', async () => {
    await expect(verifyAuditTrail(getDb(), 'no-such-org')).rejects.toMatchObject({ code: 'not_found' });
  });
});

describeEachDatabase('audit trail under concurrent writes', (getDb) => {
  it('keeps one unbroken chain when many writes to one organisation run at once', async () => {
    const db = getDb();
    await replaceOrganisation(db, emptySnapshot(buildOrganisation({ id: 'org-busy' })), who);
    await Promise.all(Array.from({ length: 20 }, (_, i) => insertRecord(db, 'org-busy', 'sites', build.sites({ id: `s${i}` }), who)));
    const entries = await readAuditEntries(db, 'org-busy');
    expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    expect(await verifyAuditTrail(db, 'org-busy')).toMatchObject({ intact: true });
  });
});
