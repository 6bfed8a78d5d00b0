// `aims audit-days`: the audit-day estimate for a number of effective personnel: initial (Stage 1 + Stage 2), each
// surveillance and recertification, with the table row and rules used, and the multi-site sample sizes.
import { defaultAuditTimeTable, estimateAuditDays, multiSiteSample } from '../../domain/certification/index.ts';
import { AppError } from '../../domain/index.ts';
import { action, defineCommand, parseFormat } from '../command.ts';
import { loadTable, parseCount } from '../sources.ts';

interface AuditDaysOptions {
  personnel?: string;
  sites?: string;
  table?: string;
  format?: string;
}

export default defineCommand({
  register(program, io) {
    program
      .command('audit-days')
      .description('Estimate audit days: initial (Stage 1 + Stage 2), each surveillance and recertification, and multi-site samples.')
      .requiredOption('--personnel <n>', 'effective number of personnel')
      .option('--sites <n>', 'sites besides the central function (the central function is always audited)')
      .option('--table <file>', 'the certification body’s audit-time table (TSV or JSON) instead of the ISO/IEC 27006 default')
      .option('--format <format>', 'text or json', 'text')
      .action(action(io, (opts: AuditDaysOptions) => {
        const format = parseFormat(opts.format, ['text', 'json'] as const, 'text');
        const personnel = parseCount('--personnel', opts.personnel, 1)!;
        const sites = multiSiteSample(parseCount('--sites', opts.sites, 0) ?? 0);
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
        const { initial, surveillance, recertification, row } = estimate;
        const range = row.personsMax === null ? `${row.personsMin}+` : `${row.personsMin}–${row.personsMax}`;
        io.out(`Audit days for ${personnel} effective personnel\n\n`);
        io.out(`  Initial audit             ${initial.days}  (Stage 1 ${initial.stage1} + Stage 2 ${initial.stage2})\n`);
        io.out(`  Each surveillance audit   ${surveillance.days}  (years 1 and 2)\n`);
        io.out(`  Recertification audit     ${recertification.days}\n\n`);
        io.out(`Table: ${estimate.table.name}, row ${range} persons → ${row.days} days${row.extrapolated ? ' (extrapolated)' : ''}.\n`);
        io.out(`  ${estimate.table.source}\n\nRules\n`);
        for (const rule of estimate.rules) io.out(`  - ${rule}\n`);
        io.out('\nMulti-site sample\n');
        io.out(sites.sites === 0
          ? '  Single site (no --sites given): the central function only.\n'
          : `  ${sites.sites} sites besides the central function: initial ${sites.initial}, each surveillance ${sites.surveillance}, recertification ${sites.recertification}, plus the central function every time.\n  ${sites.rule}\n`);
      }));
  },
});
