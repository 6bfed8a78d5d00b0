// The next due dates: reviews, assessments, audits, corrective actions and the certificate's expiry.
import { Badge, Card, Table, Text, Title } from '@mantine/core';
import { RecordLink } from '../../components/record-link.tsx';
import type { DueDate } from './dashboard-data.ts';

export function DueDates({ org, dueDates, asOf }: { readonly org: string; readonly dueDates: readonly DueDate[]; readonly asOf: string }) {
  const next = [...dueDates].sort((a, b) => a.date.localeCompare(b.date)).slice(0, 10);
  return (
    <Card withBorder padding="lg" h="100%">
      <Title order={2} size="h4" mb="sm">Next due dates</Title>
      {next.length === 0 ? (
        <Text size="sm" c="dimmed">Nothing is due: give risks, documents and corrective actions review or due dates to see them here.</Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr><Table.Th>Due</Table.Th><Table.Th>What</Table.Th><Table.Th>Kind</Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {next.map((d) => {
              const overdue = d.overdue || d.date < asOf;
              return (
                <Table.Tr key={`${d.kind}-${d.register}-${d.id}-${d.date}`}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm" c={overdue ? 'red.8' : undefined} fw={overdue ? 600 : 400}>{d.date}</Text>
                    {overdue ? <Badge size="xs" color="red" variant="light">overdue</Badge> : null}
                  </Table.Td>
                  <Table.Td><RecordLink org={org} register={d.register} id={d.id}>{d.title}</RecordLink></Table.Td>
                  <Table.Td><Text size="xs" c="dimmed">{d.kind.replaceAll('-', ' ')}</Text></Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
