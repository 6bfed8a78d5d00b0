// Migration 0005: evidence files. `evidence_files` says which files each organisation uploaded (name, media type,
// size, who and when; each row audited); `evidence_blobs` holds the bytes by SHA-256 where several servers share one
// PostgreSQL and no disk is common to them (the disk store stays the single-server default).
// Migrations are history: never edit this file once released; add a new migration instead.
import { PostgresAdapter, sql, type Kysely } from 'kysely';

async function up(db: Kysely<unknown>): Promise<void> {
  const bytes = db.getExecutor().adapter instanceof PostgresAdapter ? sql`bytea` : sql`blob`;
  await db.schema
    .createTable('evidence_files')
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    // The uploaded name made safe (never a path): shown and offered as the download's name, nothing else.
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('evidence_files_pkey', ['organisation_id', 'sha256'])
    .addForeignKeyConstraint('evidence_files_organisation_fkey', ['organisation_id'], 'organisations', ['id'])
    .execute();
  await db.schema
    .createTable('evidence_blobs')
    .addColumn('sha256', 'text', (c) => c.primaryKey())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('content', bytes, (c) => c.notNull())
    .execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('evidence_blobs').execute();
  await db.schema.dropTable('evidence_files').execute();
}

export const migration0005 = { up, down };
