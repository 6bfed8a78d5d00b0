// Import, snapshot loading and export of synthetic organisations at scale 1, 10 and 100, on SQLite and, when
// OPENAIMS_BENCH_PG_URL (or OPENAIMS_TEST_PG_URL) is set, on PostgreSQL. Targets: scale 100 imports in under
// 20 s and loads a snapshot in under 2 s.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { recordCount } from '../src/domain/index.ts';
import { buildScaledOrganisation } from '../src/domain/demo/index.ts';
import { importOrganisation } from '../src/services/import-organisation.ts';
import { readBundle, writeBundle } from '../src/store/bundle/index.ts';
import { listOrganisations, loadSnapshot, openDatabase, type AimsDatabase } from '../src/store/index.ts';
import type { BenchCase } from './types.ts';

const AS_OF = '2026-11-01';
const work = join(tmpdir(), 'openaims-bench');
const pgUrl = process.env.OPENAIMS_BENCH_PG_URL ?? process.env.OPENAIMS_TEST_PG_URL;

/** The bundle of a scale, written once and reused by later cases (generation is not what is measured). */
async function bundleOf(scale: number): Promise<string> {
  const dir = join(work, `scale-${scale}`, 'bundle');
  if (!existsSync(join(dir, 'organisation.yaml'))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    await writeBundle(dir, buildScaledOrganisation(scale, { asOf: AS_OF }));
  }
  return dir;
}

async function freshPostgres(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(pgUrl!);
  url.pathname = `/${name}`;
  return url.toString();
}

function target(scale: number, engine: 'sqlite' | 'postgres'): { fresh(): Promise<string>; existing(): string } {
  if (engine === 'sqlite') {
    const file = join(work, `scale-${scale}`, 'bench.sqlite');
    return {
      async fresh() {
        for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
        return file;
      },
      existing: () => file,
    };
  }
  const name = `openaims_bench_${scale}`;
  return {
    fresh: () => freshPostgres(name),
    existing() {
      const url = new URL(pgUrl!);
      url.pathname = `/${name}`;
      return url.toString();
    },
  };
}

const ms = (start: number) => Math.round(performance.now() - start);

function casesFor(scale: number, engine: 'sqlite' | 'postgres'): BenchCase[] {
  const db = target(scale, engine);
  return [
    {
      name: `import scale ${scale} (${engine})`,
      async run() {
        const dir = await bundleOf(scale);
        const database = await openDatabase(await db.fresh());
        const start = performance.now();
        const snapshot = await readBundle(dir);
        const readMs = ms(start);
        await importOrganisation(database, snapshot, { actor: 'bench' });
        const importMs = ms(start);
        await database.close();
        return { records: recordCount(snapshot), readBundleMs: readMs, importMs };
      },
    },
    {
      name: `snapshot scale ${scale} (${engine})`,
      async run() {
        const database = await openDatabase(db.existing());
        const start = performance.now();
        const snapshot = await loadSnapshot(database, await onlyOrganisation(database));
        const snapshotMs = ms(start);
        await database.close();
        return { records: recordCount(snapshot), snapshotMs };
      },
    },
    {
      name: `export scale ${scale} (${engine})`,
      async run() {
        const database = await openDatabase(db.existing());
        const out = join(work, `scale-${scale}`, `export-${engine}`);
        rmSync(out, { recursive: true, force: true });
        const start = performance.now();
        const snapshot = await loadSnapshot(database, await onlyOrganisation(database));
        await writeBundle(out, snapshot);
        const exportMs = ms(start);
        await database.close();
        return { records: recordCount(snapshot), exportMs };
      },
    },
  ];
}

/**
 * The SQLite file of a scale holding its organisation, imported first when the import case has not run (other
 * bench files measure reads of it).
 */
export async function importedSqlite(scale: number): Promise<string> {
  const db = target(scale, 'sqlite');
  if (existsSync(db.existing())) {
    const database = await openDatabase(db.existing());
    const found = (await listOrganisations(database)).length > 0;
    await database.close();
    if (found) return db.existing();
  }
  const database = await openDatabase(await db.fresh());
  await importOrganisation(database, await readBundle(await bundleOf(scale)), { actor: 'bench' });
  await database.close();
  return db.existing();
}

/** The one organisation the import case left in the database. */
async function onlyOrganisation(database: AimsDatabase): Promise<string> {
  const [first] = await listOrganisations(database);
  if (!first) throw new Error('run the import case first: the database holds no organisation');
  return first.id;
}

export const cases: BenchCase[] = [1, 10, 100].flatMap((scale) => [
  ...casesFor(scale, 'sqlite'),
  ...(pgUrl ? casesFor(scale, 'postgres') : []),
]);
