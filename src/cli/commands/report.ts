// `aims report`: the readiness report of an organisation as a PDF for management, one XLSX workbook, or a folder of
// CSV files, built from the same checks, evidence index and certification records as `aims check`.
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { AppError } from '../../domain/index.ts';
import { writeReadinessPdf } from '../../reports/pdf/readiness-pdf.ts';
import { reportContents } from '../../reports/report-contents.ts';
import { writeCsvFolder } from '../../reports/spreadsheet/csv.ts';
import { reportTables } from '../../reports/spreadsheet/report-tables.ts';
import { writeXlsx } from '../../reports/spreadsheet/xlsx.ts';
import { Option } from 'commander';
import { action, DEFAULT_DB, defineCommand } from '../command.ts';
import { asOfOption, dbOption, orgOption } from '../options.ts';
import { progressBar } from '../progress.ts';
import { loadAims, nowOrToday, type SourceOptions } from '../sources.ts';

/** Refuses an --out that cannot be written before any work is done: a missing folder, or a file where a folder must be. */
function checkOut(out: string, format: 'pdf' | 'xlsx' | 'csv'): void {
  const folder = format === 'csv' ? out : dirname(resolve(out));
  if (format !== 'csv' && !(existsSync(folder) && statSync(folder).isDirectory())) {
    throw new AppError('invalid_input', `Cannot write ${out}: the folder ${folder} does not exist. Create it first or give another --out.`, [{ file: out, message: 'no such folder' }]);
  }
  if (format === 'csv' && existsSync(folder) && !statSync(folder).isDirectory()) {
    throw new AppError('invalid_input', `Cannot write the CSV files into ${out}: it is a file; --out names a folder for --format csv.`, [{ file: out, message: 'not a folder' }]);
  }
  if (format !== 'csv' && existsSync(out) && statSync(out).isDirectory()) {
    throw new AppError('invalid_input', `Cannot write ${out}: it is a folder; --out names a file for --format ${format}.`, [{ file: out, message: 'is a folder' }]);
  }
}

interface ReportOptions extends SourceOptions {
  format: 'pdf' | 'xlsx' | 'csv';
  out?: string;
  asOf?: string;
}

export default defineCommand({
  register(program, io) {
    program
      .command('report')
      .description('Write the readiness report: a PDF for top management, an XLSX workbook, or a folder of CSV files.')
      .argument('[bundle-dir]', 'a YAML bundle folder; without it, the organisation in the database')
      .addOption(new Option('--format <format>', 'pdf, xlsx or csv').choices(['pdf', 'xlsx', 'csv'] as const).makeOptionMandatory())
      .requiredOption('--out <path>', 'the file to write (pdf, xlsx) or the folder to write the CSV files into (csv)')
      .addOption(dbOption())
      .addOption(orgOption('the organisation, where the database holds several'))
      .addOption(asOfOption('judge as of this date (YYYY-MM-DD); today by default'))
      .addHelpText('after', '\nThe CSV folder holds one file per table and registers/<register>.csv per register; see docs/reports.md.')
      .action(action(io, async (bundleDir: string | undefined, opts: ReportOptions) => {
        const format = opts.format;
        const out = opts.out;
        if (out === undefined || out.trim() === '') throw new AppError('invalid_input', '--out must name the file or folder to write.');
        checkOut(out, format);
        const asOf = nowOrToday(opts.asOf);
        const aims = await loadAims(bundleDir, opts, DEFAULT_DB);
        const contents = reportContents(aims, asOf);
        const bar = progressBar(`report ${format}`);
        try {
          if (format === 'pdf') {
            const { pages, bytes } = await writeReadinessPdf(out, contents, bar.update);
            bar.stop();
            io.out(`Wrote the readiness report of ${aims.organisation.name} as of ${asOf} to ${out} (${pages} pages, ${bytes} bytes).\n`);
            return;
          }
          const tables = reportTables(contents);
          if (format === 'xlsx') {
            await writeXlsx(out, tables, { title: `AIMS readiness of ${aims.organisation.name} as of ${asOf}`, asOf }, bar.update);
            bar.stop();
            io.out(`Wrote ${tables.length} sheets for ${aims.organisation.name} as of ${asOf} to ${out}.\n`);
            return;
          }
          const files = await writeCsvFolder(out, tables, bar.update);
          bar.stop();
          io.out(`Wrote ${files.length} CSV files for ${aims.organisation.name} as of ${asOf} into ${out}.\n`);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
            throw new AppError('invalid_input', `Cannot write ${out}: ${code}. Give --out a path in a folder that exists and that you may write to.`, [{ file: out, message: code }]);
          }
          throw error;
        } finally {
          bar.stop();
        }
      }));
  },
});
