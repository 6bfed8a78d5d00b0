// `aims audit-days`: the audit-day estimate for a number of effective personnel: initial (Stage 1 + Stage 2), each
// surveillance and recertification, with the table row and rules used, and the multi-site sample sizes.
import { defaultAuditTimeTable, estimateAuditDays, multiSiteSample } from '../../domain/certification/index.ts';
import { AppError } from '../../domain/index.ts';
import { action, defineCommand } from '../command.ts';
import { countOption, formatOption } from '../options.ts';
import { loadTable } from '../sources.ts';
import { writeAuditDaysText } from '../../reports/audit-days-text.ts';

interface AuditDaysOptions {
  personnel: number;
  sites?: number;
  table?: string;
  format: 'text' | 'json';
}

export default defineCommand({
  register(program, io) {
    program
      .command('audit-days')
      .description('Estimate audit days: initial (Stage 1 + Stage 2), each surveillance and recertification, and multi-site samples.')
      .addOption(countOption('--personnel', 'effective number of personnel', 1).makeOptionMandatory())
      .addOption(countOption('--sites', 'sites besides the central function (the central function is always audited)', 0))
      .option('--table <file>', 'the certification body’s audit-time table (TSV or JSON) instead of the ISO/IEC 27006 default')
      .addOption(formatOption(['text', 'json']))
      .action(action(io, (opts: AuditDaysOptions) => {
        const format = opts.format;
        const personnel = opts.personnel;
        const sites = multiSiteSample(opts.sites ?? 0);
        const table = loadTable(opts.table) ?? defaultAuditTimeTable;
        const estimate = estimateAuditDays(personnel, table);
        if (!estimate) {
          const last = table.rows.at(-1);
          throw new AppError('invalid_input', `The table ${table.name} stops at ${last?.personsMax ?? '?'} persons and does not say how to continue; it has no figure for ${personnel}.`, [
            { field: '--personnel', message: 'outside the table' },
          ]);
        }
        if (format === 'json') {
          io.out(`${JSON.stringify({ ...estimate, sites }, null, 2)}\n`);
          return;
        }
        writeAuditDaysText(io.out, personnel, estimate, sites);
      }));
  },
});
