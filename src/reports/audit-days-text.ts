// `aims audit-days` as text: the estimate for initial, surveillance and recertification audits, the table's days it
// starts from, each adjustment with its source, the rules, and the sites each audit visits.
import type { AdjustedAuditDayEstimate, SiteSample } from '../domain/certification/index.ts';

export function writeAuditDaysText(out: (text: string) => void, personnel: number, estimate: AdjustedAuditDayEstimate, sites: SiteSample): void {
  const { initial, surveillance, recertification, row, tableDays } = estimate;
  const range = row.personsMax === null ? `${row.personsMin}+` : `${row.personsMin}–${row.personsMax}`;
  const changed = initial.days !== tableDays.initial || surveillance.days !== tableDays.surveillance || recertification.days !== tableDays.recertification;
  const was = (days: number, table: number): string => (changed ? `  (table ${table})` : '');
  out(`Audit days for ${personnel} effective personnel\n\n`);
  out(`  Initial audit             ${initial.days}  (Stage 1 ${initial.stage1} + Stage 2 ${initial.stage2})${was(initial.days, tableDays.initial)}\n`);
  out(`  Each surveillance audit   ${surveillance.days}  (years 1 and 2)${was(surveillance.days, tableDays.surveillance)}\n`);
  out(`  Recertification audit     ${recertification.days}${was(recertification.days, tableDays.recertification)}\n\n`);
  out(`Table: ${estimate.table.name}, row ${range} persons → ${row.days} days${row.extrapolated ? ' (extrapolated)' : ''}.\n`);
  out(`  ${estimate.table.source}\n`);
  if (estimate.adjustments.length > 0) {
    out('\nAdjustments\n');
    for (const a of estimate.adjustments) out(`  ${a.share > 0 ? '+' : ''}${Math.round(a.share * 100)}%  [${a.confidence}] ${a.reason}; ${a.source}\n`);
  }
  out('\nRules\n');
  for (const rule of estimate.rules) out(`  - ${rule}\n`);
  out('\nMulti-site sample\n');
  if (sites.sites === 0) {
    out('  Single site (no --sites given): the central function only.\n');
    return;
  }
  out(`  ${sites.sites} sites besides the central function: initial ${sites.initial}, each surveillance ${sites.surveillance}, recertification ${sites.recertification}, plus the central function every time.\n`);
  for (const g of estimate.multiSite?.groups ?? []) {
    const what = g.processes ? g.processes.join(', ') : 'processes not recorded';
    out(`    ${g.siteIds.length} site(s) running ${what}: ${g.sampled ? `sampled, ${g.initial} / ${g.surveillance} / ${g.recertification}` : 'visited every time'}\n`);
  }
  out(`  ${sites.rule}\n`);
}
