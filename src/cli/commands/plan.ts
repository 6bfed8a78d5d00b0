// `aims plan`: the certification cycle from a target Stage 2 date, or from an organisation's records (bundle or
// database), as text, JSON or an RFC 5545 calendar.
import { AppError } from '../../domain/index.ts';
import { cycleCalendarEvents, renderIcs } from '../../reports/ics.ts';
import { writeCyclePlanText } from '../../reports/plan-text.ts';
import { cycleFromRecords, planCycle, type CycleEvent, type CyclePlan, type RecordedCycle } from '../../domain/certification/index.ts';
import { action, DEFAULT_DB, defineCommand } from '../command.ts';
import { countOption, dateOption, dbOption, formatOption, nowOption, orgOption } from '../options.ts';
import { loadAims, loadTable, nowOrToday, type SourceOptions } from '../sources.ts';

interface PlanOptions extends SourceOptions {
  stage2?: string;
  personnel?: number;
  sites?: number;
  table?: string;
  now?: string;
  format: 'text' | 'json' | 'ics';
}

export default defineCommand({
  register(program, io) {
    program
      .command('plan')
      .description('Plan the certification cycle: from a target Stage 2 date, or from an organisation’s certificate and audits (bundle or --db).')
      .argument('[bundle-dir]', 'a YAML bundle folder to plan from the organisation’s records')
      .addOption(dateOption('--stage2', 'target first day of Stage 2 (YYYY-MM-DD)'))
      .addOption(countOption('--personnel', 'effective personnel, for audit days (default: the organisation’s)', 1))
      .addOption(countOption('--sites', 'sites besides the central function, for multi-site sampling (a plan from --stage2 alone; records name their own sites)', 0))
      .option('--table <file>', 'the certification body’s audit-time table (TSV or JSON) instead of the ISO/IEC 27006 default')
      .addOption(dbOption('plan from an organisation in this database'))
      .addOption(orgOption('plan from this organisation of the database (--db, or the default one)'))
      .addOption(nowOption('judge due dates as of this date (YYYY-MM-DD); today by default'))
      .addOption(formatOption(['text', 'json', 'ics']))
      .action(action(io, async (bundleDir: string | undefined, opts: PlanOptions) => {
        const { format, stage2, personnel, sites } = opts;
        const table = loadTable(opts.table);
        const now = nowOrToday(opts.now);
        let plan: CyclePlan | RecordedCycle;
        let scope: string;
        let heading: string;
        // --org names an organisation in the database (the default one without --db), as for the other commands.
        if (bundleDir !== undefined || opts.db !== undefined || opts.org !== undefined) {
          // The records name their sites; a count given here would be silently outweighed by them.
          if (sites !== undefined) {
            throw new AppError('invalid_input', '--sites is for a plan from --stage2 alone; a plan from records samples the sites the organisation records (sites.yaml).',
              [{ field: '--sites', message: 'not used with a bundle or --db' }]);
          }
          const loaded = await loadAims(bundleDir, opts, DEFAULT_DB);
          const aims = personnel !== undefined ? { ...loaded, organisation: { ...loaded.organisation, effectivePersonnel: personnel } } : loaded;
          const recorded = cycleFromRecords(aims, { now, ...(stage2 ? { stage2 } : {}), ...(table ? { table } : {}) });
          if (!recorded) {
            throw new AppError('invalid_input', `${aims.organisation.name} has no certificate and no Stage 2 on record; give a target date with --stage2.`);
          }
          plan = recorded;
          // UIDs are scoped to the cycle (its certificate, or the initial certification), so that importing the next
          // cycle's calendar adds events instead of overwriting this cycle's surveillance and recertification.
          scope = `${aims.organisation.id}.${recorded.certificateId ?? 'initial'}`;
          heading = `Certification cycle of ${aims.organisation.name} as of ${now} (from its ${recorded.anchoredOn === 'target' ? 'target Stage 2 date' : `${recorded.anchoredOn} record`})`;
        } else {
          if (!stage2) throw new AppError('invalid_input', 'Give --stage2 <date>, or a bundle folder or --db to plan from the records.');
          plan = planCycle({ stage2, ...(personnel !== undefined ? { personnel } : {}), ...(sites !== undefined ? { sites } : {}), ...(table ? { table } : {}) });
          scope = `plan-${stage2}`;
          heading = `Certification cycle planned from Stage 2 on ${stage2}`;
        }
        if (format === 'ics') {
          io.out(renderIcs(cycleCalendarEvents(plan.events as readonly CycleEvent[], scope), { name: heading, stamp: new Date().toISOString() }));
        } else if (format === 'json') {
          io.out(`${JSON.stringify(plan, null, 2)}\n`);
        } else {
          writeCyclePlanText(io.out, plan, heading);
        }
      }));
  },
});
