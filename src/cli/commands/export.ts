// `aims export <dir>`: writes one organisation of the database as a YAML bundle, ready to keep in git.
import { recordCount } from '../../domain/index.ts';
import { writeBundle } from '../../store/bundle/index.ts';
import { loadSnapshot } from '../../store/index.ts';
import { action, DEFAULT_DB, defineCommand } from '../command.ts';
import { dbOption, orgOption } from '../options.ts';
import { chooseOrganisation, openExistingDatabase } from '../sources.ts';

export default defineCommand({
  register(program, io) {
    program
      .command('export')
      .description('Export one organisation as a YAML bundle: organisation.yaml and one file per non-empty register.')
      .argument('<dir>', 'the folder to write to (created if needed; register files no longer needed are removed)')
      .addOption(dbOption())
      .addOption(orgOption('the organisation to export, where the database holds several'))
      .action(action(io, async (dir: string, opts: { db?: string; org?: string }) => {
        const db = await openExistingDatabase(opts.db ?? DEFAULT_DB);
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
