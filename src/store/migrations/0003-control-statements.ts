// Migration 0003: control wording an organisation imported from a catalog it holds a licence for, one row per
// clause or control, which OSCAL exports carry as the control's statement. OpenAIMS itself ships no such text.
// Migrations are history: never edit this file once released; add a new migration instead.
import type { Kysely } from 'kysely';

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('control_statements')
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('control_id', 'text', (c) => c.notNull())
    .addColumn('statement', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('control_statements_pkey', ['organisation_id', 'control_id'])
    .addForeignKeyConstraint('control_statements_organisation_fkey', ['organisation_id'], 'organisations', ['id'])
    .execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('control_statements').execute();
}

export const migration0003 = { up, down };
