// `aims report`: the readiness report of an organisation as a PDF for management, one XLSX workbook, or a folder of
// CSV files, built from the same checks, evidence index and certification records as `aims check`.
import { AppError } from '../../domain/index.ts';
import { writeReadinessPdf } from '../../reports/pdf/readiness-pdf.ts';
import { reportContents } from '../../reports/report-contents.ts';
import { writeCsvFolder } from '../../reports/spreadsheet/csv.ts';
import { reportTables } from '../../reports/spreadsheet/report-tables.ts';
import { writeXlsx } from '../../reports/spreadsheet/xlsx.ts';
import { action, DEFAULT_DB, defineCommand, parseFormat } from '../command.ts';
import { progressBar } from '../progress.ts';
import { loadAims, parseDate, parseNow, type SourceOptions } from '../sources.ts';

interface ReportOptions extends SourceOptions {
  format?: string;
  out?: string;
  asOf?: string;
}

export default defineCommand({
  register(program, io) {
    program
      .command('report')
      .description('Write the readiness report: a PDF for top management, an XLSX workbook, or a folder of CSV files.')
      .argument('[bundle-dir]', 'a YAML bundle folder; without it, the organisation in the database')
      .requiredOption('--format <format>', 'pdf, xlsx or csv')
      .requiredOption('--out <path>', 'the file to write (pdf, xlsx) or the folder to write the CSV files into (csv)')
      .option('--db <file|postgres-url>', `SQLite file or PostgreSQL URL (default ${DEFAULT_DB})`)
      .option('--org <id>', 'the organisation, where the database holds several')
      .option('--as-of <date>', 'judge as of this date (YYYY-MM-DD); today by default')
      .addHelpText('after', '\nThe CSV folder holds one file per table and registers/<register>.csv per register; see docs/reports.md.')
      .action(action(io, async (bundleDir: string | undefined, opts: ReportOptions) => {
        const format = parseFormat(opts.format, ['pdf', 'xlsx', 'csv'] as const, 'pdf');
        const out = opts.out;
        if (out === undefined || out.trim() === '') throw new AppError('invalid_input', '--out must name the file or folder to write.');
        const asOf = parseDate('--as-of', opts.asOf) ?? parseNow(undefined);
        const aims = await loadAims(bundleDir, opts, DEFAULT_DB);
        const contents = reportContents(aims, asOf);
        const bar = progressBar(`report ${format}`);
        try {
          if (format === 'pdf') {
            const { pages, bytes } = await writeReadinessPdf(out, contents, bar.update);
            io.out(`Wrote the readiness report of ${aims.organisation.name} as of ${asOf} to ${out} (${pages} pages, ${bytes} bytes).\n`);
            return;
          }
          const tables = reportTables(contents);
          if (format === 'xlsx') {
            await writeXlsx(out, tables, { title: `AIMS readiness of ${aims.organisation.name} as of ${asOf}`, asOf }, bar.update);
            io.out(`Wrote ${tables.length} sheets for ${aims.organisation.name} as of ${asOf} to ${out}.\n`);
            return;
          }
          const files = await writeCsvFolder(out, tables, bar.update);
          io.out(`Wrote ${files.length} CSV files for ${aims.organisation.name} as of ${asOf} into ${out}.\n`);
        } finally {
          bar.stop();
        }
      }));
  },
});
