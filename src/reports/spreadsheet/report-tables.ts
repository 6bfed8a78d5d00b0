// The tables of the spreadsheet report, in the order a reader goes through them: summary, SoA, evidence, findings,
// readiness, cycle, then one per register.
import type { ReportContents } from '../report-contents.ts';
import { cycleTable } from './cycle-table.ts';
import { evidenceIndexTable, evidenceRecordsTable } from './evidence-tables.ts';
import { findingsTable, readinessStepsTable, summaryTable } from './readiness-tables.ts';
import { registerTables } from './register-tables.ts';
import type { SheetTable } from './sheet-table.ts';
import { soaTable } from './soa-table.ts';

export function reportTables(c: ReportContents): SheetTable[] {
  const index = c.readiness.evidenceIndex;
  return [
    summaryTable(c), soaTable(c.aims, index), evidenceIndexTable(index), evidenceRecordsTable(index), findingsTable(c),
    readinessStepsTable(c), cycleTable(c.certification), ...registerTables(c.aims),
  ];
}
