// The SoA's versions: which one is approved, by whom and when, and what the latest changed.
import { Badge, Card, Group, Text } from '@mantine/core';
import { useAllRecords } from '../../http/registers.ts';
import { RecordLink } from '../../components/record-link.tsx';

export function SoaVersionsCard({ org }: { readonly org: string }) {
  const versions = useAllRecords(org, 'soa-versions');
  const items = [...(versions.data?.items ?? [])].sort((a, b) => String(b.record.issuedOn).localeCompare(String(a.record.issuedOn)));
  const approved = items.find((v) => v.record.approvedOn);
  const latest = items[0];
  return (
    <Card withBorder padding="md">
      <Group gap="lg">
        <Text size="sm" fw={600}>Versions</Text>
        {items.length === 0 ? <Text size="sm" c="dimmed">No SoA version issued yet: issue one under Statement of Applicability versions and have it approved.</Text> : null}
        {approved ? (
          <Group gap={6}>
            <Badge color="teal" variant="light">approved</Badge>
            <RecordLink org={org} register="soaVersions" id={String(approved.record.id)}>{`version ${String(approved.record.version)}`}</RecordLink>
            <Text size="sm" c="dimmed">on {String(approved.record.approvedOn)}</Text>
          </Group>
        ) : items.length ? <Badge color="red" variant="light">no version approved</Badge> : null}
        {latest && latest !== approved ? (
          <Group gap={6}>
            <Badge color="orange" variant="light">awaiting approval</Badge>
            <RecordLink org={org} register="soaVersions" id={String(latest.record.id)}>{`version ${String(latest.record.version)}`}</RecordLink>
            {latest.record.changeSummary ? <Text size="sm" c="dimmed">changed: {String(latest.record.changeSummary)}</Text> : null}
          </Group>
        ) : null}
      </Group>
    </Card>
  );
}
