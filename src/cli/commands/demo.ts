// `aims demo --out <dir>`: writes the demo organisation (or a scaled synthetic one) as a YAML bundle.
import { AppError, isValidIsoDate, recordCount, todayUtc } from '../../domain/index.ts';
import { buildDemoOrganisation, buildScaledOrganisation } from '../../services/demo/index.ts';
import { writeBundle } from '../../store/bundle/index.ts';
import { action, defineCommand } from '../command.ts';

interface DemoOptions {
  out: string;
  scale?: string;
  asOf?: string;
}

function parseScale(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const scale = Number(value);
  if (!/^\d+$/.test(value) || scale < 1) throw new AppError('invalid_input', `--scale must be a whole number of 1 or more; got "${value}".`);
  return scale;
}

function parseAsOf(value: string | undefined): string {
  if (value === undefined) return todayUtc(new Date());
  if (!isValidIsoDate(value)) throw new AppError('invalid_input', `--as-of must be a date written YYYY-MM-DD; got "${value}".`);
  return value;
}

export default defineCommand({
  register(program, io) {
    program
      .command('demo')
      .description('Write the demo organisation, a fictional lender a few months before its Stage 1 audit, as a YAML bundle.')
      .requiredOption('--out <dir>', 'the folder to write the bundle to (created if needed)')
      .option('--scale <n>', 'instead, a synthetic organisation: the demo plus n business units (6 AI systems, 100 risks, 500 evidence items each)')
      .option('--as-of <date>', 'the day the demo is built as of (YYYY-MM-DD); today by default')
      .action(action(io, async (opts: DemoOptions) => {
        const scale = parseScale(opts.scale);
        const asOf = parseAsOf(opts.asOf);
        const snapshot = scale === undefined ? buildDemoOrganisation({ asOf }) : buildScaledOrganisation(scale, { asOf });
        const written = await writeBundle(opts.out, snapshot);
        io.out(`Wrote "${snapshot.organisation.name}" as of ${asOf} to ${opts.out}: ${recordCount(snapshot)} records in ${written.files.length} files `
          + `(${written.created.length} created, ${written.updated.length} updated, ${written.deleted.length} deleted).\n`);
      }));
  },
});
