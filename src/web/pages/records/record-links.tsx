// The two sides of a record's links, and its audit trail: who changed what, when.
import { Card, Group, Stack, Text, Timeline, Title } from '@mantine/core';
import type { FoundRef } from '../../../domain/model/references.ts';
import { useHistory, useReferences } from '../../http/registers.ts';
import { NamedRecordLink, RefValue } from '../../components/field-value.tsx';
import { ErrorState, Loading } from '../../components/states.tsx';
import { registerBySlug } from '../../registers/navigation.ts';
import { labelOf } from '../../registers/schema.ts';

export function ReferencesCard({ org, slug, id, outbound }: { readonly org: string; readonly slug: string; readonly id: string; readonly outbound: readonly FoundRef[] }) {
  const references = useReferences(org, slug, id);
  const incoming = references.data?.incoming ?? [];
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
      {references.isPending ? <Loading /> : references.isError ? <ErrorState error={references.error} /> : incoming.length === 0 ? (
        <Text size="sm" c="dimmed">No record refers to this one.</Text>
      ) : (
        <Stack gap={6}>
          {[...groupByRegister(incoming)].map(([register, refs]) => (
            <div key={register}>
              <Text size="xs" c="dimmed" fw={600}>{registerBySlug(register)?.plural ?? register}</Text>
              <Group gap={8}>
                {[...new Set(refs.map((r) => r.id))].map((rid) => <NamedRecordLink key={rid} org={org} register={register} id={rid} />)}
              </Group>
            </div>
          ))}
        </Stack>
      )}
    </Card>
  );
}

function groupByRegister<T extends { readonly register: string }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(item.register, [...(groups.get(item.register) ?? []), item]);
  return groups;
}

/** The top-level fields an audit entry changed, compared as JSON. */
function changedFields(before: unknown, after: unknown): string[] {
  const b = parse(before);
  const a = parse(after);
  return [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]));
}

function parse(value: unknown): Record<string, unknown> {
  if (typeof value === 'string') {
    try {
      return parse(JSON.parse(value));
    } catch {
      return {};
    }
  }
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

export function HistoryCard({ org, slug, id }: { readonly org: string; readonly slug: string; readonly id: string }) {
  const history = useHistory(org, slug, id);
  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h4" mb="sm">Audit trail</Title>
      {history.isPending ? <Loading /> : history.isError ? <ErrorState error={history.error} /> : history.data.length === 0 ? (
        <Text size="sm" c="dimmed">No changes recorded yet.</Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2} active={history.data.length - 1}>
          {[...history.data].reverse().map((h) => {
            const changed = changedFields(h.before, h.after);
            return (
              <Timeline.Item key={h.seq} title={<Text size="sm" fw={600}>{h.action === 'create' ? 'Created' : h.action === 'update' ? 'Changed' : 'Deleted'}</Text>}>
                <Text size="xs" c="dimmed">{h.at.replace('T', ' ').slice(0, 16)} · {h.actor}</Text>
                {h.action === 'update' && changed.length ? <Text size="xs">{changed.map(labelOf).join(', ')}</Text> : null}
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
    </Card>
  );
}
