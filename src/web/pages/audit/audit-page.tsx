// The external auditor's view: their audit (dates, team, what it samples), the findings they raised, and their
// evidence requests. They read the audited AIMS read-only; the server keeps everything else from them.
import { Badge, Button, Card, Grid, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { ExternalAudit, ExternalFinding } from '../../../domain/model/index.ts';
import { useAllRecords, useRecord } from '../../http/registers.ts';
import { NamedRecordLink, RefValue } from '../../components/field-value.tsx';
import { RecordLink } from '../../components/record-link.tsx';
import { EmptyState, ErrorState, Loading } from '../../components/states.tsx';
import { EvidenceRequests } from './evidence-requests.tsx';

const classColor: Record<string, string> = { major: 'red', minor: 'orange', observation: 'yellow', 'opportunity-for-improvement': 'gray' };

export function AuditPage({ org, auditId }: { readonly org: string; readonly auditId: string }) {
  const audit = useRecord(org, 'external-audits', auditId);
  const findings = useAllRecords(org, 'external-findings');
  if (audit.isPending) return <Loading label="Loading your audit…" />;
  if (audit.isError) return <ErrorState error={audit.error} retry={() => void audit.refetch()} />;
  const a = audit.data.record as unknown as ExternalAudit;
  const theirs = (findings.data?.items ?? []).map((e) => e.record as unknown as ExternalFinding).filter((f) => f.auditId === auditId);
  const canRaise = findings.data?.allowedActions.includes('create') ?? false;
  return (
    <Stack gap="md" maw={1400}>
      <div>
        <Text size="xs" tt="uppercase" fw={700} c="dimmed">External audit · read-only access to the audited AIMS</Text>
        <Title order={1} size="h2">Your audit: {a.kind}</Title>
        <Text size="sm" c="dimmed">{a.actualStart ?? a.plannedStart ?? 'no date'}{(a.actualEnd ?? a.plannedEnd) ? ` – ${a.actualEnd ?? a.plannedEnd}` : ''}{a.mode ? `, ${a.mode}` : ''}{a.days ? `, ${a.days} audit days` : ''} · {a.status}</Text>
      </div>
      <Grid>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Card withBorder padding="lg" h="100%">
            <Title order={2} size="h4" mb="xs">What the audit samples</Title>
            {a.sampledRefs.length === 0 && a.sampledAiSystemIds.length === 0 ? <Text size="sm" c="dimmed">No sample recorded yet.</Text> : null}
            {a.sampledRefs.length ? <Group gap={4} mb="xs">{a.sampledRefs.map((r) => <RefValue key={r} org={org} target="clauseOrControl" id={r} />)}</Group> : null}
            {a.sampledAiSystemIds.length ? <Group gap={8}><Text size="sm" fw={600}>AI systems:</Text>{a.sampledAiSystemIds.map((id) => <NamedRecordLink key={id} org={org} register="aiSystems" id={id} />)}</Group> : null}
            {a.team?.length ? <><Title order={3} size="h5" mt="md" mb={4}>Audit team</Title>{a.team.map((m) => <Text key={m.name} size="sm">{m.name} <Text span size="xs" c="dimmed">{m.role}</Text></Text>)}</> : null}
            <Title order={3} size="h5" mt="md" mb={4}>The audited AIMS</Title>
            <Group gap="xs">
              {[['soa-entries', 'Statement of Applicability'], ['risks', 'Risks'], ['ai-systems', 'AI systems'], ['documents', 'Documents'], ['evidence-items', 'Evidence']].map(([slug, label]) => (
                <Button key={slug} component={Link} to={`/orgs/${org}/r/${slug}`} size="xs" variant="light">{label}</Button>
              ))}
            </Group>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Card withBorder padding="lg" h="100%">
            <Group justify="space-between" mb="xs">
              <Title order={2} size="h4">Your findings ({theirs.length})</Title>
              {canRaise ? <Button size="xs" component={Link} to={`/orgs/${org}/r/external-findings/new`}>Raise a finding</Button> : null}
            </Group>
            {findings.isPending ? <Loading /> : theirs.length === 0 ? <EmptyState title="No findings raised">Findings you raise are recorded here with their classification, the clauses they cite and the organisation's corrective action plan.</EmptyState> : (
              <Table>
                <Table.Thead><Table.Tr><Table.Th>Finding</Table.Th><Table.Th>Class</Table.Th><Table.Th>Refs</Table.Th><Table.Th>Status</Table.Th></Table.Tr></Table.Thead>
                <Table.Tbody>
                  {theirs.map((f) => (
                    <Table.Tr key={f.id}>
                      <Table.Td><RecordLink org={org} register="externalFindings" id={f.id}>{f.description}</RecordLink><Text size="xs" c="dimmed">raised {f.raisedOn}</Text></Table.Td>
                      <Table.Td><Badge size="sm" color={classColor[f.classification] ?? 'gray'} tt="none">{f.classification}</Badge></Table.Td>
                      <Table.Td><Text size="xs">{f.refs.join(', ')}</Text></Table.Td>
                      <Table.Td><Text size="sm">{f.status}{f.correctiveActionPlan ? ', plan submitted' : ''}</Text></Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Card>
        </Grid.Col>
      </Grid>
      <Card withBorder padding="lg">
        <Title order={2} size="h4" mb="sm">Evidence requests</Title>
        <EvidenceRequests org={org} auditId={auditId} />
      </Card>
    </Stack>
  );
}
