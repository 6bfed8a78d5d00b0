// One evidence item: what it is (file, link or record), whether it is still valid, and what it evidences —
// the clauses and controls (each opening its row of the evidence index) and the records it stands for.
import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { clauses, controls } from '../../../domain/catalogue/index.ts';
import type { EvidenceItem } from '../../../domain/model/index.ts';
import { today } from '../../http/today.ts';
import { NamedRecordLink } from '../../components/field-value.tsx';
import { evidenceValidity, validityColor, validityText } from './evidence-validity.ts';
import { Fact } from '../../components/fact.tsx';

const titles = new Map([...clauses, ...controls].map((c) => [c.id, c.title]));


export function RefLink({ org, ref: id }: { readonly org: string; readonly ref: string }) {
  return <Anchor component={Link} to={`/orgs/${org}/evidence-index?ref=${encodeURIComponent(id)}`} size="sm">{id}{titles.has(id) ? ` ${titles.get(id)}` : ''}</Anchor>;
}

export default function EvidenceView({ org, item: raw, actions }: { readonly org: string; readonly item: Record<string, unknown>; readonly actions?: ReactNode }) {
  const item = raw as unknown as EvidenceItem;
  const v = evidenceValidity(item, today());
  return (
    <Card withBorder padding="lg">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">What it evidences</Title>
        {actions}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md" mb="md">
        <Fact label="Validity">
          <Badge color={validityColor[v.validity]} tt="none">{validityText[v.validity]}</Badge>
          {v.note ? <Text size="xs" c={v.validity === 'expired' ? 'red.8' : undefined}>{v.note}</Text> : null}
        </Fact>
        <Fact label="Evidence of">
          <Text size="sm">{item.evidenceDate}{item.validUntil ? `, valid until ${item.validUntil}` : ', no end of validity'}</Text>
        </Fact>
        <Fact label="Kind">
          {item.kind === 'link' && item.url ? <Anchor href={item.url} target="_blank" rel="noreferrer" size="sm">{item.url}</Anchor>
            : item.kind === 'file' ? (
              <Stack gap={0}>
                <Text size="sm">{item.fileName ?? 'file'}{item.mediaType ? ` (${item.mediaType})` : ''}</Text>
                {item.sha256 ? <Anchor href={`/api/orgs/${encodeURIComponent(org)}/evidence-files/${item.sha256}`} download={item.fileName ?? true} size="sm">Download the file</Anchor> : null}
              </Stack>
            )
            : <Text size="sm">a record of the AIMS</Text>}
          {item.sha256 ? <Text size="xs" ff="monospace" title={item.sha256}>sha256 {item.sha256.slice(0, 16)}…</Text> : null}
        </Fact>
        <Fact label="Owner">
          {item.ownerId ? <NamedRecordLink org={org} register="persons" id={item.ownerId} /> : item.ownerRoleId ? <NamedRecordLink org={org} register="roles" id={item.ownerRoleId} /> : <Text size="sm" c="red.8">no owner</Text>}
        </Fact>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Stack gap={4}>
          <Text size="sm" fw={600}>Clauses and controls ({item.refs.length})</Text>
          {item.refs.length === 0 ? <Text size="sm" c="red.8">Links to no clause or control: the evidence index cannot use it. Edit it to name what it evidences.</Text> : (
            <Stack gap={2}>{item.refs.map((r) => <RefLink key={r} org={org} ref={r} />)}</Stack>
          )}
        </Stack>
        <Stack gap={4}>
          <Text size="sm" fw={600}>Records ({item.records?.length ?? 0})</Text>
          {!item.records?.length ? <Text size="sm" c="dimmed">Stands for no particular record.</Text> : (
            <Stack gap={2}>{item.records.map((r) => <Group key={`${r.register}-${r.id}`} gap={6}><Text size="xs" c="dimmed">{r.register}</Text><NamedRecordLink org={org} register={r.register} id={r.id} /></Group>)}</Stack>
          )}
        </Stack>
      </SimpleGrid>
    </Card>
  );
}
