// `aims certification` as text: the cycle, bodies, proposals, findings, coverage and next sample; and the evidence
// index of one audit's sample. Written piece by piece to `out`, so a caller can stream it.
import type { AuditEvidenceIndex } from '../checks/readiness/evidence-for-audit.ts';
import type { CertificationRecords } from '../domain/certification/index.ts';

export function writeCertificationText(out: (text: string) => void, r: CertificationRecords): void {
  out(`Certification of ${r.organisation.name} as of ${r.asOf}\n`);
  if (r.cycle) {
    out('\nCycle\n');
    for (const e of r.cycle.events) {
      out(`  ${e.start}  ${e.title}: ${e.status}${e.dueBy ? ` (due by ${e.dueBy})` : ''}\n`);
      for (const risk of e.risks ?? []) out(`      ! ${risk}\n`);
    }
  } else {
    out('\nNo certificate or Stage 2 on record yet (plan one with `aims plan --stage2 <date>`).\n');
  }
  if (r.certificationBodies.length > 0) {
    out('\nCertification bodies\n');
    for (const b of r.certificationBodies) {
      out(`  ${b.bodyName}: ${b.verdict}\n`);
      for (const i of b.issues) out(`      ${i.level === 'disqualifying' ? '✗' : '!'} ${i.message}\n`);
    }
  }
  if (r.proposals.proposals.length > 0) {
    out(`\nProposals (${r.proposals.floorRule})\n`);
    for (const p of r.proposals.proposals) {
      out(`  ${p.bodyName}: ${p.totalFees} ${p.currency} over the cycle, ${p.initialDays} initial + ${p.totalDays - p.initialDays} later audit days, lead auditor ${p.leadAuditor.name}${p.technicalAssessor ? `, technical assessor ${p.technicalAssessor.name}` : ''}\n`);
      for (const w of p.warnings) out(`      ! ${w}\n`);
    }
  }
  const open = r.findings.filter((f) => f.status === 'open');
  out(`\nExternal findings: ${r.findings.length} (${open.length} open)\n`);
  for (const f of open) out(`  ${f.classification} ${f.id}: ${f.description}${f.limit ? ` — by ${f.limit.date}` : ''}${f.pastLimit ? ' (past its limit)' : ''}\n`);
  const c = r.coverage;
  out(`\nCoverage of the AIMS this cycle: ${c.percent}% (${c.covered.clauses.length}/${c.universe.clauses.length} clauses, ${c.covered.controls.length}/${c.universe.controls.length} controls)\n`);
  if (!c.complete) out(`  Not yet covered: ${[...c.uncovered.clauses, ...c.uncovered.controls].join(', ')}\n`);
  if (r.nextAudit) {
    out(`\nSample to prepare for the next audit (${r.nextAudit.kind}${r.nextAudit.date ? `, ${r.nextAudit.date}` : ''})\n`);
    for (const i of r.nextAudit.sample.items) out(`  ${i.ref.padEnd(8)} ${i.title}${i.reasons.length ? ` — ${i.reasons.join(' ')}` : ''}\n`);
    if (r.nextAudit.sample.aiSystems.length) out(`  AI systems: ${r.nextAudit.sample.aiSystems.map((s) => `${s.name} (${s.complexity})`).join(', ')}\n`);
  }
}

export function writeAuditEvidenceText(out: (text: string) => void, e: AuditEvidenceIndex): void {
  out(`Evidence for ${e.kind} ${e.auditId} (${e.scope === 'recorded' ? 'the audit’s sample' : 'the proposed sample: none recorded yet'})\n\n`);
  for (const row of [...e.clauses, ...e.controls]) {
    out(`  ${row.ref.padEnd(8)} ${row.status.padEnd(12)} ${row.title} (${row.evidence.length} record(s))\n`);
  }
  out(`\n${e.gaps.length} gap(s)${e.gaps.length ? `: ${e.gaps.map((g) => g.ref).join(', ')}` : ''}\n`);
}
