// Verifying the audit trail at scale 100 on SQLite, as `aims verify-log` does: read-only, every hash recomputed
// and every register row compared with the last entry about it.
import { openDatabase, verifyAuditTrail } from '../src/store/index.ts';
import { importedSqlite } from './foundation.bench.ts';
import type { BenchCase } from './types.ts';

export const cases: BenchCase[] = [100].map((scale) => ({
  name: `verify-log scale ${scale} (sqlite)`,
  async run() {
    const file = await importedSqlite(scale);
    const start = performance.now();
    const database = await openDatabase(file, { readOnly: true });
    try {
      const result = await verifyAuditTrail(database);
      const verifyMs = Math.round(performance.now() - start);
      if (!result.intact) throw new Error('the bench database does not verify');
      const [organisation] = result.organisations;
      return { entries: organisation!.entries, rows: organisation!.rows!.rows, verifyMs };
    } finally {
      await database.close();
    }
  },
}));
