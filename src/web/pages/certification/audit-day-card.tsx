// The audit-day estimate as `aims audit-days` gives it: the table's days, each adjustment with its source and how
// sure we are of it, and the days after them. The body sets the final figures; this says how they were reached.
import { Badge, Group, List, Stack, Text } from '@mantine/core';
import type { AuditDayEstimate } from './certification-data.ts';

const percent = (share: number) => `${share > 0 ? '+' : ''}${Math.round(share * 100)}%`;

export function AuditDayCard({ estimate, personnel }: { readonly estimate: AuditDayEstimate | null; readonly personnel: number }) {
  if (!estimate) return <Text size="sm" c="dimmed">Record the organisation's effective personnel to estimate the audit days.</Text>;
  const { initial, surveillance, recertification, tableDays, adjustments = [], table } = estimate;
  return (
    <Stack gap={4}>
      <Text size="sm">Initial: <b>{initial.days}</b> days (Stage 1 {initial.stage1}, Stage 2 {initial.stage2})</Text>
      <Text size="sm">Each surveillance: <b>{surveillance.days}</b> days × {surveillance.audits}</Text>
      <Text size="sm">Recertification: <b>{recertification.days}</b> days</Text>
      <Text size="xs" c="dimmed">
        For {personnel} effective personnel{tableDays ? `; the table gives ${tableDays.initial}, ${tableDays.surveillance} and ${tableDays.recertification} before adjustments` : ''}{table ? ` (${table.name})` : ''}.
      </Text>
      {adjustments.length > 0 ? (
        <List size="xs" spacing={4} listStyleType="none" aria-label="Audit-day adjustments">
          {adjustments.map((a) => (
            <List.Item key={a.id}>
              <Group gap={6} wrap="nowrap" align="flex-start">
                <Badge size="xs" variant="light" color={a.share < 0 ? 'teal' : 'orange'}>{percent(a.share)}</Badge>
                <Text size="xs">{a.reason} <Text span size="xs" c="dimmed">— {a.source} ({a.confidence})</Text></Text>
              </Group>
            </List.Item>
          ))}
        </List>
      ) : <Text size="xs" c="dimmed">No adjustment to the table's days applies.</Text>}
    </Stack>
  );
}
