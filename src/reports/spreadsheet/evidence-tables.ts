// The evidence index as two tables: one row per clause and applied control with its coverage, and one row per
// record that evidences one, the way an auditor samples it.
import type { EvidenceIndex, EvidenceIndexRow } from '../../checks/readiness/evidence-index.ts';
import { column, listCell, type SheetTable } from './sheet-table.ts';

const count = (row: EvidenceIndexRow, freshness: string) => row.evidence.filter((e) => e.freshness === freshness).length;
const newest = (row: EvidenceIndexRow): string | undefined =>
  row.evidence.reduce<string | undefined>((d, e) => (e.date !== undefined && (d === undefined || e.date > d) ? e.date : d), undefined);

export function evidenceIndexTable(index: EvidenceIndex): SheetTable {
  const rows = [...index.clauses, ...index.controls].map((r) => [
    r.ref, r.kind, r.title, r.parent, r.documentedInformation, r.status, r.evidence.length, count(r, 'current'), count(r, 'stale'), count(r, 'expired'),
    newest(r), listCell(r.soaEntryIds),
  ]);
  return {
    sheet: 'Evidence index',
    file: 'evidence-index',
    columns: [
      column('Ref'), column('Kind'), column('Title'), column('Parent clause'), column('Documented information'), column('Status'), column('Records', 'number'),
      column('Current', 'number'), column('Stale', 'number'), column('Expired', 'number'), column('Newest evidence', 'date'), column('SoA entries'),
    ],
    rows,
  };
}

export function evidenceRecordsTable(index: EvidenceIndex): SheetTable {
  const rows = [...index.clauses, ...index.controls].flatMap((r) =>
    r.evidence.map((e) => [r.ref, r.title, e.register, e.id, e.label, e.via, e.supporting ? 'supporting only' : 'counts', e.date, e.freshness, e.note]));
  return {
    sheet: 'Evidence records',
    file: 'evidence-records',
    columns: [
      column('Ref'), column('Title'), column('Register'), column('Record id'), column('Record'), column('Linked as'), column('Counts'),
      column('Evidence date', 'date'), column('Freshness'), column('Note', 'long-text'),
    ],
    rows,
  };
}
