// `aims audit-days`: the audit-day estimate for a number of effective personnel: initial (Stage 1 + Stage 2), each
// surveillance and recertification, with the table row and rules used, the adjustments for the AI the organisation
// runs, an integrated audit (IAF MD 11) and the sites visited (IAF MD 1). The inputs come from options, or from an
// organisation's records (a bundle or --db), options overriding them.
import { InvalidArgumentError, Option } from 'commander';
import { answerAuditDayRequest, defaultAuditTimeTable, type AuditDayRequestField } from '../../domain/certification/index.ts';
import { aiRoles, AppError } from '../../domain/index.ts';
import { action, DEFAULT_DB, defineCommand } from '../command.ts';
import { countOption, dbOption, formatOption, orgOption } from '../options.ts';
import { loadAims, loadTable, type SourceOptions } from '../sources.ts';
import { writeAuditDaysText } from '../../reports/audit-days-text.ts';

interface AuditDaysOptions extends SourceOptions {
  personnel?: number;
  sites?: number;
  distinctSites?: number;
  table?: string;
  aiSystems?: number;
  complexAiSystems?: number;
  aiRoles?: string[];
  highRiskUses?: number;
  outsourcedAi?: number;
  integratedWith?: string[];
  integration?: 'partial' | 'full';
  format: 'text' | 'json';
}

const list = (flag: string, allowed?: readonly string[]) => (value: string): string[] => {
  const items = value.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (items.length === 0) throw new InvalidArgumentError(`${flag} needs at least one value.`);
  const unknown = allowed ? items.filter((i) => !allowed.includes(i)) : [];
  if (unknown.length > 0) throw new InvalidArgumentError(`${flag}: ${unknown.join(', ')} is not one of ${allowed!.join(', ')}.`);
  return items;
};

/** The flag each request field comes from, for error messages. */
const flags: Record<AuditDayRequestField, string> = {
  personnel: '--personnel', sites: '--sites', distinctSites: '--distinct-sites', aiSystems: '--ai-systems',
  complexAiSystems: '--complex-ai-systems', aiRoles: '--ai-roles', highRiskUses: '--high-risk-uses', outsourcedAi: '--outsourced-ai',
  integratedWith: '--integrated-with', integration: '--integration',
};

export default defineCommand({
  register(program, io) {
    program
      .command('audit-days')
      .description('Estimate audit days: initial (Stage 1 + Stage 2), each surveillance and recertification, adjusted for the AI in scope, an integrated audit and the sites visited.')
      .argument('[bundle-dir]', 'a YAML bundle folder: personnel, AI systems, roles, suppliers and sites from its records')
      .addOption(countOption('--personnel', 'effective number of personnel (required without records)', 1))
      .addOption(countOption('--sites', 'sites besides the central function (the central function is always audited)', 0))
      .addOption(countOption('--distinct-sites', 'of --sites, how many run processes no other site runs: they are visited every time, not sampled', 0))
      .addOption(countOption('--ai-systems', 'AI systems in the AIMS scope', 0))
      .addOption(countOption('--complex-ai-systems', 'of them, the AI systems of high complexity', 0))
      .addOption(new Option('--ai-roles <roles>', `the organisation’s AI roles, comma-separated (${aiRoles.join(', ')})`).argParser(list('--ai-roles', aiRoles)))
      .addOption(countOption('--high-risk-uses', 'AI systems in a high-risk use (EU AI Act high-risk)', 0))
      .addOption(countOption('--outsourced-ai', 'AI systems that rely on AI bought in (a foundation model, AI service or component)', 0))
      .addOption(new Option('--integrated-with <standards>', 'other certified management systems audited with the AIMS, comma-separated (IAF MD 11)').argParser(list('--integrated-with')))
      .addOption(new Option('--integration <level>', 'how far the management systems are integrated, with --integrated-with').choices(['partial', 'full']))
      .option('--table <file>', 'the certification body’s audit-time table (TSV or JSON) instead of the ISO/IEC 27006 default')
      .addOption(dbOption('take the inputs from an organisation in this database'))
      .addOption(orgOption('take the inputs from this organisation of the database (--db, or the default one)'))
      .addOption(formatOption(['text', 'json']))
      .action(action(io, async (bundleDir: string | undefined, opts: AuditDaysOptions) => {
        const fromRecords = bundleDir !== undefined || opts.db !== undefined || opts.org !== undefined;
        const aims = fromRecords ? await loadAims(bundleDir, opts, DEFAULT_DB) : undefined;
        if (aims && opts.sites !== undefined) {
          throw new AppError('invalid_input', '--sites is for an estimate without records; the records name their own sites (sites.yaml).', [{ field: '--sites', message: 'not used with a bundle or --db' }]);
        }
        const table = loadTable(opts.table) ?? defaultAuditTimeTable;
        const { sites, ...estimate } = answerAuditDayRequest(aims, opts, { table, fieldName: (f) => flags[f] });
        if (opts.format === 'json') {
          io.out(`${JSON.stringify({ ...estimate, sites }, null, 2)}\n`);
          return;
        }
        writeAuditDaysText(io.out, estimate.personnel, estimate, sites);
      }));
  },
});
