// Snapshot loading against the physical limit: loadSnapshot at scale 100 on SQLite beside reading and parsing
// every row of the organisation with better-sqlite3 directly. Target: a ratio of at most 1.5.
import Sqlite from 'better-sqlite3';
import { layouts } from '../src/store/layout.ts';
import { recordCount, registerNames } from '../src/domain/index.ts';
import { listOrganisations, loadSnapshot, openDatabase } from '../src/store/index.ts';
import { importedSqlite } from './foundation.bench.ts';
import type { BenchCase } from './types.ts';

const RUNS = 5;

/**
 * Every row of every table of the organisation, as arrays (the cheapest form better-sqlite3 returns), `data`
 * parsed: what any loader has to do at the least.
 */
function readRaw(file: string, organisationId: string): number {
  const raw = new Sqlite(file, { readonly: true });
  let rows = 0;
  try {
    raw.prepare('begin').run();
    for (const register of registerNames) {
      const layout = layouts[register];
      const statement = raw.prepare(`select * from "${layout.table}" where organisation_id = ?`).raw(true);
      const data = statement.columns().findIndex((c) => c.name === 'data');
      for (const row of statement.all(organisationId) as string[][]) {
        JSON.parse(row[data]!);
        rows++;
      }
      for (const link of layout.links) rows += raw.prepare(`select * from "${link.table}" where organisation_id = ?`).raw(true).all(organisationId).length;
    }
    raw.prepare('commit').run();
  } finally {
    raw.close();
  }
  return rows;
}

interface Timing {
  readonly wallMs: number;
  /** CPU time of this process (user and system): both loaders run on its one thread, and on a shared machine this
   * figure moves far less than wall time with what else runs. */
  readonly cpuMs: number;
}

/** The fastest of RUNS timings, after one run that warms the page cache and the JIT. */
async function fastest(run: () => unknown): Promise<Timing> {
  await run();
  let wallMs = Infinity;
  let cpuMs = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    await run();
    const used = process.cpuUsage(cpu);
    wallMs = Math.min(wallMs, performance.now() - start);
    cpuMs = Math.min(cpuMs, (used.user + used.system) / 1000);
  }
  return { wallMs, cpuMs };
}

export const cases: BenchCase[] = [100].map((scale) => ({
  name: `snapshot against raw rows scale ${scale} (sqlite)`,
  async run() {
    const file = await importedSqlite(scale);
    const database = await openDatabase(file);
    try {
      const [organisation] = await listOrganisations(database);
      const id = organisation!.id;
      const rows = readRaw(file, id);
      const records = recordCount(await loadSnapshot(database, id));
      const rawMs = await fastest(() => readRaw(file, id));
      const snapshotMs = await fastest(() => loadSnapshot(database, id));
      return {
        records, rows,
        rawMs: Math.round(rawMs.wallMs), snapshotMs: Math.round(snapshotMs.wallMs),
        rawCpuMs: Math.round(rawMs.cpuMs), snapshotCpuMs: Math.round(snapshotMs.cpuMs),
        ratio: Number((snapshotMs.wallMs / rawMs.wallMs).toFixed(2)), cpuRatio: Number((snapshotMs.cpuMs / rawMs.cpuMs).toFixed(2)),
      };
    } finally {
      await database.close();
    }
  },
}));
