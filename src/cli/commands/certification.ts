// `aims certification`: the certification records of one organisation for the web app and scripts: the cycle as
// dated events, the proposals side by side, findings, coverage across the cycle and the sample of each audit.
import { certificationRecords, evidenceIndexForAudit, type AuditEvidenceIndex, type CertificationRecords } from '../../services/certification/index.ts';
import { action, DEFAULT_DB, defineCommand, parseFormat, type CliIo } from '../command.ts';
import { loadAims, loadTable, parseDate, parseNow, type SourceOptions } from '../sources.ts';

interface CertificationOptions extends SourceOptions {
  audit?: string;
  now?: string;
  stage2?: string;
  table?: string;
  format?: string;
}

function printText(io: CliIo, r: CertificationRecords): void {
  io.out(`Certification of ${r.organisation.name} as of ${r.asOf}\n`);
  if (r.cycle) {
    io.out('\nCycle\n');
    for (const e of r.cycle.events) {
      io.out(`  ${e.start}  ${e.title}: ${e.status}${e.dueBy ? ` (due by ${e.dueBy})` : ''}\n`);
      for (const risk of e.risks ?? []) io.out(`      ! ${risk}\n`);
    }
  } else {
    io.out('\nNo certificate or Stage 2 on record yet (plan one with `aims plan --stage2 <date>`).\n');
  }
  if (r.certificationBodies.length > 0) {
    io.out('\nCertification bodies\n');
    for (const b of r.certificationBodies) {
      io.out(`  ${b.bodyName}: ${b.verdict}\n`);
      for (const i of b.issues) io.out(`      ${i.level === 'disqualifying' ? '✗' : '!'} ${i.message}\n`);
    }
  }
  if (r.proposals.proposals.length > 0) {
    io.out(`\nProposals (${r.proposals.floorRule})\n`);
    for (const p of r.proposals.proposals) {
      io.out(`  ${p.bodyName}: ${p.totalFees} ${p.currency} over the cycle, ${p.initialDays} initial + ${p.totalDays - p.initialDays} later audit days, lead auditor ${p.leadAuditor.name}${p.technicalAssessor ? `, technical assessor ${p.technicalAssessor.name}` : ''}\n`);
      for (const w of p.warnings) io.out(`      ! ${w}\n`);
    }
  }
  const open = r.findings.filter((f) => f.status === 'open');
  io.out(`\nExternal findings: ${r.findings.length} (${open.length} open)\n`);
  for (const f of open) io.out(`  ${f.classification} ${f.id}: ${f.description}${f.limit ? ` — by ${f.limit.date}` : ''}${f.pastLimit ? ' (past its limit)' : ''}\n`);
  const c = r.coverage;
  io.out(`\nCoverage of the AIMS this cycle: ${c.percent}% (${c.covered.clauses.length}/${c.universe.clauses.length} clauses, ${c.covered.controls.length}/${c.universe.controls.length} controls)\n`);
  if (!c.complete) io.out(`  Not yet covered: ${[...c.uncovered.clauses, ...c.uncovered.controls].join(', ')}\n`);
  if (r.nextAudit) {
    io.out(`\nSample to prepare for the next audit (${r.nextAudit.kind}${r.nextAudit.date ? `, ${r.nextAudit.date}` : ''})\n`);
    for (const i of r.nextAudit.sample.items) io.out(`  ${i.ref.padEnd(8)} ${i.title}${i.reasons.length ? ` — ${i.reasons.join(' ')}` : ''}\n`);
    if (r.nextAudit.sample.aiSystems.length) io.out(`  AI systems: ${r.nextAudit.sample.aiSystems.map((s) => `${s.name} (${s.complexity})`).join(', ')}\n`);
  }
}

function printAuditIndex(io: CliIo, e: AuditEvidenceIndex): void {
  io.out(`Evidence for ${e.kind} ${e.auditId} (${e.scope === 'recorded' ? 'the audit’s sample' : 'the proposed sample: none recorded yet'})\n\n`);
  for (const row of [...e.clauses, ...e.controls]) {
    io.out(`  ${row.ref.padEnd(8)} ${row.status.padEnd(12)} ${row.title} (${row.evidence.length} record(s))\n`);
  }
  io.out(`\n${e.gaps.length} gap(s)${e.gaps.length ? `: ${e.gaps.map((g) => g.ref).join(', ')}` : ''}\n`);
}

export default defineCommand({
  register(program, io) {
    program
      .command('certification')
      .description('The certification records of an organisation: cycle, proposals compared, findings, coverage and audit samples.')
      .argument('[bundle-dir]', 'a YAML bundle folder; without it, the organisation in the database')
      .option('--db <file|postgres-url>', `SQLite file or PostgreSQL URL (default ${DEFAULT_DB})`)
      .option('--org <id>', 'the organisation, where the database holds several')
      .option('--now <date>', 'as of this date (YYYY-MM-DD); today by default')
      .option('--audit <id>', 'print the evidence index scoped to this external audit’s sample instead')
      .option('--stage2 <date>', 'a target Stage 2 date, when none is on record')
      .option('--table <file>', 'the certification body’s audit-time table (TSV or JSON)')
      .option('--format <format>', 'text or json', 'text')
      .action(action(io, async (bundleDir: string | undefined, opts: CertificationOptions) => {
        const format = parseFormat(opts.format, ['text', 'json'] as const, 'text');
        const now = parseNow(opts.now);
        const stage2 = parseDate('--stage2', opts.stage2);
        const table = loadTable(opts.table);
        const aims = await loadAims(bundleDir, opts, DEFAULT_DB);
        if (opts.audit !== undefined) {
          const scoped = evidenceIndexForAudit(aims, opts.audit, now);
          if (format === 'json') io.out(`${JSON.stringify(scoped, null, 2)}\n`);
          else printAuditIndex(io, scoped);
          return;
        }
        const records = certificationRecords(aims, { now, ...(stage2 ? { stage2 } : {}), ...(table ? { table } : {}) });
        if (format === 'json') io.out(`${JSON.stringify(records, null, 2)}\n`);
        else printText(io, records);
      }));
  },
});
