// Parts of the certification page: proposals side by side, the next audit's sample, printable interview packs.
import { Badge, Button, Card, Group, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { RecordLink } from '../../components/record-link.tsx';
import { EmptyState } from '../../components/states.tsx';
import type { CertificationRecords, InterviewPack, ProposalRow } from './certification-data.ts';

const audits = ['stage1', 'stage2', 'surveillance1', 'surveillance2', 'recertification'] as const;
const money = (n: number, currency: string) => new Intl.NumberFormat('en-GB', { style: 'currency', currency, maximumFractionDigits: 0 }).format(n);

export function ProposalsSideBySide({ proposals }: { readonly proposals: readonly ProposalRow[] }) {
  if (proposals.length === 0) return <Card withBorder padding="lg"><EmptyState title="No proposals yet">Record each body's proposal (audit days, team and fees for the whole cycle) under Certification proposals to compare them here.</EmptyState></Card>;
  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h4" mb="xs">Proposals side by side</Title>
      <Table.ScrollContainer minWidth={640} scrollAreaProps={{ viewportProps: { tabIndex: 0, 'aria-label': 'Proposals side by side (scrolls sideways)' } }}>
        <Table withColumnBorders>
          <Table.Thead>
            <Table.Tr><Table.Th />{proposals.map((p) => <Table.Th key={p.proposalId}><Text size="sm" fw={700}>{p.bodyName}</Text><Badge size="xs" color={p.suitability.verdict === 'unsuitable' ? 'red' : p.suitability.verdict === 'suitable' ? 'teal' : 'yellow'}>{p.suitability.verdict}</Badge></Table.Th>)}</Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {audits.map((a) => (
              <Table.Tr key={a}>
                <Table.Th scope="row"><Text size="sm">{a.replace(/(\d)/, ' $1')}</Text></Table.Th>
                {proposals.map((p) => <Table.Td key={p.proposalId}><Text size="sm">{p.auditDays[a] ?? '—'} d · {p.fees[a] !== undefined ? money(p.fees[a]!, p.currency) : '—'}</Text></Table.Td>)}
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Th scope="row"><Text size="sm" fw={700}>Three-year total</Text></Table.Th>
              {proposals.map((p) => <Table.Td key={p.proposalId}><Text size="sm" fw={700}>{p.totalDays} days · {money(p.totalFees, p.currency)}</Text>{p.feePerAuditDay ? <Text size="xs" c="dimmed">{money(p.feePerAuditDay, p.currency)} per day</Text> : null}</Table.Td>)}
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row"><Text size="sm">Team</Text></Table.Th>
              {proposals.map((p) => (
                <Table.Td key={p.proposalId}>
                  <Text size="sm">{p.leadAuditor?.name ?? 'no lead auditor named'}</Text>
                  {p.leadAuditor?.aiGovernanceExperience ? <Text size="xs" c="dimmed">{p.leadAuditor.aiGovernanceExperience}</Text> : null}
                  <Text size="xs" c={p.technicalAssessor ? undefined : 'red.8'}>{p.technicalAssessor ? `Technical assessor: ${p.technicalAssessor.name}` : 'No technical assessor'}</Text>
                </Table.Td>
              ))}
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row"><Text size="sm">Warnings</Text></Table.Th>
              {proposals.map((p) => <Table.Td key={p.proposalId}>{p.warnings.length ? <List size="xs">{[...p.suitability.issues.map((i) => i.message), ...p.warnings].map((w) => <List.Item key={w}>{w}</List.Item>)}</List> : <Text size="xs" c="dimmed">None</Text>}</Table.Td>)}
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

export function NextAuditSample({ next }: { readonly next: CertificationRecords['nextAudit'] }) {
  if (!next) return <Card withBorder padding="lg"><Text size="sm" c="dimmed">No next audit planned: book the next external audit to see the sample the body is likely to draw.</Text></Card>;
  const weighted = [...next.sample.items].sort((a, b) => b.weight - a.weight);
  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h4" mb={4}>Likely sample of the next audit: {next.kind}{next.date ? ` on ${next.date}` : ''}</Title>
      <Text size="xs" c="dimmed" mb="sm">{next.sample.rule}</Text>
      {next.sample.aiSystems.length ? <Group gap={6} mb="sm"><Text size="sm" fw={600}>AI systems:</Text>{next.sample.aiSystems.map((s) => <Badge key={s.id} variant="light" tt="none">{s.name} ({s.complexity})</Badge>)}</Group> : null}
      <Table.ScrollContainer minWidth={600} scrollAreaProps={{ viewportProps: { tabIndex: 0, 'aria-label': 'Likely sample of the next audit (scrolls sideways)' } }}>
        <Table striped>
          <Table.Thead><Table.Tr><Table.Th w={90}>Ref</Table.Th><Table.Th>Title</Table.Th><Table.Th w={70}>Weight</Table.Th><Table.Th>Why it is sampled</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {weighted.map((i) => (
              <Table.Tr key={i.ref}>
                <Table.Td><Text size="sm" fw={600}>{i.ref}</Text></Table.Td>
                <Table.Td><Text size="sm">{i.title}</Text>{i.uncovered ? <Badge size="xs" color="orange" variant="light">not yet covered this cycle</Badge> : null}</Table.Td>
                <Table.Td><Text size="sm">{i.weight}</Text></Table.Td>
                <Table.Td><Text size="xs" c="dimmed">{i.reasons.join(' ')}</Text></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

export function InterviewPacks({ org, packs }: { readonly org: string; readonly packs: readonly InterviewPack[] }) {
  if (packs.length === 0) return <EmptyState title="No interview packs">Name an owner for each applied control in the Statement of Applicability: each owner gets a pack to rehearse.</EmptyState>;
  return (
    <Stack gap="sm">
      <Group justify="space-between" className="no-print">
        <Text size="sm" c="dimmed">One pack per control owner: the controls and AI systems they will be asked about. Print them for the rehearsal.</Text>
        <Button variant="light" onClick={() => window.print()}>Print the packs</Button>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {packs.map((p) => (
          <Card key={p.personId} withBorder padding="md" style={{ breakInside: 'avoid' }}>
            <Group justify="space-between">
              <RecordLink org={org} register="persons" id={p.personId}>{p.name}</RecordLink>
              <Badge size="sm" color={p.status === 'ready' ? 'teal' : p.status === 'not-rehearsed' ? 'red' : 'orange'} variant="light">{p.status}</Badge>
            </Group>
            <Text size="xs" fw={600} mt="xs">Controls they own</Text>
            <List size="xs">{p.controls.map((c) => <List.Item key={c.controlId}>{c.controlId} {c.title}{p.toRehearse.includes(c.controlId) ? ' — to rehearse' : ''}</List.Item>)}</List>
            {p.aiSystems.length ? <><Text size="xs" fw={600} mt="xs">AI systems</Text><List size="xs">{p.aiSystems.map((s) => <List.Item key={s.id}>{s.name}</List.Item>)}</List></> : null}
            <Text size="xs" c="dimmed" mt="xs">{p.interviews.length ? `${p.interviews.length} mock interview${p.interviews.length === 1 ? '' : 's'} held` : 'No mock interview yet'}</Text>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
