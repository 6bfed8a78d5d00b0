// `aims export <dir>`: writes one organisation of the database as a YAML bundle, ready to keep in git.
import { existsSync } from 'node:fs';
import { AppError, recordCount } from '../../domain/index.ts';
import { writeBundle } from '../../store/bundle/index.ts';
import { isPostgresUrl, listOrganisations, loadSnapshot, openDatabase, type AimsDatabase } from '../../store/index.ts';
import { action, DEFAULT_DB, defineCommand } from '../command.ts';

async function chooseOrganisation(db: AimsDatabase, org: string | undefined): Promise<string> {
  if (org !== undefined) return org;
  const organisations = await listOrganisations(db);
  if (organisations.length === 0) throw new AppError('not_found', `The database at ${db.location} holds no organisation to export.`);
  if (organisations.length > 1) {
    throw new AppError('invalid_input', `The database holds ${organisations.length} organisations; choose one with --org: `
      + `${organisations.map((o) => `${o.id} (${o.name})`).join(', ')}.`);
  }
  return organisations[0]!.id;
}

export default defineCommand({
  register(program, io) {
    program
      .command('export')
      .description('Export one organisation as a YAML bundle: organisation.yaml and one file per non-empty register.')
      .argument('<dir>', 'the folder to write to (created if needed; register files no longer needed are removed)')
      .option('--db <file|postgres-url>', `SQLite file or PostgreSQL URL (default ${DEFAULT_DB})`)
      .option('--org <id>', 'the organisation to export, where the database holds several')
      .action(action(io, async (dir: string, opts: { db?: string; org?: string }) => {
        const target = opts.db ?? DEFAULT_DB;
        // Opening a SQLite file creates it; exporting from a database that is not there is a mistyped path.
        if (!isPostgresUrl(target) && target !== ':memory:' && !existsSync(target)) {
          throw new AppError('not_found', `There is no database at ${target}; give --db with an existing database.`);
        }
        const db = await openDatabase(target);
        try {
          const snapshot = await loadSnapshot(db, await chooseOrganisation(db, opts.org));
          const w = await writeBundle(dir, snapshot);
          io.out(`Exported organisation "${snapshot.organisation.id}" (${recordCount(snapshot)} records) to ${dir}: `
            + `${w.created.length} files created, ${w.updated.length} updated, ${w.deleted.length} deleted, ${w.unchanged.length} unchanged.\n`);
        } finally {
          await db.close();
        }
      }));
  },
});
