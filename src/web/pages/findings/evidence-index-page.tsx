// The evidence index: for every clause 4–10 and applied control, the records that evidence it, their freshness, the gaps.
import { Badge, Card, Group, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useReadiness } from '../../http/readiness.ts';
import type { CoverageStatus, EvidenceIndexRow, IndexedEvidence } from '../../http/types.ts';
import { RecordLink } from '../../components/record-link.tsx';
import { ErrorState, Loading } from '../../components/states.tsx';

const statusColor: Record<CoverageStatus, string> = { evidenced: 'teal', 'interview-or-observation': 'gray', 'only-stale': 'yellow', 'only-expired': 'orange', 'no-evidence': 'red' };
const statusLabel = (s: CoverageStatus) => (s === 'interview-or-observation' ? 'by interview or observation' : s.replace('-', ' '));
const freshColor = { current: 'teal', stale: 'yellow', expired: 'orange' } as const;

function EvidenceList({ org, evidence, verifiedBy }: { readonly org: string; readonly evidence: readonly IndexedEvidence[]; readonly verifiedBy?: string }) {
  // A requirement asking for no records: what the auditor will ask or watch, then any records that support it.
  const interview = verifiedBy === undefined ? null : <Text size="xs" c="dimmed">No records asked for. {verifiedBy}</Text>;
  if (evidence.length === 0) return interview ?? <Text size="xs" c="red.8">No record evidences it.</Text>;
  return (
    <Stack gap={2}>
      {interview}
      {evidence.slice(0, 4).map((e) => (
        <Group key={`${e.register}-${e.id}-${e.via}`} gap={6} wrap="nowrap">
          <Badge size="xs" variant="dot" color={freshColor[e.freshness]}>{e.freshness}</Badge>
          <RecordLink org={org} register={e.register} id={e.id}>{e.label ?? e.id}</RecordLink>
          {e.date ? <Text size="xs" c="dimmed">{e.date}</Text> : null}
          {e.supporting ? <Text size="xs" c="dimmed">(supporting only)</Text> : null}
        </Group>
      ))}
      {evidence.length > 4 ? <Text size="xs" c="dimmed">and {evidence.length - 4} more</Text> : null}
    </Stack>
  );
}

function Rows({ org, rows }: { readonly org: string; readonly rows: readonly EvidenceIndexRow[] }) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped>
        <Table.Thead><Table.Tr><Table.Th w={90}>Ref</Table.Th><Table.Th>Title</Table.Th><Table.Th w={130}>Status</Table.Th><Table.Th>Evidence</Table.Th></Table.Tr></Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={`${r.kind}-${r.ref}`}>
              <Table.Td><Text size="sm" fw={r.leaf ? 400 : 700} pl={r.parent && r.kind === 'clause' ? 8 * (r.ref.split('.').length - 1) : 0}>{r.ref}</Text></Table.Td>
              <Table.Td><Text size="sm">{r.title}{r.custom ? ' (own control)' : ''}</Text></Table.Td>
              <Table.Td><Badge color={statusColor[r.status]} variant="light" size="sm">{statusLabel(r.status)}</Badge></Table.Td>
              <Table.Td><EvidenceList org={org} evidence={r.evidence} {...(r.status === 'interview-or-observation' && r.verifiedBy ? { verifiedBy: r.verifiedBy } : {})} /></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export default function EvidenceIndexPage() {
  const { org = '' } = useParams();
  const readiness = useReadiness(org);
  const [view, setView] = useState('gaps');
  if (readiness.isPending) return <Loading label="Building the evidence index…" />;
  if (readiness.isError) return <ErrorState error={readiness.error} retry={() => void readiness.refetch()} />;
  const index = readiness.data.evidenceIndex;
  const gapRows = index.gaps.map((g) => ({ ...g, leaf: true }));
  const rows = view === 'clauses' ? index.clauses : view === 'controls' ? index.controls : gapRows;
  return (
    <Stack gap="md" maw={1300}>
      <div>
        <Title order={1} size="h2">Evidence index</Title>
        <Text size="sm" c="dimmed">As of {index.asOf}: {index.summary.clauses.evidenced} of {index.summary.clauses.total} clauses and {index.summary.controls.evidenced} of {index.summary.controls.total} applied controls have current evidence; {index.summary.clauses.interviewOrObservation + index.summary.controls.interviewOrObservation} ask for no records and are verified by interview or observation.</Text>
      </div>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }}>
        {index.keyDocuments.map((k) => (
          <Card key={k.kind} withBorder padding="sm">
            <Text size="sm" fw={600}>{k.title}</Text>
            <Badge color={statusColor[k.status]} variant="light" size="sm" my={4}>{statusLabel(k.status)}</Badge>
            <EvidenceList org={org} evidence={k.records} />
          </Card>
        ))}
      </SimpleGrid>
      <Card withBorder padding="md">
        <Group justify="space-between" mb="sm">
          <SegmentedControl value={view} onChange={setView} aria-label="Show" data={[{ value: 'gaps', label: `Gaps (${index.gaps.length})` }, { value: 'clauses', label: 'Clauses 4–10' }, { value: 'controls', label: `Applied controls (${index.controls.length})` }]} />
        </Group>
        {rows.length === 0 ? <Text size="sm" c="dimmed" p="md">No gaps: every clause and applied control that asks for records has current evidence.</Text> : <Rows org={org} rows={rows} />}
      </Card>
    </Stack>
  );
}
