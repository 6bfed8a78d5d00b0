// `aims import <dir>`: reads a YAML bundle and makes the database's copy of its organisation equal it, all or nothing.
import { userInfo } from 'node:os';
import { importOrganisation } from '../../services/import-organisation.ts';
import { openDatabase } from '../../store/index.ts';
import { action, DEFAULT_DB, defineCommand } from '../command.ts';
import { dbOption } from '../options.ts';
import { readBundleArgument } from '../sources.ts';

/** Who the audit trail records for a CLI import: the operating-system user running it. */
function actor(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli';
  }
}

export default defineCommand({
  register(program, io) {
    program
      .command('import')
      .description('Import a YAML bundle: the organisation in the database then holds exactly the bundle’s records. Nothing is written if anything is wrong.')
      .argument('<dir>', 'the bundle folder')
      .addOption(dbOption())
      .option('--allow-deletions', 'let the import delete more than half of the organisation’s records (refused otherwise)')
      .addHelpText('after', '\nEvery problem is printed as file:line:column: record field: message; exit 2 when the bundle is refused.')
      .action(action(io, async (dir: string, opts: { db?: string; allowDeletions?: boolean }) => {
        // Read and validate the whole bundle before touching the database: a refused bundle leaves no trace.
        const snapshot = await readBundleArgument(dir);
        const db = await openDatabase(opts.db ?? DEFAULT_DB);
        try {
          const s = await importOrganisation(db, snapshot, { actor: actor(), allowDeletions: opts.allowDeletions === true });
          io.out(`Imported organisation "${s.organisationId}" (${s.organisation}) into ${db.location}: `
            + `${s.created} created, ${s.updated} updated, ${s.deleted} deleted, ${s.unchanged} unchanged.\n`);
        } finally {
          await db.close();
        }
      }));
  },
});
