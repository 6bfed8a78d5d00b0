// The two sides of a record's links, and its audit trail: who changed what, when.
import { Badge, Card, Group, Stack, Text, Timeline, Title } from '@mantine/core';
import type { FoundRef } from '../../../domain/model/references.ts';
import { useHistory, useReferences } from '../../api/registers.ts';
import { RefValue } from '../../components/field-value.tsx';
import { RecordLink } from '../../components/record-link.tsx';
import { ErrorState, Loading } from '../../components/states.tsx';
import { registerBySlug } from '../../registers/navigation.ts';
import { labelOf } from '../../registers/schema.ts';

export function ReferencesCard({ org, slug, id, outbound }: { readonly org: string; readonly slug: string; readonly id: string; readonly outbound: readonly FoundRef[] }) {
  const inbound = useReferences(org, slug, id);
  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h4" mb="xs">Refers to</Title>
      {outbound.length === 0 ? <Text size="sm" c="dimmed">This record refers to nothing.</Text> : (
        <Stack gap={4} mb="md">
          {outbound.map((r) => (
            <Group key={`${r.path}-${r.id}`} gap={6} wrap="nowrap">
              <Text size="xs" c="dimmed" w={140} style={{ flexShrink: 0 }}>{labelOf(r.path.replace(/\[\d+\]/g, '').split('.').at(-1) ?? r.path)}</Text>
              <RefValue org={org} target={r.target} id={r.id} />
            </Group>
          ))}
        </Stack>
      )}
      <Title order={2} size="h4" mb="xs" mt="sm">Referred to by</Title>
      {inbound.isPending ? <Loading /> : inbound.isError ? <ErrorState error={inbound.error} /> : inbound.data.length === 0 ? (
        <Text size="sm" c="dimmed">No record refers to this one.</Text>
      ) : (
        <Stack gap={4}>
          {inbound.data.map((r) => (
            <Group key={`${r.register}-${r.id}-${r.path ?? ''}`} gap={6} wrap="nowrap">
              <Badge size="xs" variant="light" color="gray" tt="none">{registerBySlug(r.register)?.title ?? r.register}</Badge>
              <RecordLink org={org} register={r.register} id={r.id}>{r.label ?? r.id}</RecordLink>
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  );
}

export function HistoryCard({ org, slug, id }: { readonly org: string; readonly slug: string; readonly id: string }) {
  const history = useHistory(org, slug, id);
  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h4" mb="sm">Audit trail</Title>
      {history.isPending ? <Loading /> : history.isError ? <ErrorState error={history.error} /> : history.data.length === 0 ? (
        <Text size="sm" c="dimmed">No changes recorded yet.</Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2}>
          {history.data.map((h, i) => (
            <Timeline.Item key={i} title={<Text size="sm" fw={600}>{h.action}</Text>}>
              <Text size="xs" c="dimmed">{h.at?.replace('T', ' ').slice(0, 19)} · {h.actor ?? 'unknown'}</Text>
              {h.summary ? <Text size="xs">{h.summary}</Text> : null}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Card>
  );
}
