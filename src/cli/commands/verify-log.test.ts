// `aims verify-log` exits 0 on an intact audit trail and 5, naming the entry, on a tampered one.
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { aims } from '../../../test/cli.ts';
import { describeEachDatabase } from '../../../test/databases.ts';
import { build, buildOrganisation } from '../../../test/factories.ts';
import { emptySnapshot } from '../../domain/index.ts';
import { importOrganisation } from '../../services/import-organisation.ts';
import { createRecord } from '../../services/create-record.ts';


describeEachDatabase('aims verify-log', (getDb, info) => {
  it('exits 0 on an intact trail and 5 on a tampered one, naming the organisation and the entry', async () => {
    const db = getDb();
    for (const id of ['org-v1', 'org-v2']) {
      await importOrganisation(db, { ...emptySnapshot(buildOrganisation({ id })), persons: [build.persons({ id: 'p1' })] }, { actor: 'cli-test' });
      await createRecord(db, id, 'sites', build.sites({ id: 's1' }), { actor: 'cli-test' });
    }
    const intact = await aims('verify-log', '--db', info().target);
    expect(intact).toMatchObject({ code: 0, err: '' });
    expect(intact.out).toContain('Audit trail intact.');
    expect(intact.out).toContain('org-v1: 3 entries, intact');

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
