// Building blocks of migrations: the common columns of register tables and link tables, written once.
// Frozen with the migrations that use them: a later migration that needs another shape writes its own helper.
import type { CreateTableBuilder, Kysely } from 'kysely';

/** Foreign keys between records are checked at commit, so records may be written in any order inside a transaction. */
const deferred = <B extends { deferrable(): B; initiallyDeferred(): B }>(fk: B): B => fk.deferrable().initiallyDeferred();

/**
 * A register table: organisation, id, version and timestamps; `columns` as nullable text (filtered, sorted,
 * searched or linked); `references` maps some of those columns to the table they point at, through a composite
 * key (organisation_id, column) → target(organisation_id, id) so that no reference can cross organisations.
 */
export async function createRegisterTable(
  db: Kysely<unknown>,
  table: string,
  columns: readonly string[],
  references: Readonly<Record<string, string>> = {},
): Promise<void> {
  let create: CreateTableBuilder<string, string> = db.schema
    .createTable(table)
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull());
  for (const column of columns) create = create.addColumn(column, 'text');
  create = create
    .addColumn('data', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint(`${table}_pkey`, ['organisation_id', 'id'])
    .addForeignKeyConstraint(`${table}_organisation_fkey`, ['organisation_id'], 'organisations', ['id']);
  for (const [column, target] of Object.entries(references)) {
    if (!columns.includes(column)) throw new Error(`migration: ${table}.${column} references ${target} but is not a column`);
    create = create.addForeignKeyConstraint(`${table}_${column}_fkey`, ['organisation_id', column], target, ['organisation_id', 'id'], deferred);
  }
  await create.execute();
  for (const column of Object.keys(references)) {
    await db.schema.createIndex(`${table}_${column}_idx`).on(table).columns(['organisation_id', column]).execute();
  }
}

/**
 * A link table for a list of references: one row per item with its position, so the list keeps its order.
 * Rows go with their owner (cascade). With a `target` table the item must exist in the same organisation; without
 * one (references to the catalogue, which is code) the item is plain text.
 */
export async function createLinkTable(db: Kysely<unknown>, table: string, owner: string, target?: string): Promise<void> {
  let create = db.schema
    .createTable(table)
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint(`${table}_pkey`, ['organisation_id', 'owner_id', 'position'])
    .addUniqueConstraint(`${table}_target_key`, ['organisation_id', 'owner_id', 'target_id'])
    .addForeignKeyConstraint(`${table}_owner_fkey`, ['organisation_id', 'owner_id'], owner, ['organisation_id', 'id'], (fk) =>
      deferred(fk).onDelete('cascade'));
  if (target !== undefined) {
    create = create.addForeignKeyConstraint(`${table}_target_fkey`, ['organisation_id', 'target_id'], target, ['organisation_id', 'id'], deferred);
  }
  await create.execute();
  await db.schema.createIndex(`${table}_target_idx`).on(table).columns(['organisation_id', 'target_id']).execute();
}
