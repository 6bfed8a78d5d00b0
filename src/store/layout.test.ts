// Schema and migrations cannot drift apart: every register has its table as the migrations built it, every
// top-level reference of every schema has its column (with a foreign key where it points at a register) or link
// table, and every list of clause or control ids outside lists of objects has an indexed link table of its own.
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases.ts';
import { isRegisterName, refSites, registerNames, registerTableName, registers } from '../domain/index.ts';
import type { AimsDatabase } from './database.ts';
import { COMMON_COLUMNS, layouts } from './layout.ts';

interface ForeignKey {
  readonly columns: string;
  readonly target: string;
  readonly deferred: boolean;
}

/** Foreign keys of a table as `a,b → target`, read from each database's catalogue. */
async function foreignKeys(db: AimsDatabase, table: string): Promise<ForeignKey[]> {
  if (db.dialect === 'sqlite') {
    const rows = (await sql<{ id: number; seq: number; table: string; from: string }>`select * from pragma_foreign_key_list(${table})`.execute(db.kysely)).rows;
    const ddl = (await sql<{ sql: string }>`select sql from sqlite_master where name = ${table}`.execute(db.kysely)).rows[0]?.sql ?? '';
    const byId = new Map<number, { target: string; columns: string[] }>();
    for (const r of [...rows].sort((a, b) => a.seq - b.seq)) {
      const fk = byId.get(r.id) ?? { target: r.table, columns: [] };
      fk.columns.push(r.from);
      byId.set(r.id, fk);
    }
    return [...byId.values()].map((fk) => ({
      columns: fk.columns.join(','),
      target: fk.target,
      deferred: new RegExp(`references "?${fk.target}"? \\([^)]*\\)[^,]*deferrable initially deferred`, 'i').test(ddl),
    }));
  }
  const rows = (await sql<{ columns: string; target: string; deferred: boolean }>`
    select string_agg(a.attname, ',' order by k.ord) as columns, t.relname as target, c.condeferred as deferred
    from pg_constraint c
    join pg_class s on s.oid = c.conrelid
    join pg_class t on t.oid = c.confrelid
    cross join lateral unnest(c.conkey) with ordinality as k(attnum, ord)
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum
    where c.contype = 'f' and s.relname = ${table}
    group by c.oid, t.relname, c.condeferred`.execute(db.kysely)).rows;
  return rows;
}

/** The indexes of a table (unique and primary keys included), each as its columns `a,b` in order. */
async function indexes(db: AimsDatabase, table: string): Promise<string[]> {
  if (db.dialect === 'sqlite') {
    const rows = (await sql<{ name: string; seqno: number; column: string }>`
      select il.name as name, ii.seqno as seqno, ii.name as "column"
      from pragma_index_list(${table}) il, pragma_index_info(il.name) ii`.execute(db.kysely)).rows;
    const byName = new Map<string, string[]>();
    for (const r of [...rows].sort((a, b) => a.seqno - b.seqno)) byName.set(r.name, [...(byName.get(r.name) ?? []), r.column]);
    return [...byName.values()].map((columns) => columns.join(','));
  }
  const rows = (await sql<{ columns: string }>`
    select string_agg(a.attname, ',' order by k.ord) as columns
    from pg_index i
    join pg_class t on t.oid = i.indrelid
    cross join lateral unnest(i.indkey) with ordinality as k(attnum, ord)
    join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum
    where t.relname = ${table}
    group by i.indexrelid`.execute(db.kysely)).rows;
  return rows.map((r) => r.columns);
}

const CLAUSE_OR_CONTROL = new Set(['clause', 'control', 'clauseOrControl']);

