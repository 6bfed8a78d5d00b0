// `aims export <dir>`: writes one organisation of the database as a YAML bundle, ready to keep in git.
import { AppError, recordCount } from '../../domain/index.ts';
import { writeBundle } from '../../store/bundle/index.ts';
import { loadSnapshot } from '../../store/index.ts';
import { action, DEFAULT_DB, defineCommand } from '../command.ts';
import { dbOption, nowOption, orgOption } from '../options.ts';
import { exportOscal } from '../oscal-export.ts';
import { chooseOrganisation, nowOrToday, openExistingDatabase } from '../sources.ts';

export default defineCommand({
  register(program, io) {
    program
      .command('export')
      .description('Export one organisation as a YAML bundle: organisation.yaml and one file per non-empty register.')
      .argument('[dir]', 'the folder to write to (created if needed; register files no longer needed are removed); with --oscal, a bundle folder to read instead of the database')
      .addOption(dbOption())
      .addOption(orgOption('the organisation to export, where the database holds several'))
      .option('--oscal <dir>', 'write OSCAL 1.2.1 documents (catalog, profile, SSP, assessment plans and results, POA&M) to this folder instead')
      .addOption(nowOption('with --oscal: the day the documents are as of (YYYY-MM-DD); today by default'))
      .action(action(io, async (dir: string | undefined, opts: { db?: string; org?: string; oscal?: string; now?: string }) => {
        if (opts.oscal !== undefined) return exportOscal(opts.oscal, dir, opts, nowOrToday(opts.now), DEFAULT_DB, io);
        if (dir === undefined) throw new AppError('invalid_input', 'Give the folder to write the bundle to, or --oscal <dir>.');
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
