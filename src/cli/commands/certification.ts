// `aims certification`: the certification records of one organisation for the web app and scripts: the cycle as
// dated events, the proposals side by side, findings, coverage across the cycle and the sample of each audit.
import { evidenceIndexForAudit } from '../../checks/readiness/evidence-for-audit.ts';
import { certificationRecords } from '../../domain/certification/index.ts';
import { writeAuditEvidenceText, writeCertificationText } from '../../reports/certification-text.ts';
import { action, DEFAULT_DB, defineCommand } from '../command.ts';
import { dateOption, dbOption, formatOption, nowOption, orgOption } from '../options.ts';
import { loadAims, loadTable, nowOrToday, type SourceOptions } from '../sources.ts';

interface CertificationOptions extends SourceOptions {
  audit?: string;
  now?: string;
  stage2?: string;
  table?: string;
  format: 'text' | 'json';
}

export default defineCommand({
  register(program, io) {
    program
      .command('certification')
      .description('The certification records of an organisation: cycle, proposals compared, findings, coverage and audit samples.')
      .argument('[bundle-dir]', 'a YAML bundle folder; without it, the organisation in the database')
      .addOption(dbOption())
      .addOption(orgOption())
      .addOption(nowOption('as of this date (YYYY-MM-DD); today by default'))
      .option('--audit <id>', 'print the evidence index scoped to this external audit’s sample instead')
      .addOption(dateOption('--stage2', 'a target Stage 2 date, when none is on record'))
      .option('--table <file>', 'the certification body’s audit-time table (TSV or JSON)')
      .addOption(formatOption(['text', 'json']))
      .action(action(io, async (bundleDir: string | undefined, opts: CertificationOptions) => {
        const format = opts.format;
        const now = nowOrToday(opts.now);
        const stage2 = opts.stage2;
        const table = loadTable(opts.table);
        const aims = await loadAims(bundleDir, opts, DEFAULT_DB);
        if (opts.audit !== undefined) {
          const scoped = evidenceIndexForAudit(aims, opts.audit, now);
          if (format === 'json') io.out(`${JSON.stringify(scoped, null, 2)}\n`);
          else writeAuditEvidenceText(io.out, scoped);
          return;
        }
        const records = certificationRecords(aims, { now, ...(stage2 ? { stage2 } : {}), ...(table ? { table } : {}) });
        if (format === 'json') io.out(`${JSON.stringify(records, null, 2)}\n`);
        else writeCertificationText(io.out, records);
      }));
  },
});
