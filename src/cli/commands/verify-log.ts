// `aims verify-log`: recomputes the audit trail's hash chain; exit 0 when intact, 5 when an entry was altered or removed.
import { existsSync } from 'node:fs';
import { AppError } from '../../domain/index.ts';
import { isPostgresUrl, openDatabase, verifyAuditTrail, type AuditVerification } from '../../store/index.ts';
import { action, DEFAULT_DB, defineCommand } from '../command.ts';
import { formatOption } from '../options.ts';

interface VerifyLogOptions {
  db: string;
  org?: string;
  format: 'text' | 'json';
}

function describe(result: AuditVerification): string {
  const lines = [result.intact ? 'Audit trail intact.' : 'Audit trail BROKEN.'];
  if (result.organisations.length === 0) lines.push('  (no organisations in this database)');
  for (const o of result.organisations) {
    lines.push(o.broken
      ? `  ${o.organisationId}: broken at entry #${o.broken.seq}: ${o.broken.reason}`
      : `  ${o.organisationId}: ${o.entries} entr${o.entries === 1 ? 'y' : 'ies'}, intact`);
  }
  return `${lines.join('\n')}\n`;
}

export default defineCommand({
  register(program, io) {
    program
      .command('verify-log')
      .description('Verify the hash-chained audit trail: exit 0 when intact, 5 when an entry was altered, removed or reordered.')
      .option('--db <file|postgres-url>', 'SQLite file or PostgreSQL URL', DEFAULT_DB)
      .option('--org <id>', 'verify one organisation only (all by default)')
      .addOption(formatOption(['text', 'json']))
      .action(action(io, async (opts: VerifyLogOptions) => {
        const format = opts.format;
        // Opening a missing file would create an empty database and call it intact; say it is missing instead.
        if (!isPostgresUrl(opts.db) && !existsSync(opts.db)) {
          throw new AppError('not_found', `No database at ${opts.db}; name it with --db <file|postgres-url>.`);
        }
        const db = await openDatabase(opts.db);
        let result: AuditVerification;
        try {
          result = await verifyAuditTrail(db, opts.org);
        } finally {
          await db.close();
        }
        io.out(format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : describe(result));
        const broken = result.organisations.filter((o) => o.broken);
        if (broken.length === 0) return;
        const first = result.firstBroken!;
        throw new AppError('integrity_failure',
          `The audit trail is broken: organisation "${first.organisationId}", entry #${first.seq}. Restore the database from a backup and investigate who changed it.`,
          broken.map((o) => ({ recordId: o.organisationId, message: o.broken!.reason })));
      }));
  },
});
