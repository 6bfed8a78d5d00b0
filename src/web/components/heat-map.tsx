// A grid of counts shaded by size: findings by clause and severity, risks by likelihood and consequence.
import { Box, Table, Text, Tooltip } from '@mantine/core';

export interface HeatMapProps {
  readonly caption: string;
  readonly rows: readonly { readonly key: string; readonly label: string }[];
  readonly columns: readonly { readonly key: string; readonly label: string }[];
  readonly value: (row: string, column: string) => number;
  /** Colour of a cell: by column (severity) or by the cell's own weight (risk level). */
  readonly color: (row: string, column: string, value: number) => string;
  readonly rowHeader?: string;
  readonly onCell?: (row: string, column: string) => void;
  readonly describe?: (row: string, column: string, value: number) => string;
}

export function HeatMap({ caption, rows, columns, value, color, rowHeader = '', onCell, describe }: HeatMapProps) {
  return (
    <Table withTableBorder withColumnBorders layout="fixed" captionSide="top" style={{ textAlign: 'center' }} verticalSpacing={4}>
      <Table.Caption style={{ textAlign: 'left' }}><Text size="sm" c="dimmed">{caption}</Text></Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col" w={120}>{rowHeader}</Table.Th>
          {columns.map((c) => <Table.Th key={c.key} scope="col" ta="center" fz="xs">{c.label}</Table.Th>)}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.key}>
            <Table.Th scope="row" fz="xs" fw={600}>{r.label}</Table.Th>
            {columns.map((c) => {
              const v = value(r.key, c.key);
              const label = describe?.(r.key, c.key, v) ?? `${r.label}, ${c.label}: ${v}`;
              const cell = (
                <Box
                  component={onCell && v > 0 ? 'button' : 'div'}
                  aria-label={label}
                  onClick={onCell && v > 0 ? () => onCell(r.key, c.key) : undefined}
                  style={{ width: '100%', border: 0, borderRadius: 3, padding: '4px 0', background: v > 0 ? color(r.key, c.key, v) : 'transparent', cursor: onCell && v > 0 ? 'pointer' : 'default', font: 'inherit', color: v > 0 ? '#1a1b1e' : '#5c5f66' }}
                >
                  <Text size="sm" fw={v > 0 ? 700 : 400} c="inherit">{v > 0 ? v : '·'}</Text>
                </Box>
              );
              return <Table.Td key={c.key} p={2}>{v > 0 ? <Tooltip label={label} withArrow>{cell}</Tooltip> : cell}</Table.Td>;
            })}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
