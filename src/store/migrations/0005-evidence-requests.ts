// Migration 0005: evidence requests, the information request list an external auditor sends and the organisation
// answers with evidence. Each row's content is the canonical JSON its last audit entry recorded (verify-log proves it);
// the audit, status and order are columns of their own for lists.
// Migrations are history: never edit this file once released; add a new migration instead.
import type { Kysely } from 'kysely';

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('evidence_requests')
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    // The request's number in its organisation (ER-001 is 1): the order the list is shown in.
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('audit_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('evidence_requests_pkey', ['organisation_id', 'id'])
    .addUniqueConstraint('evidence_requests_seq_key', ['organisation_id', 'seq'])
    .addForeignKeyConstraint('evidence_requests_organisation_fkey', ['organisation_id'], 'organisations', ['id'])
    .execute();
  await db.schema.createIndex('evidence_requests_audit_idx').on('evidence_requests').columns(['organisation_id', 'audit_id']).execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('evidence_requests').execute();
}

export const migration0005 = { up, down };
