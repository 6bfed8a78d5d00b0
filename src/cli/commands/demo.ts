// `aims demo --out <dir>`: writes the demo organisation (or a scaled synthetic one) as a YAML bundle.
import { recordCount, todayUtc } from '../../domain/index.ts';
import { buildDemoOrganisation, buildScaledOrganisation } from '../../domain/demo/index.ts';
import { writeBundle } from '../../store/bundle/index.ts';
import { action, defineCommand } from '../command.ts';
import { asOfOption, countOption } from '../options.ts';

interface DemoOptions {
  out: string;
  scale?: number;
  asOf?: string;
}

export default defineCommand({
  register(program, io) {
    program
      .command('demo')
      .description('Write the demo organisation, a fictional lender a few months before its Stage 1 audit, as a YAML bundle.')
      .requiredOption('--out <dir>', 'the folder to write the bundle to (created if needed)')
      .addOption(countOption('--scale', 'instead, a synthetic organisation: the demo plus n business units (6 AI systems, 100 risks, 500 evidence items each)', 1))
      .addOption(asOfOption('the day the demo is built as of (YYYY-MM-DD); today by default'))
      .action(action(io, async (opts: DemoOptions) => {
        const { scale } = opts;
        const asOf = opts.asOf ?? todayUtc(new Date());
        const snapshot = scale === undefined ? buildDemoOrganisation({ asOf }) : buildScaledOrganisation(scale, { asOf });
        const written = await writeBundle(opts.out, snapshot);
        io.out(`Wrote "${snapshot.organisation.name}" as of ${asOf} to ${opts.out}: ${recordCount(snapshot)} records in ${written.files.length} files `
          + `(${written.created.length} created, ${written.updated.length} updated, ${written.deleted.length} deleted).\n`);
      }));
  },
});
