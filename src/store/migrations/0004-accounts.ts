// Migration 0003: accounts of the installation — users, their memberships of organisations, sessions, API tokens,
// sign-in attempts (rate limiting), the one-time setup token, and the cache of readiness results.
// Everything an app server needs across requests lives here, so that several servers can share one database.
// Migrations are history: never edit this file once released; add a new migration instead.
import { sql, type Kysely } from 'kysely';

async function up(db: Kysely<unknown>): Promise<void> {
  // One row at most (id = 1): inserted with the first account, so two concurrent first-runs cannot both succeed.
  await db.schema
    .createTable('installation')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('initialised_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // Lower-cased on the way in, so that the unique key is case-insensitive on both databases.
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text')
    // scrypt$N$r$p$salt$hash (base64url): the parameters travel with the hash.
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('installation_admin', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('memberships')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    // The Person record the user is (control owner, auditor); found by email when not given.
    .addColumn('person_id', 'text')
    // External auditors only: the audit they may see, and the dates their access runs between (inclusive).
    .addColumn('external_audit_id', 'text')
    .addColumn('access_from', 'text')
    .addColumn('access_until', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('memberships_pkey', ['user_id', 'organisation_id'])
    .execute();
  await db.schema.createIndex('memberships_organisation_idx').on('memberships').column('organisation_id').execute();

  await db.schema
    .createTable('sessions')
    // SHA-256 of the cookie's value: a copy of the database does not hold usable sessions.
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();

  // One row per failed sign-in, by account (email) and by address; old rows are pruned as new ones arrive.
  await db.schema
    .createTable('sign_in_failures')
    .addColumn('scope', 'text', (c) => c.notNull().check(sql`scope in ('account', 'address')`))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sign_in_failures_subject_idx').on('sign_in_failures').columns(['scope', 'subject', 'at']).execute();

  // A member added by email before they had an account: the token (hashed) lets them set their password once.
  await db.schema
    .createTable('invitations')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('setup_tokens')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
}

export const migration0004 = { up };