describeEachDatabase('store layout and migrations', (getDb) => {
  it('gives every register its table with the common columns, the layout columns and nothing else', async () => {
    const tables = new Map((await getDb().kysely.introspection.getTables()).map((t) => [t.name, t.columns.map((c) => c.name)]));
    for (const register of registerNames) {
      const layout = layouts[register];
      expect(layout.table).toBe(registerTableName(register));
      const expected = [...COMMON_COLUMNS, ...layout.columns.map((c) => c.column)].sort();
      expect([...(tables.get(layout.table) ?? [])].sort(), layout.table).toEqual(expected);
      for (const link of layout.links) {
        expect([...(tables.get(link.table) ?? [])].sort(), link.table).toEqual(['organisation_id', 'owner_id', 'position', 'target_id']);
      }
    }
  });

  it('stores every top-level reference in a column or a link table, with a deferred composite foreign key to its register', async () => {
    const db = getDb();
    for (const register of registerNames) {
      const layout = layouts[register];
      const fks = await foreignKeys(db, layout.table);
      for (const site of refSites(register)) {
        const [field, ...rest] = site.path;
        if (CLAUSE_OR_CONTROL.has(site.target) && site.path.at(-1) === '*' && !site.path.slice(0, -1).includes('*')) {
          // A list of clause or control ids, top-level or in nested objects: a link table without a target key.
          const path = site.path.slice(0, -1).join('.');
          const link = layout.links.find((l) => l.field === path);
          expect(link, `${register}.${path} needs a link table`).toMatchObject({ kind: 'catalogue', references: site.target });
          expect(await foreignKeys(db, link!.table), link!.table).toEqual([{ columns: 'organisation_id,owner_id', target: layout.table, deferred: true }]);
          expect(await indexes(db, link!.table), link!.table).toContain('organisation_id,target_id');
          continue;
        }
        if (rest.length > 1 || (rest.length === 1 && rest[0] !== '*')) continue; // nested: stays in `data`
        if (rest.length === 1 && !isRegisterName(site.target)) continue; // a list of Annex C ids: `data`
        if (site.target === '*') continue; // a { register, id } reference can point anywhere: `data`
        if (rest.length === 0) {
          const column = layout.columns.find((c) => c.field === field);
          expect(column, `${register}.${field} needs a column`).toBeDefined();
          if (CLAUSE_OR_CONTROL.has(site.target)) {
            expect(await indexes(db, layout.table), `${register}.${field}`).toContain(`organisation_id,${column!.column}`);
          }
          if (!isRegisterName(site.target)) continue; // the catalogue is code: no foreign key
          expect(fks, `${register}.${field}`).toContainEqual({ columns: `organisation_id,${column!.column}`, target: registerTableName(site.target), deferred: true });
        } else if (isRegisterName(site.target)) {
          const link = layout.links.find((l) => l.field === field);
          expect(link, `${register}.${field} needs a link table`).toMatchObject({ kind: 'register', references: site.target });
          const linkFks = await foreignKeys(db, link!.table);
          expect(linkFks).toContainEqual({ columns: 'organisation_id,owner_id', target: layout.table, deferred: true });
          expect(linkFks).toContainEqual({ columns: 'organisation_id,target_id', target: registerTableName(site.target), deferred: true });
        }
      }
      // No register record can exist outside its organisation.
      expect(fks).toContainEqual(expect.objectContaining({ columns: 'organisation_id', target: 'organisations' }));
    }
  });

  it('keeps the label of every register in a column, so lists can search it', () => {
    for (const register of registerNames) {
      const { label } = registers[register];
      const layout = layouts[register];
      expect(label === 'id' ? 'id' : layout.columns.find((c) => c.field === label)?.column, register).toBe(layout.labelColumn);
    }
  });

  it('records the migrations as applied, so opening again changes nothing', async () => {
    const rows = await getDb().kysely.selectFrom('kysely_migration').select('name').orderBy('name').execute();
    expect(rows.map((r) => r.name)).toEqual(['0001-initial', '0002-catalogue-links', '0003-control-statements', '0004-accounts', '0005-evidence-files']);
  });
});
