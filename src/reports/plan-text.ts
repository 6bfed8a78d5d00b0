// `aims plan` as text: the dated events of a certification cycle, its audit days, multi-site sample and rules.
import type { CyclePlan, RecordedCycle } from '../domain/certification/index.ts';

export function writeCyclePlanText(out: (text: string) => void, plan: CyclePlan | RecordedCycle, heading: string): void {
  out(`${heading}\n\n`);
  const width = Math.max(...plan.events.map((e) => e.title.length));
  for (const e of plan.events) {
    const when = e.start === e.end ? e.start.padEnd(23) : `${e.start} – ${e.end}`;
    const extra = [e.dueBy ? `due by ${e.dueBy}` : '', e.auditDays !== undefined ? `${e.auditDays} audit days` : ''].filter(Boolean).join(', ');
    out(`  ${when}  ${e.title.padEnd(width)}  ${e.status.padEnd(8)}${extra ? `  ${extra}` : ''}\n`);
    for (const r of e.risks ?? []) out(`      ! ${r}\n`);
  }
  if (plan.auditDays) {
    const d = plan.auditDays;
    out(`\nAudit days for ${d.personnel} persons: initial ${d.initial.days} (Stage 1 ${d.initial.stage1} + Stage 2 ${d.initial.stage2}), `
      + `each surveillance ${d.surveillance.days}, recertification ${d.recertification.days} (${d.table.name}).\n`);
    if (d.adjustments.length > 0) {
      out(`  Adjusted from the table's ${d.tableDays.initial} / ${d.tableDays.surveillance} / ${d.tableDays.recertification} (aims audit-days gives each reason and source): `
        + `${d.adjustments.map((a) => `${a.id} ${a.share > 0 ? '+' : ''}${Math.round(a.share * 100)}%`).join(', ')}.\n`);
    }
  }
  if (plan.sites && plan.sites.sites > 0) {
    out(`Sites visited besides the central function: initial ${plan.sites.initial}, each surveillance ${plan.sites.surveillance}, recertification ${plan.sites.recertification}. ${plan.sites.rule}\n`);
  }
  out('\nRules applied\n');
  for (const r of plan.rules) out(`  [${r.confidence}, ${r.source}] ${r.text}\n`);
}
