// Findings by clause (rows 4–10) and Annex A group (columns), each cell shaded by its worst severity.
import type { HeatCell } from './dashboard-data.ts';
import { HeatMap } from '../../components/heat-map.tsx';

const shade = (cell: HeatCell | undefined) => (!cell ? 'transparent' : cell.major ? '#ffc9c9' : cell.minor ? '#ffd8a8' : '#fff3bf');
const label = (key: string, kind: 'clause' | 'group') => (key === 'none' ? (kind === 'clause' ? 'No clause' : 'None') : kind === 'clause' ? `Clause ${key}` : key);

export function FindingsHeatMap({ clauses, groups, cells, onCell }: { readonly clauses: readonly string[]; readonly groups: readonly string[]; readonly cells: readonly HeatCell[]; readonly onCell: (clause: string, group: string) => void }) {
  const at = new Map(cells.map((c) => [`${c.clause}|${c.group}`, c]));
  return (
    <HeatMap
      caption="Each finding counts in every cell its references name; red where a cell holds a major finding, orange a minor one."
      rowHeader="Clause ↓ / Annex A →"
      rows={clauses.map((c) => ({ key: c, label: label(c, 'clause') }))}
      columns={groups.map((g) => ({ key: g, label: label(g, 'group') }))}
      value={(r, c) => at.get(`${r}|${c}`)?.findings ?? 0}
      color={(r, c) => shade(at.get(`${r}|${c}`))}
      describe={(r, c, v) => {
        const cell = at.get(`${r}|${c}`);
        return `${label(r, 'clause')}, ${label(c, 'group')}: ${v} finding${v === 1 ? '' : 's'}${cell ? ` (${cell.major} major, ${cell.minor} minor, ${cell.observation} observation)` : ''}`;
      }}
      onCell={onCell}
    />
  );
}
