// `aims audit-days`: the audit-day estimate for a number of effective personnel: initial (Stage 1 + Stage 2), each
// surveillance and recertification, with the table row and rules used, the adjustments for the AI the organisation
// runs, an integrated audit (IAF MD 11) and the sites visited (IAF MD 1). The inputs come from options, or from an
// organisation's records (a bundle or --db), options overriding them.
import { InvalidArgumentError, Option } from 'commander';
import {
  auditDayInputsFromRecords, defaultAuditTimeTable, estimateOrganisationAuditDays, siteInputsFromRecords, siteSampleOf,
  type AuditDayInputs, type SiteInput,
} from '../../domain/certification/index.ts';
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

/** Sites from --sites and --distinct-sites: the central function, sites running the same processes, sites with their own. */
function sitesFromCounts(sites: number, distinct: number): SiteInput[] {
  return [
    { id: 'central', central: true },
    ...Array.from({ length: sites - distinct }, (_, i) => ({ id: `same-${i + 1}`, central: false, processes: ['the common processes'] })),
    ...Array.from({ length: distinct }, (_, i) => ({ id: `own-${i + 1}`, central: false, processes: [`processes of site ${i + 1}`] })),
  ];
}

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
        const personnel = opts.personnel ?? aims?.organisation.effectivePersonnel;
        if (personnel === undefined) {
          throw new AppError('invalid_input', 'Give --personnel <n>, or a bundle folder or --db to take it from the records.', [{ field: '--personnel', message: 'missing' }]);
        }
        if (opts.distinctSites !== undefined && opts.distinctSites > (opts.sites ?? 0)) {
          throw new AppError('invalid_input', `--distinct-sites ${opts.distinctSites} is more than --sites ${opts.sites ?? 0}.`, [{ field: '--distinct-sites', message: 'more than --sites' }]);
        }
        if (opts.integration !== undefined && !opts.integratedWith) {
          throw new AppError('invalid_input', '--integration says how far an integrated audit goes: give --integrated-with the other management systems too.', [{ field: '--integration', message: 'without --integrated-with' }]);
        }
        if (aims && opts.sites !== undefined) {
          throw new AppError('invalid_input', '--sites is for an estimate without records; the records name their own sites (sites.yaml).', [{ field: '--sites', message: 'not used with a bundle or --db' }]);
        }
        const recorded = aims ? auditDayInputsFromRecords(aims) : {};
        const inputs: AuditDayInputs = {
          ...recorded,
          ...(opts.aiSystems !== undefined ? { aiSystems: opts.aiSystems } : {}),
          ...(opts.complexAiSystems !== undefined ? { complexAiSystems: opts.complexAiSystems } : {}),
          ...(opts.aiRoles ? { aiRoles: opts.aiRoles } : {}),
          ...(opts.highRiskUses !== undefined ? { highRiskUses: opts.highRiskUses } : {}),
          ...(opts.outsourcedAi !== undefined ? { outsourcedAiSystems: opts.outsourcedAi } : {}),
          ...(opts.integratedWith ? { integratedWith: opts.integratedWith, integration: opts.integration ?? 'partial' } : {}),
        };
        const siteInputs = aims ? siteInputsFromRecords(aims) : sitesFromCounts(opts.sites ?? 0, opts.distinctSites ?? 0);
        const table = loadTable(opts.table) ?? defaultAuditTimeTable;
        const estimate = estimateOrganisationAuditDays(personnel, { table, inputs, sites: siteInputs });
        if (!estimate) {
          const last = table.rows.at(-1);
          throw new AppError('invalid_input', `The table ${table.name} stops at ${last?.personsMax ?? '?'} persons and does not say how to continue; it has no figure for ${personnel}.`, [
            { field: '--personnel', message: 'outside the table' },
          ]);
        }
        const sites = siteSampleOf(estimate, siteInputs.filter((s) => !s.central).length);
        if (opts.format === 'json') {
          io.out(`${JSON.stringify({ ...estimate, sites }, null, 2)}\n`);
          return;
        }
        writeAuditDaysText(io.out, personnel, estimate, sites);
      }));
  },
});
