// Runs a block of tests on every database the suite can reach: a fresh SQLite file always, and a fresh
// PostgreSQL database when OPENAIMS_TEST_PG_URL names a server (created for the block, dropped after it).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { openDatabase, type AimsDatabase } from '../src/store/index.ts';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface TestDatabase {
  readonly kind: DatabaseKind;
  /** What openDatabase was given: the SQLite file path or the PostgreSQL URL; open it again to test reopening. */
  readonly target: string;
}

/** The PostgreSQL server the suite uses, or undefined when the PostgreSQL runs are off. */
export const pgTestUrl = (): string | undefined => process.env.OPENAIMS_TEST_PG_URL || undefined;

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** A new empty database of `kind`, and how to remove it. */
export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase & { drop(): Promise<void> }> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'openaims-test-'));
    return { kind, target: join(dir, 'aims.sqlite'), drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const admin = pgTestUrl();
  if (!admin) throw new Error('OPENAIMS_TEST_PG_URL is not set');
  const name = `openaims_t_${randomBytes(6).toString('hex')}`;
  await adminQuery(admin, `CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    kind,
    target: url.toString(),
    // FORCE ends connections a failed test left open, so the database never outlives the run.
    drop: () => adminQuery(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** The kinds of database this run covers. */
export const databaseKinds = (): DatabaseKind[] => (pgTestUrl() ? ['sqlite', 'postgres'] : ['sqlite']);

/**
 * `describe(title)` once per database kind, on a database of its own, opened (migrated) before the block's tests
 * and closed and removed after them. Tests of one block share the database: give each its own organisation ids.
 */
export function describeEachDatabase(title: string, body: (getDb: () => AimsDatabase, info: () => TestDatabase) => void): void {
  for (const kind of databaseKinds()) {
    describe(`${title} [${kind}]`, () => {
      let db: AimsDatabase | undefined;
      let created: (TestDatabase & { drop(): Promise<void> }) | undefined;
      beforeAll(async () => {
        created = await createTestDatabase(kind);
        db = await openDatabase(created.target);
      });
      afterAll(async () => {
        await db?.close();
        await created?.drop();
      });
      body(
        () => {
          if (!db) throw new Error('the test database is not open yet: call getDb() inside a test or hook');
          return db;
        },
        () => {
          if (!created) throw new Error('the test database is not created yet');
          return created;
        },
      );
    });
  }
}
