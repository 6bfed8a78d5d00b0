// `aims audit-days` as text: the estimate for initial, surveillance and recertification audits, its table row and
// rules, and the multi-site sample sizes.
import type { AuditDayEstimate, SiteSample } from '../domain/certification/index.ts';

export function writeAuditDaysText(out: (text: string) => void, personnel: number, estimate: AuditDayEstimate, sites: SiteSample): void {
  const { initial, surveillance, recertification, row } = estimate;
  const range = row.personsMax === null ? `${row.personsMin}+` : `${row.personsMin}–${row.personsMax}`;
  out(`Audit days for ${personnel} effective personnel\n\n`);
  out(`  Initial audit             ${initial.days}  (Stage 1 ${initial.stage1} + Stage 2 ${initial.stage2})\n`);
  out(`  Each surveillance audit   ${surveillance.days}  (years 1 and 2)\n`);
  out(`  Recertification audit     ${recertification.days}\n\n`);
  out(`Table: ${estimate.table.name}, row ${range} persons → ${row.days} days${row.extrapolated ? ' (extrapolated)' : ''}.\n`);
  out(`  ${estimate.table.source}\n\nRules\n`);
  for (const rule of estimate.rules) out(`  - ${rule}\n`);
  out('\nMulti-site sample\n');
  out(sites.sites === 0
    ? '  Single site (no --sites given): the central function only.\n'
    : `  ${sites.sites} sites besides the central function: initial ${sites.initial}, each surveillance ${sites.surveillance}, recertification ${sites.recertification}, plus the central function every time.\n  ${sites.rule}\n`);
}
