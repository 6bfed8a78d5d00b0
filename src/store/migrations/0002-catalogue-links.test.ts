// A database an earlier release left at migration 0001, with clause and control lists inside `data`, comes out
// of 0002 with those lists in link tables, stored exactly as records written afterwards, and reads back unchanged.
import { Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createTestDatabase, databaseKinds } from '../../../test/databases.ts';
import { registerNames, type AnyRecord, type RegisterName } from '../../domain/index.ts';
import { GENESIS_HASH } from '../audit-log.ts';
import { recordsReferencing } from '../catalogue-references.ts';
import { connectDatabase, openDatabase, type AimsDatabase } from '../database.ts';
import { layouts } from '../layout.ts';
import { replaceOrganisation } from '../replace.ts';
import { sampleSnapshot, sortedSnapshot } from '../sample-snapshot.test-support.ts';
import { loadSnapshot } from '../snapshot.ts';
import type { Row, StoreDb } from '../tables.ts';
import { migrationProvider } from './index.ts';

const at = '2026-06-01T10:00:00.000Z';

/** A record's row and link rows as 0001 stored them: columns and register lists out of `data`, all else in it. */
function rowsOf0001(register: RegisterName, organisationId: string, record: AnyRecord): { row: Row; links: [string, Row[]][] } {
  const layout = layouts[register];
  const source = record as unknown as Record<string, unknown>;
  const data: Record<string, unknown> = { ...source };
  delete data.id;
  const row: Row = { organisation_id: organisationId, id: record.id, version: 1, created_at: at, updated_at: at };
  for (const c of layout.columns) {
    row[c.column] = (source[c.field] as string | undefined) ?? null;
    delete data[c.field];
  }
  const links: [string, Row[]][] = [];
  for (const link of layout.links) {
    if (link.kind !== 'register' || source[link.field] === undefined) continue;
    const targets = source[link.field] as string[];
    data[link.field] = [];
    links.push([link.table, targets.map((target, position) => ({ organisation_id: organisationId, owner_id: record.id, target_id: target, position }))]);
  }
  row.data = JSON.stringify(data);
  return { row, links };
}

async function storeAs0001(kysely: StoreDb, organisationId: string): Promise<void> {
  const snapshot = sampleSnapshot(organisationId);
  await kysely.transaction().execute(async (trx) => {
    await trx.insertInto('organisations').values({
      id: organisationId, name: snapshot.organisation.name, version: 1, created_at: at, updated_at: at,
      data: JSON.stringify(snapshot.organisation), audit_seq: 0, audit_hash: GENESIS_HASH,
    }).execute();
    for (const register of registerNames) {
      for (const record of snapshot[register] as readonly AnyRecord[]) {
        const { row, links } = rowsOf0001(register, organisationId, record);
        await trx.insertInto(layouts[register].table).values(row).execute();
        for (const [table, rows] of links) if (rows.length > 0) await trx.insertInto(table).values(rows).execute();
      }
    }
  });
}

/** What an organisation holds in storage, without its id: each table's rows as text, sorted. */
async function stored(db: AimsDatabase, organisationId: string): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const register of registerNames) {
    const layout = layouts[register];
    for (const table of [layout.table, ...layout.links.map((l) => l.table)]) {
      const rows = await db.kysely.selectFrom(table).selectAll().where('organisation_id', '=', organisationId).execute();
      out[table] = rows.map(({ organisation_id: _, created_at: _c, updated_at: _u, ...rest }) => JSON.stringify(rest)).sort();
    }
  }
  return out;
}

for (const kind of databaseKinds()) {
  describe(`migration 0002-catalogue-links [${kind}]`, () => {
    it('moves the clause and control lists of records stored under 0001 into link tables, losing nothing', async () => {
      const created = await createTestDatabase(kind);
      try {
        const old = connectDatabase(created.target);
        try {
          const { error } = await new Migrator({ db: old.kysely, provider: migrationProvider }).migrateTo('0001-initial');
          if (error) throw error;
          await storeAs0001(old.kysely, 'org-old');
          // Before the upgrade the lists are only in `data`.
          expect((await old.kysely.selectFrom('evidence_items').select('data').where('id', '=', 'evidenceItems-full').executeTakeFirst())?.data)
            .toContain('"refs":["A.6.2.8","4.3"]');
        } finally {
          await old.kysely.destroy();
        }

        const db = await openDatabase(created.target);
        try {
          expect(await loadSnapshot(db, 'org-old')).toStrictEqual(sortedSnapshot(sampleSnapshot('org-old')));
          // Stored exactly as the same records written after the upgrade: same `data`, same link rows.
          await replaceOrganisation(db, sampleSnapshot('org-new'), { actor: 'test', at });
          const upgraded = await stored(db, 'org-old');
          expect(upgraded).toEqual(await stored(db, 'org-new'));
          expect(upgraded.evidence_items_refs).toHaveLength(2); // only -full names any: -min and -empty have `refs: []`
          expect(upgraded.risks_treatment_control_ids).toHaveLength(4); // -full and -empty: a treatment naming two
          expect(upgraded.evidence_items!.join()).not.toContain('A.6.2.8');
          expect(await recordsReferencing(db, 'org-old', 'A.6.2.8')).toEqual(await recordsReferencing(db, 'org-new', 'A.6.2.8'));
          expect(await recordsReferencing(db, 'org-old', 'A.6.2.7')).toContainEqual({ register: 'risks', id: 'risks-full', field: 'treatment.controlIds[0]' });
          // The same records imported again change nothing: no version bump, no audit entry.
          const again = await replaceOrganisation(db, sampleSnapshot('org-old'), { actor: 'test', at });
          expect({ created: again.created, updated: again.updated, deleted: again.deleted }).toEqual({ created: 0, updated: 0, deleted: 0 });
        } finally {
          await db.close();
        }
      } finally {
        await created.drop();
      }
    });
  });
}
