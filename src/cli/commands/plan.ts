// `aims plan`: the certification cycle from a target Stage 2 date, or from an organisation's records (bundle or
// database), as text, JSON or an RFC 5545 calendar.
import { AppError } from '../../domain/index.ts';
import { cycleCalendarEvents, renderIcs } from '../../reports/ics.ts';
import { cycleFromRecords, planCycle, type CycleEvent, type CyclePlan, type RecordedCycle } from '../../services/certification/index.ts';
import { action, DEFAULT_DB, defineCommand, parseFormat, type CliIo } from '../command.ts';
import { loadAims, loadTable, parseCount, parseDate, parseNow, type SourceOptions } from '../sources.ts';

function printText(io: CliIo, plan: CyclePlan | RecordedCycle, heading: string): void {
  io.out(`${heading}\n\n`);
  const width = Math.max(...plan.events.map((e) => e.title.length));
  for (const e of plan.events) {
    const when = e.start === e.end ? e.start.padEnd(23) : `${e.start} – ${e.end}`;
    const extra = [e.dueBy ? `due by ${e.dueBy}` : '', e.auditDays !== undefined ? `${e.auditDays} audit days` : ''].filter(Boolean).join(', ');
    io.out(`  ${when}  ${e.title.padEnd(width)}  ${e.status.padEnd(8)}${extra ? `  ${extra}` : ''}\n`);
    for (const r of e.risks ?? []) io.out(`      ! ${r}\n`);
  }
  if (plan.auditDays) {
    const d = plan.auditDays;
    io.out(`\nAudit days for ${d.personnel} persons: initial ${d.initial.days} (Stage 1 ${d.initial.stage1} + Stage 2 ${d.initial.stage2}), `
      + `each surveillance ${d.surveillance.days}, recertification ${d.recertification.days} (${d.table.name}).\n`);
  }
  if (plan.sites && plan.sites.sites > 0) io.out(`${plan.sites.rule}\n`);
  io.out('\nRules applied\n');
  for (const r of plan.rules) io.out(`  [${r.confidence}] ${r.text}\n`);
}

interface PlanOptions extends SourceOptions {
  stage2?: string;
  personnel?: string;
  sites?: string;
  table?: string;
  now?: string;
  format?: string;
}

export default defineCommand({
  register(program, io) {
    program
      .command('plan')
      .description('Plan the certification cycle: from a target Stage 2 date, or from an organisation’s certificate and audits (bundle or --db).')
      .argument('[bundle-dir]', 'a YAML bundle folder to plan from the organisation’s records')
      .option('--stage2 <date>', 'target first day of Stage 2 (YYYY-MM-DD)')
      .option('--personnel <n>', 'effective personnel, for audit days (default: the organisation’s)')
      .option('--sites <n>', 'sites besides the central function, for multi-site sampling (a plan from --stage2 alone; records name their own sites)')
      .option('--table <file>', 'the certification body’s audit-time table (TSV or JSON) instead of the ISO/IEC 27006 default')
      .option('--db <file|postgres-url>', 'plan from an organisation in this database')
      .option('--org <id>', 'plan from this organisation of the database (--db, or the default one)')
      .option('--now <date>', 'judge due dates as of this date (YYYY-MM-DD); today by default')
      .option('--format <format>', 'text, json or ics', 'text')
      .action(action(io, async (bundleDir: string | undefined, opts: PlanOptions) => {
        const format = parseFormat(opts.format, ['text', 'json', 'ics'] as const, 'text');
        const stage2 = parseDate('--stage2', opts.stage2);
        const personnel = parseCount('--personnel', opts.personnel, 1);
        const sites = parseCount('--sites', opts.sites, 0);
        const table = loadTable(opts.table);
        const now = parseNow(opts.now);
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
          printText(io, plan, heading);
        }
      }));
  },
});
