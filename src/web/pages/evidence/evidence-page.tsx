// The evidence register with its validity above it: what has expired, what expires within 60 days, what is
// stale, and what links to no clause or control (and so evidences nothing in the index).
import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { EvidenceItem } from '../../../domain/model/index.ts';
import { useAllRecords } from '../../http/registers.ts';
import { today } from '../../http/today.ts';
import { RecordLink } from '../../components/record-link.tsx';
import { registerNav } from '../../registers/navigation.ts';
import { RegisterList } from '../registers/register-list.tsx';
import { EvidenceUpload } from './evidence-upload.tsx';
import { evidenceValidity, expiringWithinDays, validityColor, type Validity } from './evidence-validity.ts';

function Bucket({ org, title, color, items, empty }: { readonly org: string; readonly title: string; readonly color: string; readonly items: readonly EvidenceItem[]; readonly empty: string }) {
  return (
    <Stack gap={4}>
      <Group gap={6}><Text size="sm" fw={600}>{title}</Text><Badge size="sm" color={items.length ? color : 'teal'}>{items.length}</Badge></Group>
      {items.length === 0 ? <Text size="sm" c="dimmed">{empty}</Text> : (
        <Stack gap={2}>
          {items.slice(0, 6).map((e) => <Group key={e.id} gap={6} wrap="nowrap"><RecordLink org={org} register="evidenceItems" id={e.id}>{e.title}</RecordLink>{e.validUntil ? <Text size="xs" c="dimmed">{e.validUntil}</Text> : null}</Group>)}
          {items.length > 6 ? <Text size="xs" c="dimmed">and {items.length - 6} more</Text> : null}
        </Stack>
      )}
    </Stack>
  );
}

export default function EvidencePage({ org }: { readonly org: string }) {
  const all = useAllRecords(org, 'evidence-items');
  const now = today();
  const items = (all.data?.items ?? []).map((e) => e.record as unknown as EvidenceItem);
  const by = (v: Validity) => items.filter((i) => evidenceValidity(i, now).validity === v);
  const header = all.data ? (
    <Stack gap="md">
      {all.data.allowedActions.includes('create') ? <EvidenceUpload org={org} /> : null}
      <Card withBorder padding="md">
        <Title order={2} size="h4" mb="sm">Validity</Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
          <Bucket org={org} title="Expired" color={validityColor.expired} items={by('expired')} empty="Nothing has expired." />
          <Bucket org={org} title={`Expiring within ${expiringWithinDays} days`} color={validityColor.expiring} items={by('expiring')} empty="Nothing expires soon." />
          <Bucket org={org} title="Stale (older than 12 months)" color={validityColor.stale} items={by('stale')} empty="Nothing is stale." />
          <Bucket org={org} title="Linked to no clause or control" color="red" items={items.filter((i) => i.refs.length === 0)} empty="Every item names what it evidences." />
        </SimpleGrid>
      </Card>
    </Stack>
  ) : null;
  return <RegisterList org={org} nav={registerNav.evidenceItems} header={header} />;
}
