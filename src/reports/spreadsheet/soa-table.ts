// The Statement of Applicability as a table: every Annex A control and the organisation's own, with the decision,
// its justification and trace to risks, the implementation and how well the evidence index covers it.
import { controls, controlTopGroup, controlGroups, indexSnapshot, type AimsSnapshot, type SoaEntry } from '../../domain/index.ts';
import type { EvidenceIndex } from '../../checks/readiness/evidence-index.ts';
import { column, listCell, type SheetTable } from './sheet-table.ts';

const decision = (entries: readonly SoaEntry[]): string =>
  entries.length === 0 ? 'not decided' : entries.some((e) => e.applicable) ? 'included' : 'excluded';

export function soaTable(aims: AimsSnapshot, index: EvidenceIndex): SheetTable {
  const byControl = new Map<string, SoaEntry[]>();
  for (const e of aims.soaEntries) byControl.set(e.controlId, [...(byControl.get(e.controlId) ?? []), e]);
  const people = indexSnapshot(aims).persons;
  const coverage = new Map(index.controls.map((r) => [r.ref, r]));
  const groupTitle = new Map(controlGroups.map((g) => [g.id, g.title]));
  const rows = [
    ...controls.map((c) => ({ id: c.id, title: c.title, group: `${controlTopGroup(c)} ${groupTitle.get(controlTopGroup(c)) ?? ''}`.trim() })),
    ...aims.customControls.map((c) => ({ id: c.id, title: c.title, group: c.group ?? 'Organisation control' })),
  ].map((c) => {
    const entries = byControl.get(c.id) ?? [];
    const first = entries.find((e) => e.applicable) ?? entries[0];
    const owner = first?.ownerId ? (people.get(first.ownerId)?.name ?? first.ownerId) : undefined;
    const row = coverage.get(c.id);
    return [
      c.id, c.title, c.group, decision(entries), first?.justification,
      listCell(entries.flatMap((e) => e.riskIds)), listCell(entries.flatMap((e) => e.obligations ?? [])),
      first?.implementationStatus, first?.implementationDescription, owner,
      entries.reduce((n, e) => n + e.evidenceIds.length, 0), row?.status ?? (entries.some((e) => e.applicable) ? 'no-evidence' : undefined),
      row?.evidence.length, listCell(entries.map((e) => e.id)),
    ];
  });
  return {
    sheet: 'Statement of Applicability',
    file: 'statement-of-applicability',
    columns: [
      column('Control'), column('Title'), column('Group'), column('Decision'), column('Justification', 'long-text'),
      column('Risks'), column('Obligations', 'long-text'), column('Implementation status'), column('Implementation', 'long-text'), column('Owner'),
      column('Evidence items listed', 'number'), column('Evidence index status'), column('Evidence records', 'number'), column('SoA entries'),
    ],
    rows,
  };
}
