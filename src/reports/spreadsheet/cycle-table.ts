// The certification cycle as a table: every dated event from application to expiry, with its status and basis.
import type { CertificationRecords } from '../../domain/certification/index.ts';
import { column, listCell, type SheetTable } from './sheet-table.ts';

export function cycleTable(records: CertificationRecords): SheetTable {
  const rows = (records.cycle?.events ?? []).map((e) => [
    e.title, e.kind, e.start, e.end, e.dueBy, e.window?.from, e.window?.to, e.status, e.auditId, e.auditDays, e.basis, listCell(e.risks, '\n'),
  ]);
  return {
    sheet: 'Certification cycle',
    file: 'certification-cycle',
    columns: [
      column('Event'), column('Kind'), column('Start', 'date'), column('End', 'date'), column('Due by', 'date'), column('Window from', 'date'),
      column('Window to', 'date'), column('Status'), column('External audit'), column('Audit days', 'number'), column('Basis', 'long-text'),
      column('Risks', 'long-text'),
    ],
    rows,
  };
}
